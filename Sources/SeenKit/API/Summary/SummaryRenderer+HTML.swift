/// The summary as one self-contained, print-friendly HTML page with bars drawn in inline SVG, so
/// that the weakest practice is seen at a glance and the bars survive printing.
extension SummaryRenderer {
  func renderHTML(_ grouped: GroupedSummary) -> String {
    var body = ""
    body += "<h1>Team summary</h1>\n"
    body +=
      "<p class=\"lede\">Aggregate figures from saved reviews: no case, label or note is shown. Drawn from "
      + "&ldquo;The Myth of Invisible Men&rdquo; (content \(content.version.htmlEscaped)).</p>\n"
    for (title, summary) in sections(grouped) {
      body += "<section>\n"
      if let title { body += "<h2>\(title.terminalSafe.htmlEscaped)</h2>\n" }
      body +=
        "<p class=\"headline\">\(headline(summary, skipped: title == nil ? grouped.skipped : nil).htmlEscaped)</p>\n"
      body += "<p class=\"headline\">\(unknownShare(summary).htmlEscaped)</p>\n"
      for table in tables(summary) {
        body += htmlTable(table, barColumn: barColumn(for: table))
        if let note = note(for: table) { body += "<p class=\"note\">\(note.htmlEscaped)</p>\n" }
      }
      body += "</section>\n"
    }
    return """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>seen: team summary</title>
      <style>
      @page { size: A4; margin: 15mm; }
      body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; background: #fff; max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
      h1 { font-size: 18pt; margin: 0 0 .5rem; }
      h2 { font-size: 14pt; margin: 1.5rem 0 .5rem; border-bottom: 2px solid #111; }
      .lede, .headline { margin: .3rem 0; }
      .note { font-size: 10pt; margin: -.6rem 0 1rem; }
      table { border-collapse: collapse; width: 100%; margin: .3rem 0 1rem; break-inside: avoid; }
      caption { text-align: left; font-weight: bold; font-size: 12pt; padding: .3rem 0; }
      th, td { border-bottom: 1px solid #999; padding: .2rem .4rem; text-align: right; vertical-align: middle; }
      th:first-child, td:first-child { text-align: left; }
      thead th { font-weight: bold; background: #eee; }
      tbody th { font-weight: normal; }
      td.bar { width: 9rem; text-align: left; white-space: nowrap; }
      svg { vertical-align: middle; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      @media print { body { margin: 0; max-width: none; } section { break-before: auto; } }
      </style>
      </head>
      <body>
      <main>
      \(body)</main>
      </body>
      </html>

      """
  }

  /// The column whose share is drawn as a bar: "in place" for practice, "not known" for risk
  /// factors, "share" for the rest.
  private func barColumn(for table: Table) -> Int? {
    if let index = table.headers.firstIndex(of: "in place") { return index }
    if let index = table.headers.firstIndex(of: "not known"), table.headers.first == "risk factor" {
      return index
    }
    return table.headers.firstIndex(of: "share")
  }

  private func htmlTable(_ table: Table, barColumn: Int?) -> String {
    var html = "<table>\n<caption>\(table.title.htmlEscaped)</caption>\n<thead><tr>"
    for (index, header) in table.headers.enumerated() {
      html +=
        "<th scope=\"col\">\(header.isEmpty ? "<span class=\"visually-hidden\">group</span>" : header.htmlEscaped)</th>"
      if index == barColumn { html += "<th scope=\"col\" aria-hidden=\"true\"></th>" }
    }
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        html +=
          index == 0
          ? "<th scope=\"row\">\(cell.terminalSafe.htmlEscaped)</th>"
          : "<td>\(cell.htmlEscaped)</td>"
        if index == barColumn { html += "<td class=\"bar\" aria-hidden=\"true\">\(bar(cell))</td>" }
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// A bar 140 pixels wide at 100%, with a light track so that a short bar still reads as short.
  private func bar(_ percentText: String) -> String {
    let number = Double(percentText.replacingAll("%", with: "")) ?? 0
    let width = Int((min(max(number, 0), 100) * 1.4).rounded())
    return "<svg width=\"140\" height=\"12\" viewBox=\"0 0 140 12\" focusable=\"false\">"
      + "<rect width=\"140\" height=\"12\" fill=\"#e6e6e6\"/><rect width=\"\(width)\" height=\"12\" fill=\"#1f4e8c\"/></svg>"
  }
}

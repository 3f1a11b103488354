/// Writes a reflection sheet as one self-contained HTML file to open and print from a browser:
/// inline CSS for A4 with margins, no scripts, fonts or images; semantic headings, tables with
/// row and column headings, and real form controls with labels, so that a screen reader can read
/// it and a supervisor can tick boxes on screen before printing. Every string is HTML-escaped.
struct SheetHTMLFormatter {
  func format(_ sheet: ReflectionSheet) -> String {
    var ids = IDs()
    var body = "<header>\n<h1>\(escape(sheet.title))</h1>\n</header>\n<main>\n"
    var inQuestions = false
    for block in sheet.blocks {
      // Consecutive questions share a two-column grid: more room to write, fewer pages.
      var isQuestion = false
      if case .question = block { isQuestion = true }
      if isQuestion != inQuestions {
        body += isQuestion ? "<div class=\"questions\">\n" : "</div>\n"
        inQuestions = isQuestion
      }
      body += render(block, ids: &ids)
    }
    if inQuestions { body += "</div>\n" }
    body += "</main>\n<footer>\n"
    body += sheet.footer.map { "<p>\(escape($0))</p>\n" }.joined()
    body += "</footer>\n"
    return """
      <!DOCTYPE html>
      <html lang="en-GB">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(sheet.documentTitle))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body class="\(sheet.kind.rawValue)">
      \(body)</body>
      </html>

      """
  }

  /// Print first: A4 with margins, black on white, 11pt text, rules instead of shading, and no
  /// block split across a page. Check boxes are drawn by CSS so that they print the same in every
  /// browser, and a ticked box is filled solid rather than coloured.
  static let style = """
    @page { size: A4; margin: 10mm 11mm 10mm; }
    html { color: #000; background: #fff; font-family: "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.2; }
    body { max-width: 188mm; margin: 0 auto; padding: 0; }
    @media screen { body { margin: 1.5rem auto; padding: 0 1rem; } }
    h1 { font-size: 16pt; margin: 0 0 4pt; }
    h2 { font-size: 12.5pt; margin: 8pt 0 3pt; padding-bottom: 1pt; border-bottom: 1.5pt solid #000; break-after: avoid; }
    p { margin: 2pt 0; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 2pt 14pt; margin: 6pt 0; }
    .field { display: flex; align-items: baseline; gap: 4pt; margin: 0; }
    .field .label, .field label { font-weight: bold; white-space: nowrap; }
    input[type="text"] { flex: 1 1 0; width: 0; min-width: 10mm; font: inherit; color: #000; background: transparent; border: 0; border-bottom: 0.75pt solid #000; padding: 0 2pt; height: 1.25em; }
    textarea { display: block; box-sizing: border-box; width: 100%; font: inherit; color: #000; background: transparent; border: 0.75pt solid #000; resize: none; margin: 2pt 0 0; padding: 2pt 4pt; overflow: hidden; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    .choices label { display: inline-block; white-space: nowrap; margin: 0 6pt 0 0; font-size: 10pt; }
    input[type="checkbox"] { appearance: none; -webkit-appearance: none; box-sizing: border-box; width: 9pt; height: 9pt; margin: 0 3pt 0 0; border: 1pt solid #000; border-radius: 0; background: #fff; vertical-align: -1pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
    input[type="checkbox"]:checked { background: #000; box-shadow: inset 0 0 0 1.5pt #fff; }
    label:has(input:checked) { font-weight: bold; }
    .man { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2pt 10pt; margin: 3pt 0; break-inside: avoid; }
    .man > .label { font-weight: bold; }
    .man > label, .man > .field { display: flex; align-items: baseline; gap: 4pt; flex: 1 1 40%; }
    .man legend { float: left; margin-right: 6pt; padding: 0; }
    table { width: 100%; border-collapse: collapse; margin: 2pt 0 4pt; }
    thead { display: table-header-group; }
    th, td { text-align: left; vertical-align: top; padding: 1.5pt 4pt 1.5pt 0; border-top: 0.75pt solid #000; }
    thead th { border-top: 0; font-size: 10pt; padding-bottom: 1pt; }
    tbody th { font-weight: normal; }
    tr { break-inside: avoid; }
    .columns-1 td { width: 22%; }
    .columns-2 td { width: 27%; }
    .columns-3 td, .columns-4 td, .columns-5 td, .columns-6 td { width: auto; }
    .columns-3 tbody th, .columns-4 tbody th, .columns-5 tbody th, .columns-6 tbody th { width: 36%; }
    .gap { font-weight: bold; border-left: 2.5pt solid #000; padding-left: 3pt; margin-top: 2pt; }
    .note { margin-top: 1pt; }
    .instruction { font-style: italic; }
    .small { font-size: 9pt; }
    .questions { display: grid; grid-template-columns: 1fr 1fr; gap: 4pt 14pt; margin: 4pt 0; }
    .question { break-inside: avoid; margin: 0; display: flex; flex-direction: column; }
    .question textarea { flex: 1; min-height: 2.9em; }
    .leaders .questions { grid-template-columns: 1fr; gap: 6pt; }
    .leaders .question textarea { min-height: 4.2em; }
    .question .text { font-weight: bold; margin: 0; }
    .question .response { margin: 2pt 0; }
    .box { border: 1pt solid #000; padding: 2pt 6pt 5pt; margin: 6pt 0; break-inside: avoid; }
    .box h2 { border: 0; margin: 0 0 2pt; }
    .box-row { display: flex; align-items: baseline; gap: 4pt 8pt; margin: 4pt 0 0; }
    .box-row > .label { font-weight: bold; min-width: 6mm; }
    .box-row.with-choices > .label { min-width: 30mm; }
    .box-row > label { display: flex; align-items: baseline; gap: 4pt; flex: 1; }
    .box-row > label.wide { flex: 2; }
    ul.list { margin: 2pt 0; padding-left: 14pt; }
    ul.list li { margin: 1pt 0; break-inside: avoid; }
    footer { margin-top: 6pt; padding-top: 2pt; border-top: 0.75pt solid #000; font-size: 8.5pt; }
    """

  /// Ids for the form controls, unique in the page so that every label points at its control.
  private struct IDs {
    private var counter = 0

    mutating func next(_ prefix: String) -> String {
      counter += 1
      return "\(prefix)-\(counter)"
    }
  }

  private func escape(_ text: String) -> String {
    text.terminalSafe.htmlEscaped
  }

  private func render(_ block: ReflectionSheet.Block, ids: inout IDs) -> String {
    switch block {
    case .heading(let text):
      return "<h2>\(escape(text))</h2>\n"
    case .paragraph(let text):
      return "<p>\(escape(text))</p>\n"
    case .note(let text):
      return "<p class=\"small\">\(escape(text))</p>\n"
    case .fields(let fields):
      var html = "<div class=\"fields\">\n"
      for field in fields {
        if let value = field.value, !value.terminalSafe.isEmpty {
          html +=
            "<p class=\"field\"><span class=\"label\">\(escape(field.label)):</span> "
            + "<span class=\"value\">\(escape(value))</span></p>\n"
        } else {
          let id = ids.next("field")
          html +=
            "<p class=\"field\"><label for=\"\(id)\">\(escape(field.label)):</label> "
            + "<input type=\"text\" id=\"\(id)\"></p>\n"
        }
      }
      return html + "</div>\n"
    case .men(let men):
      return men.map { render($0, ids: &ids) }.joined()
    case .checklist(let checklist):
      return render(checklist, ids: &ids)
    case .question(let question):
      return render(question, ids: &ids)
    case .box(let box):
      return render(box, ids: &ids)
    case .list(let entries):
      return "<ul class=\"list\">\n"
        + entries.map { entry in
          "<li>" + (entry.lead.map { "<strong>\(escape($0)):</strong> " } ?? "")
            + escape(entry.text) + "</li>\n"
        }.joined() + "</ul>\n"
    }
  }

  private func render(_ man: ReflectionSheet.Man, ids: inout IDs) -> String {
    let label = escape(man.label)
    guard !man.isBlank else {
      let who = ids.next("man")
      let relationship = ids.next("relationship")
      return "<div class=\"man\"><span class=\"label\">\(label)</span>\n"
        + "<p class=\"field\"><label for=\"\(who)\">Label (not a name):</label> <input type=\"text\" id=\"\(who)\"></p>\n"
        + "<p class=\"field\"><label for=\"\(relationship)\">Relationship:</label> "
        + "<input type=\"text\" id=\"\(relationship)\"></p>\n"
        + "<fieldset class=\"choices\"><legend>Lives with the baby?</legend> "
        + checkboxes(["yes", "no", "not known"], selected: nil, ids: &ids) + "</fieldset>\n"
        + "</div>\n"
    }
    var html =
      "<p class=\"man-details\"><strong>\(label):</strong> "
      + [man.relationship, man.livesWithBaby].compactMap { $0.map(escape) }.joined(separator: "; ")
      + ".</p>\n"
    if let visibility = man.visibility {
      html += "<p class=\"visibility\">Visibility: <strong>\(escape(visibility))</strong></p>\n"
    }
    return html
  }

  private func render(_ checklist: ReflectionSheet.Checklist, ids: inout IDs) -> String {
    var html = "<section>\n<h2>\(escape(checklist.title))</h2>\n"
    if let instruction = checklist.instruction {
      html += "<p class=\"instruction\">\(escape(instruction))</p>\n"
    }
    html +=
      "<table class=\"columns-\(checklist.columns.count)\">\n<thead><tr><th scope=\"col\">Item</th>"
    html += checklist.columns.map { "<th scope=\"col\">\(escape($0))</th>" }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for row in checklist.rows {
      html +=
        "<tr><th scope=\"row\">\(row.number). <strong>\(escape(row.title)).</strong> "
        + "\(escape(row.prompt))</th>\n"
      for (column, cell) in zip(checklist.columns, row.cells) {
        let selected = cell.selected.flatMap { value in
          checklist.choices.firstIndex { $0.value == value }
        }
        html +=
          "<td><fieldset class=\"choices\"><legend class=\"sr-only\">\(escape(row.title)): "
          + "\(escape(column))</legend>"
          + checkboxes(checklist.choices.map(\.label), selected: selected, ids: &ids)
          + "</fieldset>"
        if let gap = cell.gap {
          html +=
            "<p class=\"gap\">\(ReflectionSheet.gapSymbol) \(ReflectionSheet.gapWord): "
            + "\(escape(gap))</p>"
        }
        if let note = cell.note {
          html += "<p class=\"note\">Note: \(escape(note))</p>"
        }
        html += "</td>\n"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</section>\n"
  }

  private func render(_ question: ReflectionSheet.Question, ids: inout IDs) -> String {
    let id = ids.next("question")
    var text = "\(question.number). " + escape(question.text)
    if let source = question.source { text += " (\(escape(source)))" }
    let rows = max(question.writingLines, 1)
    var html = "<div class=\"question\">\n"
    guard question.response != nil || question.writingLabel != nil else {
      return html
        + "<label class=\"text\" for=\"\(id)\">\(text)</label>\n"
        + "<textarea id=\"\(id)\" rows=\"\(rows)\"></textarea>\n</div>\n"
    }
    html += "<p class=\"text\" id=\"\(id)-text\">\(text)</p>\n"
    if let response = question.response {
      html +=
        "<p class=\"response\">"
        + (question.responseLabel.map { "<strong>\(escape($0)):</strong> " } ?? "")
        + escape(response) + "</p>\n"
    }
    let label = question.writingLabel.map(escape) ?? "Notes"
    html +=
      "<label for=\"\(id)\">\(label):</label>\n"
      + "<textarea id=\"\(id)\" rows=\"\(rows)\" aria-describedby=\"\(id)-text\"></textarea>\n"
    return html + "</div>\n"
  }

  private func render(_ box: ReflectionSheet.Box, ids: inout IDs) -> String {
    var html = "<section class=\"box\">\n<h2>\(escape(box.title))</h2>\n"
    for row in box.rows {
      html +=
        row.choices.isEmpty ? "<div class=\"box-row\">" : "<div class=\"box-row with-choices\">"
      let rowName = row.label.map { escape($0) } ?? ""
      if let label = row.label { html += "<span class=\"label\">\(escape(label))</span>" }
      if !row.choices.isEmpty {
        html +=
          "<span class=\"choices\" role=\"group\" aria-label=\"\(rowName)\">"
          + checkboxes(row.choices, selected: nil, ids: &ids) + "</span>"
      }
      for blank in row.blanks {
        let id = ids.next("box")
        if blank.isEmpty {
          let name = escape(box.title) + (rowName.isEmpty ? "" : " " + rowName)
          html +=
            "<label class=\"wide\"><span class=\"sr-only\">\(name)</span>"
            + "<input type=\"text\" id=\"\(id)\"></label>"
        } else {
          html += "<label>\(escape(blank)): <input type=\"text\" id=\"\(id)\"></label>"
        }
      }
      html += "</div>\n"
    }
    return html + "</section>\n"
  }

  private func checkboxes(_ labels: [String], selected: Int?, ids: inout IDs) -> String {
    labels.enumerated().map { index, label in
      let id = ids.next("tick")
      return "<label for=\"\(id)\"><input type=\"checkbox\" id=\"\(id)\""
        + (index == selected ? " checked" : "") + ">\(escape(label))</label>"
    }.joined(separator: " ")
  }
}

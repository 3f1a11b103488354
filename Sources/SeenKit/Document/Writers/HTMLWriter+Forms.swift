/// The parts of a document that are filled in or counted, in HTML: tables with row and column
/// headings, tick boxes and blanks as labelled form controls, so that they can be filled in on
/// screen before printing.
extension HTMLWriter {
  func render(_ table: Table, ids: inout HTMLIDs) -> String {
    // A table of tick boxes is a form: its answer columns get the room their boxes need.
    let form = table.isForm ? " form answers-\(table.columns.count - 1)" : ""
    var html = "<table class=\"columns-\(table.columns.count)\(form)\">\n"
    if table.caption != nil || table.instruction != nil {
      html +=
        "<caption>" + (table.caption ?? "")
        + (table.instruction.map { "<span class=\"instruction\">\($0)</span>" } ?? "")
        + "</caption>\n"
    }
    html += "<thead><tr>"
    html += table.columns.map { column in
      "<th scope=\"col\"\(column.role == .number ? " class=\"number\"" : "")>\(column.title)</th>"
    }.joined()
    html += "</tr></thead>\n<tbody>\n"
    for row in table.rows {
      let rowName = zip(table.columns, row).first { $0.0.role == .label }?.1.text.plain ?? ""
      html += "<tr>"
      for (column, cell) in zip(table.columns, row) {
        switch column.role {
        case .label:
          html += "<th scope=\"row\">\(inline(cell.text))"
          if let space = cell.writing { html += render(space, name: rowName, ids: &ids) }
          html += "</th>"
        case .number: html += "<td class=\"number\">\(inline(cell.text))</td>"
        case .text: html += "<td>\(inline(cell.text))</td>"
        case .answer:
          html += "<td>" + inline(cell.text)
          if let answer = cell.answer {
            html += render(answer, name: rowName + ": " + column.title, ids: &ids)
          }
          if let space = cell.writing {
            html += render(space, name: rowName + ": " + column.title, ids: &ids)
          }
          html += "</td>"
        }
      }
      html += "</tr>\n"
    }
    html += "</tbody>\n</table>\n"
    return html + (table.note.map { "<p class=\"small\">\(inline($0))</p>\n" } ?? "")
  }

  func render(_ answer: AnswerLine, ids: inout HTMLIDs) -> String {
    let prompt = answer.prompt.map(inline) ?? ""
    return "<div class=\"answer\">"
      + (answer.prompt == nil ? "" : "<span class=\"prompt\">\(prompt)</span> ")
      + render(answer, name: answer.prompt?.plain ?? "", ids: &ids) + "</div>\n"
  }

  /// The tick boxes in a group named for screen readers, then the mark and the note.
  private func render(_ answer: AnswerLine, name: String, ids: inout HTMLIDs) -> String {
    var html =
      "<fieldset class=\"choices\"><legend class=\"sr-only\">\(name)</legend>"
      + checkboxes(answer.choices, selected: answer.selected, ids: &ids) + "</fieldset>"
    if let mark = answer.mark { html += "<p class=\"gap\">\(mark.words)</p>" }
    if let note = answer.note { html += "<p class=\"note\">Note: \(inline(note))</p>" }
    if let label = answer.blank {
      html += render(WritingSpace(label: label, lines: 1), name: name, ids: &ids)
    }
    return html
  }

  /// Room to write inside a table's cell or under tick boxes: a labelled line, or a box of
  /// lines; its accessible name says which item (and man) it is for.
  private func render(_ space: WritingSpace, name: String, ids: inout HTMLIDs) -> String {
    let id = ids.next("writing")
    let label =
      "<label for=\"\(id)\">\(space.label ?? "Notes"):<span class=\"sr-only\"> \(name)</span></label>"
    guard space.lines > 1 else {
      return "<p class=\"field cell-writing\">\(label) <input type=\"text\" id=\"\(id)\"></p>"
    }
    return
      "<p class=\"cell-writing\">\(label)<textarea id=\"\(id)\" rows=\"\(space.lines)\"></textarea></p>"
  }

  func render(_ field: Field, ids: inout HTMLIDs) -> String {
    if let value = field.value, !value.isEmpty {
      return "<p class=\"field\"><span class=\"label\">\(field.label):</span> "
        + "<span class=\"value\">\(inline(value))</span></p>\n"
    }
    let id = ids.next("field")
    return "<p class=\"field\"><label for=\"\(id)\">\(field.label):</label> "
      + "<input type=\"text\" id=\"\(id)\"></p>\n"
  }

  func render(_ box: Box, ids: inout HTMLIDs) -> String {
    var html = "<section class=\"box\">\n<h2>\(box.title)</h2>\n"
    for row in box.rows {
      html +=
        row.choices.isEmpty ? "<div class=\"box-row\">" : "<div class=\"box-row with-choices\">"
      let rowName = row.label ?? ""
      if let label = row.label { html += "<span class=\"label\">\(label)</span>" }
      if !row.choices.isEmpty {
        html +=
          "<span class=\"choices\" role=\"group\" aria-label=\"\(rowName)\">"
          + checkboxes(row.choices, selected: row.selected, ids: &ids) + "</span>"
      }
      for blank in row.blanks {
        let id = ids.next("box")
        if blank.isEmpty {
          let name = box.title + (rowName.isEmpty ? "" : " " + rowName)
          html +=
            "<label class=\"wide\"><span class=\"sr-only\">\(name)</span>"
            + "<input type=\"text\" id=\"\(id)\"></label>"
        } else {
          html += "<label>\(blank): <input type=\"text\" id=\"\(id)\"></label>"
        }
      }
      html += "</div>\n"
    }
    return html + "</section>\n"
  }

  func render(_ space: WritingSpace, ids: inout HTMLIDs) -> String {
    let id = ids.next("writing")
    return "<p class=\"writing\">"
      + (space.label.map { "<label for=\"\(id)\">\($0):</label>\n" } ?? "")
      + "<textarea id=\"\(id)\" rows=\"\(max(1, space.lines))\""
      + (space.label == nil ? " aria-label=\"Notes\"" : "") + "></textarea></p>\n"
  }

  private func checkboxes(_ labels: [String], selected: Int?, ids: inout HTMLIDs) -> String {
    labels.enumerated().map { index, label in
      let id = ids.next("tick")
      return "<label for=\"\(id)\"><input type=\"checkbox\" id=\"\(id)\""
        + (index == selected ? " checked" : "") + ">\(label)</label>"
    }.joined(separator: " ")
  }
}

/// The review screen at the end: every answer numbered, to change one, in pages that fit the
/// terminal.
extension ReviewSession {
  /// One numbered entry of the review screen.
  struct ReviewEntry {
    var step: Step
    var title: String
    var answer: String
  }

  var reviewEntries: [ReviewEntry] {
    var entries: [ReviewEntry] = []
    if asksConfidence {
      entries.append(
        ReviewEntry(
          step: .confidence, title: content.question("confidence")?.text ?? "Confidence",
          answer: (record.confidence?.words ?? "not given")
            + (record.reflections["confidence"].map { " (\(shown($0)))" } ?? "")))
    }
    entries.append(
      ReviewEntry(step: .role, title: "Your role", answer: record.role ?? "not given"))
    entries.append(
      ReviewEntry(
        step: .caseReference, title: "Case reference",
        answer: record.caseReference.map { shown($0, as: "case reference") } ?? "not given"))
    entries.append(
      ReviewEntry(step: .date, title: "Date of the review", answer: record.date ?? "not given"))
    for (index, man) in record.men.enumerated() {
      if isEarlierMan(index) {
        entries.append(
          ReviewEntry(
            step: .manStillInLife(index), title: "\(man.label): still in the baby's life",
            answer: man.noLongerInBabysLife.map { "no (recorded \($0))" }
              ?? (stillInLifeAnswered.contains(index) ? "yes" : "not given")))
      }
      if !isNoLongerInLife(index) {
        entries.append(
          ReviewEntry(step: .manLabel(index), title: "Man \(index + 1): label", answer: man.label))
        entries.append(
          ReviewEntry(
            step: .manRelationship(index), title: "\(man.label): relationship",
            answer: isRelationshipGiven(index) ? man.relationship.words : "not given"))
        entries.append(
          ReviewEntry(
            step: .manLivesWithBaby(index), title: "\(man.label): lives with the baby",
            answer: man.livesWithBaby.map { $0 ? "yes" : "no" } ?? "not known"))
      }
      // A man no longer in the baby's life: only the safety concern the steps ask about him.
      for step in steps {
        switch step {
        case .item(index?, let id):
          guard let item = content.item(id) else { continue }
          entries.append(
            ReviewEntry(
              step: step, title: "\(man.label): \(item.title)",
              answer: man.answers[id].map { describe($0, kind: item.kind) }
                ?? "not answered"))
        case .manStrengths(index):
          entries.append(
            ReviewEntry(
              step: step, title: "\(man.label): What he brings",
              answer: man.strengths.map { shown($0, as: "text") } ?? "not given"))
        default:
          continue
        }
      }
    }
    for item in content.items(scope: .case) {
      entries.append(
        ReviewEntry(
          step: .item(man: nil, id: item.id), title: "Case: \(item.title)",
          answer: record.answers[item.id].map { describe($0, kind: item.kind) }
            ?? "not answered"))
    }
    for question in content.questions where question.id != "confidence" {
      entries.append(
        ReviewEntry(
          step: .reflection(question.id), title: question.text,
          answer: record.reflections[question.id].map { shown($0, as: "text") } ?? "skipped"))
    }
    return entries
  }

  /// The review screen: "Your answers", then the numbered answers of the page shown (all of
  /// them when they fit the terminal, or its rows are not known).
  func reviewScreen(width: Int) -> String {
    let pages = reviewPages(width: width)
    let page = min(reviewPage, pages.count - 1)
    let heading =
      pages.count > 1 ? "Your answers (page \(page + 1) of \(pages.count))" : "Your answers"
    return ([heading] + pages[page]).joined(separator: "\n")
  }

  /// What to type on the review screen, with the keys that turn its pages when it has several.
  func reviewFooter(page: Int, of count: Int, width: Int) -> String {
    let paging =
      count > 1 ? "Page \(page + 1) of \(count): n shows the next page, p the one before. " : ""
    return TextWrapping.wrap(
      paging + "Type a number to change that answer, or press Enter to finish"
        + (actionChoices.isEmpty
          ? " and see the gap report."
          : ": you can then agree actions from the next steps, before the gap report."),
      width: width)
  }

  /// The numbered answers as pages of lines: one page when they fit the terminal's rows (or
  /// those are not known); an answer is never split between two pages. What else is on the
  /// screen is left room: the blank line and the heading above, the footer, the prompt and a
  /// message of two lines (such as the help) that may come before the screen.
  func reviewPages(width: Int) -> [[String]] {
    let entries = reviewEntries
    let numberWidth = String(entries.count).count
    let blocks = entries.enumerated().map { (offset, entry) -> [String] in
      let number = String(offset + 1)
      let marker = String(repeating: " ", count: numberWidth - number.count) + number + ". "
      var lines = TextWrapping.wrap(
        "\(entry.title.terminalSafe): \(entry.answer.terminalSafe)", width: width,
        indent: "  " + marker,
        hanging: String(repeating: " ", count: marker.count + 4)
      ).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      // A long note is cut, as at its question ("now:"), so that one answer never fills the
      // screen; the record and the report keep it whole.
      guard lines.count > Self.nowLineLimit else { return lines }
      lines = Array(lines.prefix(Self.nowLineLimit))
      var last = lines.removeLast()
      while last.count > max(width - 1, 1) { last.removeLast() }
      return lines + [last + "…"]
    }
    let all = blocks.flatMap { $0 }
    guard let rows = screenRows else { return [all] }
    let footer = reviewFooter(page: 9, of: 10, width: width).split(separator: "\n").count
    let available = max(rows - 2 - footer - 1 - 2, 6)
    guard all.count > available else { return [all] }
    var pages: [[String]] = [[]]
    for block in blocks {
      if !pages[pages.count - 1].isEmpty && pages[pages.count - 1].count + block.count > available {
        pages.append([])
      }
      pages[pages.count - 1] += block
    }
    return pages
  }
}

/// The screens of the end of the guided review: the list of the gap report's next steps to
/// pick from (a page at a time where it is taller than the terminal), and the prompt at each step
/// of agreeing an action.
extension ReviewSession {
  func actionPromptLines(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    if case .closedGap(let index) = step { return closedGapPrompt(index, width: width) }
    guard step != .agreeActions, let draft = actionDraft else { return pickLines(width: width) }
    // The man chosen at "For which man", not only the one the step was about.
    let who = draft.man ?? "Case"
    let about = draft.choice.item?.title ?? (draft.man == nil ? "the case" : "him") + " as a whole"
    var lines = [wrap("[Agreed action · \(who.terminalSafe) · \(about)]")]
    switch step {
    case .actionWhat where draft.choice.item == nil && !draft.whatIsOwn:
      lines.append(wrap("What is to be done? Type it in your own words (no names)."))
    case .actionWhat:
      lines.append(
        wrap(
          "What is to be done? Press Enter to keep the next step as it stands, or type it in your own words (no names)."
        ))
      if draft.choice.isSafeForm {
        lines.append(
          wrap(
            "This step is planned for safety: keep that wording, and write nothing the mother has disclosed."
          ))
      }
      if draft.whatIsOwn {
        lines.append(Self.now(shown(draft.what, as: "text"), width: width))
      } else {
        // The next step's own words, whole: a step planned for safety is never cut.
        lines.append(
          TextWrapping.wrap(
            "now: \(draft.what.terminalSafe)", width: width, indent: "  ", hanging: "    "))
      }
    case .actionFor:
      let labels = record.men.map(\.label.terminalSafe)
      let options =
        labels.enumerated().map { "\($0.offset + 1) \($0.element)" } + [
          "\(labels.count + 1) the case"
        ]
      lines.append(
        wrap(
          "For which man, or the case? \(options.joined(separator: ", ")). Enter for \(draft.man?.terminalSafe ?? "the case"):"
        ))
    case .actionOwner:
      let owners = content.actionOwners.enumerated().map {
        "\($0.offset + 1) \($0.element.terminalSafe)"
      }
      lines.append(
        wrap(
          "Who owns it? A role, never a name: \(owners.joined(separator: ", "))."
            + (draft.owner.map { " Enter for \($0.terminalSafe):" } ?? "")))
    case .actionDue:
      lines.append(
        wrap(
          "When is it due? Type a date (year-month-day, such as \(today.adding(days: 14) ?? today)) or a time from today, such as \"in 2 weeks\"."
            + (draft.due.map { " Enter for \($0):" } ?? "")))
    case .actionDueConfirm:
      if let due = draft.due {
        lines.append(
          wrap("Due \(due) (\(Self.fromToday(due, today: today))): Enter to keep, or type another"))
      }
    default:
      break
    }
    return lines
  }

  /// The next steps, grouped by man (then the case), each as its item's title only: the number
  /// picks it, and the next screen shows its full wording, wrapped, never cut. Titles go in two
  /// columns where the width allows; where the list is still taller than the terminal
  /// (`screenRows`), it is shown a page at a time (n next, p the one before). Then the actions
  /// agreed so far.
  private func pickLines(width: Int) -> [String] {
    let wrap = { (text: String) in TextWrapping.wrap(text, width: width) }
    var lines = [
      wrap("[Agreed actions] Turn next steps into agreed actions"),
      wrap("The next steps of your gap report, by man; a number shows one whole:"),
    ]
    let pages = pickPages(width: width)
    let page = min(pickPage, pages.count - 1)
    lines += pages[page]
    if !record.actions.isEmpty {
      lines.append(wrap("Agreed so far:"))
      for (offset, action) in record.actions.enumerated() {
        let title = action.item.flatMap { content.item($0)?.title } ?? "Action"
        let line =
          "\(title) · \(action.man?.terminalSafe ?? "the case") · "
          + "\(action.owner.terminalSafe) · due \(action.due)"
        lines.append(Self.oneLine(line, indent: "  \(offset + 1). ", width: width))
      }
    }
    let paging =
      pages.count > 1
      ? "Page \(page + 1) of \(pages.count): n shows the next page, p the one before. " : ""
    lines.append(
      wrap(
        paging
          + "Type a number to agree that step as an action (what, for whom, which role owns it, by when), or press Enter to finish and see the gap report."
      ))
    return lines
  }

  /// The list of next steps, as pages of lines: one page when it fits the terminal's rows (or
  /// they are not known); a page that starts within a man's steps repeats his heading.
  func pickPages(width: Int) -> [[String]] {
    let body = pickBody(width: width)
    guard let rows = screenRows else { return [body.map(\.line)] }
    // What else is on the screen: the blank line, the two heading lines, the actions agreed
    // so far and their heading, the footer (3 lines at most), the prompt and a message.
    let agreed = record.actions.isEmpty ? 0 : record.actions.count + 1
    let available = max(rows - 1 - 2 - agreed - 3 - 1 - 2, 6)
    guard body.count > available else { return [body.map(\.line)] }
    var pages: [[String]] = [[]]
    for (line, heading) in body {
      let isHeading = line == heading
      let full = pages[pages.count - 1].count >= available - (isHeading ? 1 : 0)
      if full {
        pages.append([])
        if !isHeading { pages[pages.count - 1].append(heading.dropLast() + " (continued):") }
      }
      pages[pages.count - 1].append(line)
    }
    return pages
  }

  /// Each line of the list with the heading of the group it is in.
  private func pickBody(width: Int) -> [(line: String, heading: String)] {
    let choices = actionChoices
    let numberWidth = String(choices.count).count
    let entries = choices.enumerated().map { (offset, choice) -> String in
      let number = String(offset + 1)
      // A step already agreed says so, with its action's number, so that it is not agreed twice
      // by mistake.
      let agreed = record.actions.firstIndex {
        $0.item == choice.item?.id && $0.man == choice.man
      }
      return String(repeating: " ", count: numberWidth - number.count) + number + ". "
        + (choice.item?.title ?? "").terminalSafe + (agreed.map { " [action \($0 + 1)]" } ?? "")
    }
    let columnWidth = (entries.map(\.count).max() ?? 0) + 4
    let columns = width >= 2 * columnWidth + 2 ? 2 : 1
    var groups: [(heading: String, entries: [String])] = []
    for (offset, choice) in choices.enumerated() {
      let heading = choice.man.map { "\($0.terminalSafe):" } ?? "The case:"
      if groups.last?.heading == heading {
        groups[groups.count - 1].entries.append(entries[offset])
      } else {
        groups.append((heading, [entries[offset]]))
      }
    }
    var body: [(line: String, heading: String)] = []
    for group in groups {
      let heading = Self.oneLine(group.heading, indent: "", width: width)
      body.append((heading, heading))
      // Across, then down, so that a page break never splits a column.
      let rows = (group.entries.count + columns - 1) / columns
      for row in 0..<rows {
        var line = "  "
        for column in 0..<columns {
          let index = row * columns + column
          guard index < group.entries.count else { continue }
          let entry = group.entries[index]
          line +=
            column + 1 < columns && index + 1 < group.entries.count
            ? entry + String(repeating: " ", count: max(columnWidth - entry.count, 1)) : entry
        }
        // The titles were made safe above; the spaces that line them up are kept.
        body.append(
          (line.count > width ? String(line.prefix(max(width - 1, 1))) + "…" : line, heading))
      }
    }
    return body
  }

  /// A line after its indent, cut with "…" to fit the width.
  static func oneLine(_ text: String, indent: String, width: Int) -> String {
    let safe = indent + text.terminalSafe
    guard safe.count > width else { return safe }
    return String(safe.prefix(max(width - 1, 1))) + "…"
  }

  var actionHelp: String {
    "An agreed action turns a next step into work that gets done and checked: what is to be done, "
      + "for which man or for the case, the role that owns it (never a name), and when it is due, "
      + "typed as a date or as \"in 2 weeks\". It is saved in the review record, and the gap report "
      + "and the reflection sheet show it, open, overdue, done or dropped. Where the list of next "
      + "steps runs to more than one page, n shows the next page and p the one before. b goes "
      + "back; q saves and quits (an action not yet saved is left out)."
  }
}

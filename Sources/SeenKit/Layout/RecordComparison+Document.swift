/// The layout of `seen compare`: which reviews are compared, then the men, the gaps, the risk
/// factors that became known and the agreed actions, each in plain words.
extension RecordComparison {
  func document() -> Document {
    var document = Document(title: "What changed between two reviews")
    document.title("What changed between two reviews")
    newSafetySection(&document)
    document.paragraph(overview)
    if let warning = chainWarning { document.note(warning) }
    if sensitiveLeftOut > 0 {
      document.paragraph(
        "\(sensitiveLeftOut) sensitive note\(sensitiveLeftOut == 1 ? " was" : "s were") left out: "
          + "\(ReviewRecord.sensitiveNoteLeftOut) stands in \(sensitiveLeftOut == 1 ? "its" : "their") place. "
          + "--include-sensitive shows \(sensitiveLeftOut == 1 ? "it" : "them").")
    }
    menSection(&document)
    gapsSection(&document)
    riskFactorsSection(&document)
    actionsSection(&document)
    return document
  }

  /// "Case SW-0457: the review of 2026-12-03 (id …), then the review of 2026-12-17 (id …)."
  private var overview: String {
    let cases =
      earlier.caseReference == later.caseReference
      ? "Case \(later.caseReference ?? "without a reference")"
      : "Cases \(earlier.caseReference ?? "without a reference") and \(later.caseReference ?? "without a reference") (compared with --force-pair)"
    return cases + ": the earlier review" + Self.describe(earlier) + ", then the later review"
      + Self.describe(later) + ". Actions are counted as of \(today)."
  }

  private static func describe(_ side: Side) -> String {
    var parts: [String] = []
    if let date = side.date { parts.append("of \(date)") }
    if let id = side.id { parts.append("(id \(id))") }
    return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
  }

  /// Said when the later review follows another review than the earlier one given.
  var chainWarning: String? {
    guard let follows = later.supersedes else { return nil }
    if follows == earlier.id { return nil }
    return "The later review follows review \(follows), not this earlier one: compared as given."
  }

  /// The headline, before anything else: each safety condition recorded since the earlier
  /// review, for whom, and what it means for the work, in the content's words. Nothing when
  /// none is new.
  private func newSafetySection(_ document: inout Document) {
    guard !newSafety.isEmpty else { return }
    document.heading("New since the earlier review: a safety condition")
    // The heading says "new"; each line leads with whom it is about, so says only what.
    for news in newSafety {
      let reasons = news.reasons.map(\.words).joined(separator: "; ")
      let sentence = reasons.prefix(1).uppercased() + reasons.dropFirst()
      document.item(
        "\(sentence). " + news.advice,
        lead: news.man ?? (news.reasons == [.practitionerFear] ? "Your safety" : "Case"))
    }
  }

  private func menSection(_ document: inout Document) {
    document.heading("Men")
    guard !men.isEmpty else {
      document.paragraph("Neither review records a man.")
      return
    }
    for man in men {
      // A man the re-review gave another label: said so, never counted as one gone and one new.
      let lead = man.earlierLabel.map { "\($0), now '\(man.label)'" } ?? man.label
      document.item(Self.manWords(man), lead: lead)
    }
  }

  static func manWords(_ man: Man) -> String {
    let then = man.then.map { "\($0.words)" }
    let now = man.now.map { "\($0.words)" }
    var words: String
    switch (then, now) {
    case (nil, let now?): words = "added in the later review; now \(now)"
    case (let then?, nil): words = "then \(then); not in the later review"
    case (let then?, let now?):
      words = then == now ? "\(now), then and now" : "then \(then), now \(now)"
    case (nil, nil): words = ""
    }
    if let left = man.noLongerInBabysLife {
      words += "; no longer in the baby's life (recorded \(left))"
    }
    return words
  }

  private func gapsSection(_ document: inout Document) {
    document.heading("Gaps")
    document.paragraph(
      "\(closed.count) closed, \(stillOpen.count) still open, \(new.count) new"
        + (answeredBySafety.isEmpty
          ? ""
          : "; \(answeredBySafety.count) now known to be a safety condition (new knowledge, not a gap closed)")
        + (setAside.isEmpty
          ? "."
          : "; \(setAside.count) set aside, about men no longer in the baby's life."))
    for (title, gaps) in [
      ("Now known: a safety condition, not a gap closed", answeredBySafety),
      ("Closed", closed), ("Still open", stillOpen), ("New", new),
      ("Set aside: no longer in the baby's life", setAside),
    ] where !gaps.isEmpty {
      document.subheading(title)
      for gap in gaps { document.item(gap.item.title, lead: gap.man ?? "Case") }
    }
  }

  private func riskFactorsSection(_ document: inout Document) {
    document.heading("Risk factors that became known")
    guard !becameKnown.isEmpty else {
      document.paragraph("None: no risk factor not known before is known now.")
      return
    }
    for known in becameKnown {
      document.item(
        "\(known.factor.title): \(known.status == .present ? "present" : "absent")",
        lead: known.man)
    }
  }

  private func actionsSection(_ document: inout Document) {
    document.heading("Agreed actions")
    guard !actions.isEmpty else {
      document.paragraph("Neither review has an agreed action.")
      return
    }
    document.paragraph(
      "\(done.count) done, \(overdue.count) overdue, \(open.count) open and not yet due, "
        + "\(dropped.count) dropped.")
    for (title, entries) in [
      ("Done", done), ("Overdue", overdue), ("Open", open), ("Dropped", dropped),
    ] where !entries.isEmpty {
      document.subheading(title)
      for entry in entries {
        var item = ListEntry(
          marker: .bullet, lead: RichText(Self.numbers(entry)), text: RichText(entry.action.what))
        item.fields = [
          Field(label: "For", value: RichText(entry.action.man ?? "the case")),
          Field(label: "Owner", value: RichText(entry.action.owner)),
          Field(label: "Due", value: RichText(entry.action.due.description)),
          Field(
            label: "State", value: RichText(GapReport.actionState(entry.action, today: today))),
        ]
        if let check = entry.safetyCheck {
          item.fields.append(Field(label: "Safety", value: RichText(check)))
        }
        document.add(.list(List(entries: [item])))
      }
    }
  }

  /// "Action 2, now 1": its number in each review that has it.
  static func numbers(_ entry: ActionEntry) -> String {
    switch (entry.earlierNumber, entry.laterNumber) {
    case (let before?, let after?):
      return before == after ? "Action \(before)" : "Action \(before), now \(after)"
    case (let before?, nil): return "Action \(before)"
    case (nil, let after?): return "New action \(after)"
    case (nil, nil): return "Action"
    }
  }
}

/// "Supervision" in the gap report and the filled reflection sheet: each supervision recorded
/// (`seen supervise`), with its date, the supervisor's role, the tier 3 answers (17.1, 17.5), the
/// items discussed (a comment only where sensitive notes are asked for) and the actions agreed;
/// in the order they took place (`ReviewRecord.supervisionsByDate`).
extension SupervisionRecord {
  static func section(
    _ supervisions: [SupervisionRecord], difference: SupervisionAnswerDifference?,
    fearDifference: FearAnswerDifference? = nil, content: Content, into document: inout Document
  ) {
    guard !supervisions.isEmpty else { return }
    document.heading(supervisions.count == 1 ? "Supervision" : "Supervisions")
    for (offset, supervision) in supervisions.enumerated() {
      document.subheading(
        "Supervision \(offset + 1): \(supervision.date), \(supervision.role)")
      document.paragraph(supervision.answersWords)
      if !supervision.discussed.isEmpty {
        for entry in supervision.discussed {
          // Neither item nor man: what the session shows as its first steps (the review as a
          // whole, from a script).
          let title =
            entry.item.flatMap { content.item($0)?.title }
            ?? (entry.man == nil ? "First steps (the review as a whole)" : "")
          let lead = [entry.man, title.isEmpty ? nil : title].compactMap { $0 }.joined(
            separator: " · ")
          document.item(entry.comment ?? "discussed", lead: lead)
        }
      }
      if !supervision.actions.isEmpty {
        let numbers = supervision.actions.map(String.init).joined(separator: ", ")
        document.paragraph(
          "Agreed in this supervision: action\(supervision.actions.count == 1 ? "" : "s") \(numbers) (under Agreed actions)."
        )
      }
    }
    if let difference { document.paragraph(difference.words) }
    if let fearDifference { document.paragraph(fearDifference.words) }
  }

  /// "Men discussed: yes. Fear or anxiety about working with a man raised: yes. Support agreed:
  /// co-working."
  var answersWords: String {
    func word(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "not recorded" }
    return "Men discussed: \(word(menDiscussed)). Fear or anxiety about working with a man "
      + "raised: \(word(fearRaised))\(fearAboutWords). Support agreed: \(supportWords ?? "none recorded")."
  }

  /// " (about Partner)", " (about Father and Partner)", " (not about one man)": whom the fear
  /// raised was about, where the supervision recorded it.
  var fearAboutWords: String {
    guard fearRaised == true, let fearAbout else { return "" }
    guard !fearAbout.isEmpty else { return " (not about one man)" }
    let names =
      fearAbout.count == 1
      ? fearAbout[0] : fearAbout.dropLast().joined(separator: ", ") + " and " + fearAbout.last!
    return " (about \(names))"
  }
}

extension ReflectionSheet {
  /// The supervisions recorded in the review, on the filled sheet (the record's sensitive notes
  /// already left out or kept as asked).
  static func supervisions(_ record: ReviewRecord, content: Content, into document: inout Document)
  {
    SupervisionRecord.section(
      record.supervisionsByDate, difference: record.supervisionAnswerDiffers,
      fearDifference: record.fearAnswerDiffers, content: content,
      into: &document)
  }
}

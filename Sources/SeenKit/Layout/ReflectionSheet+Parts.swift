/// The smaller parts every sheet shares: the reflective questions, key figures, actions, local
/// contacts, the footer, and the notices of what is left out and why.
extension ReflectionSheet {
  /// - Parameter confidence: the practitioner's answer to the first question, printed under it.
  /// - Parameter writingLines: the lines under each question: a sheet for supervision gives
  ///   room to think aloud on paper; a workshop's handout, room for a note.
  static func questions(
    _ content: Content, reflections: [String: String], confidence: ConfidenceLevel? = nil,
    writingLines: Int = 2, confidenceApart: Bool = false
  ) -> [Block] {
    var sources: [String] = []
    for question in content.questions {
      let citation = content.citation(question.source)
      if !sources.contains(citation) { sources.append(citation) }
    }
    let questions = content.questions.enumerated().map { offset, question in
      // Where confidence is recorded apart (a workshop's box), the screen does not ask it:
      // its number stays, so that the others keep the screen's ("2 of 8"), and points at the box.
      if confidenceApart && question.id == "confidence" {
        return Block.paragraph(
          RichText([
            .strong("\(offset + 1). \(question.text)"),
            .plain(
              " Your answer is the confidence box at the start of this pack; the review on a laptop does not ask it."
            ),
          ]))
      }
      let response = reflections[question.id].flatMap { text in
        text.trimmingWhitespace().isEmpty ? nil : text
      }
      return self.question(
        offset + 1, question.text,
        answer: question.id == "confidence" ? confidence?.words : nil, response: response,
        writingLines: writingLines)
    }
    return [
      .heading(Heading(level: 2, text: "Questions for reflection")),
      .note(RichText("From the briefings (\(sources.joined(separator: "; "))).")),
      sideBySide(questions),
    ]
  }

  /// A question and the room to answer it, kept together: the practitioner's reflection, when
  /// there is one, and lines for the supervisor.
  /// - Parameter answer: what the record holds as the practitioner's answer (a confidence level).
  static func question(
    _ number: Int, _ text: String, answer: String? = nil, response: String?, writingLines: Int
  )
    -> Block
  {
    var blocks: [Block] = [.paragraph(RichText([.strong("\(number). \(text)")]))]
    if let answer {
      blocks.append(.paragraph(RichText([.emphasis("Practitioner's answer: "), .plain(answer)])))
    }
    if let response {
      blocks.append(
        .paragraph(RichText([.emphasis("Practitioner's reflection: "), .plain(response)])))
    }
    // With the practitioner's words above them, the lines are the supervisor's, and one fewer:
    // the answer is already on the page (space given back to keep a filled sheet short).
    let answered = answer != nil || response != nil
    blocks.append(
      .writing(
        WritingSpace(
          label: answered ? "Supervisor" : nil,
          lines: answered ? max(writingLines - 1, 1) : writingLines)))
    return .group(Group(arrangement: .together, blocks: blocks))
  }

  /// Questions one beside another where there is room.
  static func sideBySide(_ blocks: [Block]) -> Block {
    .group(Group(arrangement: .sideBySide, blocks: blocks))
  }

  /// The key figures, each strong before its sentence and source.
  static func figures(_ content: Content, into document: inout Document) {
    for figure in content.figures {
      document.item(content.citedSentence(figure), lead: figure.value)
    }
  }

  static let agreedActions = Block.box(
    Box(
      title: "Agreed actions",
      rows: (1...4).map { Box.Row(label: "\($0).", choices: [], blanks: ["", "Who", "By when"]) }))

  /// Room to write the actions a review agrees: on each numbered row what is to be done (the
  /// wide blank), for which man or the case, the role that owns it (never a name), and when it
  /// is due.
  /// Four rows to write actions in, numbered on from the `after` actions already agreed so that
  /// no two actions share a number.
  static func reviewActions(title: String, after: Int = 0) -> Block {
    .box(
      Box(
        title: title,
        rows: (after + 1...after + 4).map {
          Box.Row(label: "\($0).", choices: [], blanks: ["", "For", "Owner", "Due"])
        }))
  }

  /// The partnership's contacts by role and its procedures manual, when a local file is in use.
  static func localContacts(_ content: Content, into document: inout Document) {
    guard let local = content.local, !local.contacts.isEmpty || !local.links.isEmpty else {
      return
    }
    document.heading(
      "If you have a concern: \(local.lead.prefix(1).lowercased() + local.lead.dropFirst())")
    for contact in local.contacts {
      document.item(contact.how, lead: contact.role)
    }
    for link in local.links { document.item(link.url, lead: link.title) }
  }

  static func footer(_ content: Content) -> [String] {
    var lines: [String] = []
    if let review = content.document("myth-of-invisible-men") {
      lines.append(
        "\(review.publisher), \u{201C}\(singleQuoted(review.title))\u{201D}, \(review.date). "
          + "\(review.licence). Content \(content.version), made with seen.")
    }
    if let local = content.local {
      lines.append("Local procedures: \(local.named), added by the partnership, not the review.")
    }
    lines.append(
      "\u{201C}\(content.closing.text)\u{201D} (\(content.citation(content.closing.source)))")
    return lines
  }

  /// Said wherever sensitive notes were left out, so that nobody mistakes their absence.
  static func sensitiveNotice(_ count: Int) -> String {
    "\(count) sensitive \(count == 1 ? "note is" : "notes are") left out (domestic abuse, the mother's "
      + "disclosures, safety reasons; every note where a safety concern is recorded), shown as "
      + "\(ReviewRecord.sensitiveNoteLeftOut). Even without them this is a practitioner record; "
      + "print with --include-sensitive only for those who may read the mother's disclosures."
  }

  /// Said wherever sensitive notes were printed because they were asked for.
  static func sensitiveIncludedNotice(_ count: Int) -> String {
    "This copy includes \(count) sensitive \(count == 1 ? "note" : "notes") (domestic abuse, the "
      + "mother's disclosures, safety reasons). Keep it to those who may read them: never the family, "
      + "a meeting he attends, or his records."
  }

  /// Said wherever a supervision's notes are left out or printed: counted apart from the
  /// sensitive notes above, which are about the family.
  static func supervisionNotesNotice(_ count: Int, included: Bool) -> String {
    let notes =
      "\(count) supervision \(count == 1 ? "note" : "notes") (the supervisor's comments, other "
      + "support agreed)"
    return included
      ? "This copy includes \(notes)."
      : "\(notes) \(count == 1 ? "is" : "are") left out, shown as "
        + "\(ReviewRecord.sensitiveNoteLeftOut); --include-sensitive prints them."
  }

  /// The lines that head every filled report and sheet: who it is not for, and what it leaves out.
  static func privacyLines(
    leftOut: Int, included: Int, content: Content, supervisionNotes: Int = 0,
    supervisionNotesIncluded: Bool = false
  ) -> [String] {
    var lines = [content.safety.notForTheFamily.advice]
    if leftOut > 0 { lines.append(sensitiveNotice(leftOut)) }
    if included > 0 { lines.append(sensitiveIncludedNotice(included)) }
    if supervisionNotes > 0 {
      lines.append(
        supervisionNotesNotice(supervisionNotes, included: supervisionNotesIncluded))
    }
    return lines
  }

  /// The review's title has its own quotation marks; inside another pair they become single.
  private static func singleQuoted(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\u{201C}": result.append("\u{2018}")
      case "\u{201D}": result.append("\u{2019}")
      default: result.append(character)
      }
    }
    return result
  }

  static func gapDescription(_ gap: GapReport.Gap) -> String {
    switch gap.kind {
    case .notYetDone: return gap.answer == nil ? "not answered" : "not yet done"
    case .notApplicableWithoutReason: return "n/a needs a reason"
    case .notKnown: return gap.answer == nil ? "not answered" : "not known"
    case .plannedForSafety: return "contact to be planned for safety"
    case .noMenRecorded: return "no man is recorded"
    case .raisedInSupervision: return "raised in supervision"
    }
  }
}

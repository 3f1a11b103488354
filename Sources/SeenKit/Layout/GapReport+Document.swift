/// The layout of the gap report, shared by the text and Markdown writers.
///
/// It leads with what to do: safety where a safety condition holds, then at most five first
/// steps, then one section for each man and one for the case, each gap with its next step.
/// The brief form cites paragraphs; the full form gives every next step in full, with what it
/// rests on, and each item's *Why* and *Source* once.
extension GapReport {
  func document(content: Content, detail: ReportDetail) -> Document {
    var document = Document(compactLists: detail == .brief)
    let index = GapIndex(self, content: content, detail: detail)
    header(&document, content: content, detail: detail)
    // Where a safety condition holds, what to do if there is a concern comes before anything
    // else, then how contact with him must be planned.
    if safetyConditionHolds {
      concernSection(&document, content: content, detail: detail)
      safetyFirstSection(&document, content: content, detail: detail)
    }
    firstStepsSection(&document, content: content, detail: detail)
    framingSection(&document, content: content, detail: detail)
    if men.isEmpty {
      document.heading("The men in this baby's life")
      document.paragraph(
        "No father or male carer is recorded in this review. Who are the men in this baby's life? "
          + "Find out from all sources, not only the mother, and add each one.")
    }
    for man in men {
      manSection(&document, man: man, index: index, content: content, detail: detail)
    }
    caseSection(&document, index: index, content: content, detail: detail)
    actionsSection(&document)
    SupervisionRecord.section(
      supervisions, difference: supervisionDifference, fearDifference: fearDifference,
      content: content, into: &document)
    if detail == .full { whySection(&document, content: content) }
    supervisionSection(&document, content: content, detail: detail)
    if !safetyConditionHolds { concernSection(&document, content: content, detail: detail) }
    document.quote(content.closing.text, source: content.citation(content.closing.source))
    document.paragraph(Self.whatNext)
    return document
  }

  private func header(_ document: inout Document, content: Content, detail: ReportDetail) {
    let title = "Gap report" + (caseReference.map { ": case \($0)" } ?? "")
    document.title(workshop.map { $0.marking(title, content: content) } ?? title)
    var details: [String] = []
    if let role { details.append("Reviewer: \(role)") }
    if let date { details.append("Date: \(date)") }
    if let confidence { details.append("Your confidence in work with men: \(confidence.words)") }
    details.append("Content: \(contentVersion)")
    if let local { details.append("Local procedures: \(local)") }
    if let supersedes { details.append("A re-review, following review \(supersedes)") }
    document.paragraph(details.joined(separator: ". ") + ".")
    var about =
      "A reflection aid on the Child Safeguarding Practice Review Panel's review \"The Myth of "
      + "Invisible Men\" (2021), not a risk assessment"
      + (detail == .brief
        ? "."
        : ": what you know and do not yet know about the men in this baby's life, and what to do "
          + "next.")
    if detail == .brief {
      // The framing, once, near the top: how to read what is known about any man.
      about +=
        " "
        + content.framing.map { note in
          "\(Self.withoutFullStop(note.brief)) (\(content.briefCitation(note.quotation.source)))."
        }.joined(separator: " ")
        + " Numbers in brackets are the review's paragraphs; \"guidance\" marks wider practice "
        + "guidance."
    }
    document.paragraph(about)
    for line in ReflectionSheet.privacyLines(
      leftOut: sensitiveNotesLeftOut, included: sensitiveNotesIncluded, content: content,
      supervisionNotes: supervisionNotes, supervisionNotesIncluded: supervisionNotesIncluded)
    {
      document.paragraph(line)
    }
  }

  /// "Do this first": the first steps, each with its next step and the men it is for.
  func firstStepsSection(
    _ document: inout Document, content: Content, detail: ReportDetail
  ) {
    // As under each man: where the steps take their safe form, the heading says once that they
    // rest on practice guidance too.
    let safeForms = detail == .brief && firstSteps.contains(where: \.isSafeForm)
    document.heading("Do this first" + (safeForms ? ", \(Self.safeFormsBasis)" : ""))
    guard !firstSteps.isEmpty else {
      document.paragraph(noGapsText)
      if hasRecordedSafetyCondition {
        document.paragraph(advised(content.safety.stillCurrent, content: content, detail: detail))
      }
      return
    }
    if detail == .full {
      document.paragraph("In this order: " + FirstStep.Level.rule.joined(separator: " "))
    }
    for (offset, step) in firstSteps.enumerated() {
      let who = step.men.isEmpty ? "" : " (\(step.men.joined(separator: ", ")))"
      document.numbered(
        offset + 1,
        "\(step.item.listedTitle)\(who): "
          + advised(
            step.advice, content: content, detail: detail, underSafetyHeading: step.isSafeForm))
    }
  }

  /// How to read what is known about a man, once, before the sections about each man.
  private func framingSection(_ document: inout Document, content: Content, detail: ReportDetail) {
    // The brief form gives the framing in its opening paragraph.
    guard !men.isEmpty, detail == .full else { return }
    document.heading("Before you read about each man")
    for quotation in content.framing.map(\.quotation) + [content.trigger] {
      document.paragraph("\"\(quotation.text)\" (\(content.citation(quotation.source)))")
    }
  }

  /// Every item with a gap, once: why it matters and where the review says so.
  private func whySection(_ document: inout Document, content: Content) {
    var seen = Set<String>()
    let items = gaps.map(\.item).filter { seen.insert($0.id).inserted }
    guard !items.isEmpty else { return }
    document.heading("Why each item matters")
    for item in items {
      document.item("\(item.why) (\(content.citation(item.sources)))", lead: item.listedTitle)
    }
  }

  private func supervisionSection(
    _ document: inout Document, content: Content, detail: ReportDetail
  ) {
    document.heading("Questions for supervision")
    if detail == .brief {
      // The questions run on as one paragraph, what the practitioner wrote after each.
      document.paragraph(
        content.questions.map { question in
          guard let reflection = reflections.first(where: { $0.question.id == question.id })
          else { return question.text }
          return "\(question.text) (You wrote: \(reflection.answer))"
        }.joined(separator: " "))
      return
    }
    for (offset, question) in content.questions.enumerated() {
      var text = question.text
      if let reflection = reflections.first(where: { $0.question.id == question.id }) {
        text += " Your reflection: \(reflection.answer)"
      }
      document.numbered(offset + 1, text)
    }
  }

  /// What every brief safe form rests on, said once in the heading above them.
  static let safeFormsBasis =
    "planned for safety (\(SafeAdvice.safePlanningSection); practice guidance)"

  /// The report's last line: what to do with it next.
  static let whatNext =
    "What next: print a reflection sheet for supervision: seen sheet YOUR-REVIEW.json"

  /// "… front door (…)." rather than "… front door. (….)": text that a citation follows.
  static func withoutFullStop(_ text: String) -> Substring {
    var text = Substring(text)
    while text.last == "." { text = text.dropLast() }
    return text
  }

  /// A source, in full or by paragraph.
  func cited(_ source: SourceReference, content: Content, detail: ReportDetail) -> String {
    detail == .full ? content.citation(source) : content.briefCitation(source)
  }

  /// Advice with what it rests on. Full: "… (Myth of Invisible Men, 17.5; also NICE guideline
  /// PH50)." Brief: its one-line form, "… (17.5; practice guidance)".
  /// - Parameter underSafetyHeading: a brief safe form under a heading that says once what every
  ///   safe form rests on (contact planned for safety, 17.2, and practice guidance): the line
  ///   leaves both out.
  func advised(
    _ advice: SafeAdvice, content: Content, detail: ReportDetail, underSafetyHeading: Bool = false
  ) -> String {
    if detail == .brief {
      let basis = content.briefBasis(
        underSafetyHeading ? advice.withoutSafePlanningBasis : advice)
      return basis.isEmpty
        ? advice.briefAdvice : "\(Self.withoutFullStop(advice.briefAdvice)) \(basis)."
    }
    let basis = [advice.sources.isEmpty ? nil : content.citation(advice.sources), advice.guidance]
      .compactMap { $0 }
    guard !basis.isEmpty else { return advice.advice }
    // "… front door (Working Together …)." rather than "… front door. (Working Together ….)"
    return "\(Self.withoutFullStop(advice.advice)) ("
      + basis.map(Self.withoutFullStop).joined(separator: "; ") + ")."
  }
}

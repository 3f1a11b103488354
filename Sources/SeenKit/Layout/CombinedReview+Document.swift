/// The layout of `seen combine`: which reviews are put side by side and what is assumed, then
/// each man (a table of the items, one column per review, and what one review knows and another
/// does not), then the case the same way.
extension CombinedReview {
  /// Where an item is not asked or a review does not list the man.
  static let notAsked = "–"

  func document() -> Document {
    // The running title of every printed page says so when sensitive notes are in it.
    // The running title (the HTML page's title, every PDF page's footer) names the case.
    var document = Document(
      title:
        "Case \(caseReference ?? "without a reference"): one case, several reviews side by side"
        + Self.titleSuffix(includeSensitive: includeSensitive))
    document.title("One case, several reviews side by side")
    document.paragraph(Self.audience(includeSensitive: includeSensitive))
    document.paragraph(overview)
    for review in reviews {
      document.numbered(review.name.number, describe(review))
    }
    if let local {
      document.paragraph("Local procedures: \(local.partnership), version \(local.version).")
    }
    if safetyRecorded { document.paragraph(stricter) }
    for line in assumptions { document.paragraph(line) }
    if !includeSensitive {
      document.paragraph(
        Self.leftOutNotice(notes: sensitiveLeftOut, safetyItems: safetyItems.map(\.title)))
    }
    document.paragraph(whyLead)
    // The review's words on what one agency knew and another did not (9.7), from the content.
    document.quote(wording.finding.text, source: findingSource)
    document.heading("Men")
    if men.isEmpty { document.paragraph("No review records a man.") }
    for (index, man) in men.enumerated() { manSection(man, index: index, &document) }
    document.heading("The case")
    table(caseRows, ofMan: false, &document)
    differences(caseDifferences, &document, ofMan: false)
    if let fear = fearLine { document.paragraph(fear) }
    // With a local file in use, its contacts as the report gives them: after immediate danger,
    // before the national route, each marked local.
    if let local {
      document.heading("If you have a concern")
      document.item(immediateDanger, lead: "Immediate danger")
      for contact in local.contacts {
        document.item("\(contact.role): \(contact.how)", lead: local.lead)
      }
      for step in concernRoute { document.item(step) }
    }
    document.heading("Next")
    document.paragraph(next())
    return document
  }

  /// Where any review records the practitioner's fear: what to do, never a difference.
  var fearLine: String? {
    guard !fearRecordedBy.isEmpty else { return nil }
    return fearWords(recordedBy: recordedBy(fearRecordedBy))
  }

  /// Who records it: "at least one review" by default, which agency not said (its cells read
  /// [left out: safety]); the reviews by name with --include-sensitive.
  func recordedBy(_ indices: [Int]) -> String {
    safetyAnswersLeftOut
      ? "at least one review" : ReviewName.list(indices.map { reviews[$0].name.datedName })
  }

  /// "Case MW-2231: three reviews, each one agency's picture at its date."
  private var overview: String {
    "Case \(caseReference ?? "without a reference"): \(count(reviews.count)) reviews, each one "
      + "practitioner's picture at the date of the review, in the order given (a --match names "
      + "a review by its number or its role):"
  }

  private func describe(_ review: Review) -> String {
    review.name.label + (review.id.map { " (review \($0))" } ?? "")
  }

  private func count(_ number: Int) -> String {
    let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return number < words.count ? words[number] : String(number)
  }

  /// Said where any review records a safety condition.
  private var stricter: String {
    let forAMan = reviews.indices.filter { reviews[$0].recordsSafetyForAMan }
    let fear = reviews.indices.filter { reviews[$0].caseSafety.contains(.practitionerFear) }
    let caseOnly = reviews.indices.filter {
      reviews[$0].caseSafety.contains(.notApplicableForSafety)
    }
    return stricter(
      forAMan: forAMan.isEmpty ? nil : recordedBy(forAMan),
      fear: fear.isEmpty ? nil : recordedBy(fear),
      caseItem: caseOnly.isEmpty ? nil : recordedBy(caseOnly))
  }

  /// "Assumed: 'Father' (birth father) is the same man in all three reviews; if not, …".
  var assumptions: [String] {
    men.filter { !$0.assumedIn.isEmpty }.map { man in
      if man.reason != .assumed {
        // A --match (or a yes at the terminal) named some of his listings: the others are still
        // an assumption.
        let names = ReviewName.list(man.assumedIn.map { reviews[$0].name.name })
        let named = man.reason == .confirmed ? "confirmed at the terminal" : "--match names"
        return "Assumed: \(man.label.quotedLabel) (birth father) as listed by \(names) is the "
          + "same man as the one \(named), taken as the same without being asked. If not, "
          + "run again with --no-auto-match and match the men you know to be the same with --match."
      }
      let which =
        man.listings.count == reviews.count
        ? (reviews.count == 2 ? "both reviews" : "all \(count(reviews.count)) reviews")
        : "the reviews of " + ReviewName.list(man.listings.map { reviews[$0.review].name.name })
      return "Assumed: \(man.label.quotedLabel) (birth father) is the same man in \(which), "
        + "the only man taken as the same without being asked. If not, run again with "
        + "--no-auto-match and match the men you know to be the same with --match."
    }
  }

  private func manSection(_ man: Man, index: Int, _ document: inout Document) {
    var labels: [String] = []
    for listing in man.listings where !labels.contains(where: { ManLabel.same($0, listing.label) })
    {
      labels.append(listing.label)
    }
    document.subheading(labels.joined(separator: " / "))
    document.paragraph(who(man))
    for (group, argument) in man.mayBeSameAs {
      let other = men[group]
      document.paragraph(
        "May be the same man as \(other.label.quotedLabel) (\(listedBy(other))): if so, "
          + "confirm it with --match \"\(argument)\".")
    }
    table(man.rows, ofMan: true, &document)
    for line in safetyLines(man) { document.paragraph(line) }
    if !man.mayBeSameAs.isEmpty && !man.differences.isEmpty {
      document.paragraph(provisional(man))
    }
    differences(man.differences, &document, ofMan: true)
  }

  /// "Birth father; listed by the midwife and the health visitor as …; not listed by …".
  private func who(_ man: Man) -> String {
    var relationships: [String] = []
    for listing in man.listings where !relationships.contains(listing.relationship.words) {
      relationships.append(listing.relationship.words)
    }
    var text = relationships.joined(separator: " / ").capitalizedFirstLetter + "; "
    // "listed as 'Father' by both reviews" only where every review writes the same label;
    // "Father" and "father" are one man by the label rule, but both are said.
    let sameLabel = man.listings.allSatisfy { $0.label == man.label }
    if sameLabel {
      text += "listed as \(man.label.quotedLabel) " + listedBy(man).dropFirst("listed ".count)
    } else {
      text +=
        "listed by "
        + ReviewName.list(
          man.listings.map { "\(reviews[$0.review].name.name) as \($0.label.quotedLabel)" })
    }
    switch man.reason {
    case .assumed?: text += " (assumed to be one man: see above)"
    case .matched? where !man.assumedIn.isEmpty:
      text +=
        " (the same man, as --match says; as listed by "
        + ReviewName.list(man.assumedIn.map { reviews[$0].name.name }) + ", assumed: see above)"
    case .matched?: text += " (the same man, as --match says)"
    case .confirmed? where !man.assumedIn.isEmpty:
      text +=
        " (the same man, as confirmed at the terminal; as listed by "
        + ReviewName.list(man.assumedIn.map { reviews[$0].name.name }) + ", assumed: see above)"
    case .confirmed?: text += " (the same man, as confirmed at the terminal)"
    case nil: break
    }
    let missing = reviews.indices.filter { review in
      !man.listings.contains { $0.review == review }
    }
    if !missing.isEmpty && man.listings.count > 1 {
      text += "; not listed by " + ReviewName.list(missing.map { reviews[$0].name.name })
    }
    for listing in man.listings {
      guard let day = listing.noLongerInBabysLife else { continue }
      text +=
        "; no longer in the baby's life, as \(reviews[listing.review].name.name) recorded on \(day)"
    }
    return text + "."
  }

  /// "listed by the midwife only", "listed by all three reviews".
  private func listedBy(_ man: Man) -> String {
    if man.listings.count == reviews.count {
      return reviews.count == 2
        ? "listed by both reviews" : "listed by all \(count(reviews.count)) reviews"
    }
    let names = man.listings.map { reviews[$0.review].name.name }
    return "listed by " + ReviewName.list(names) + (names.count == 1 ? " only" : "")
  }

  /// The rows some review answered, one column per review; then the items no review answered,
  /// named in one sentence rather than as rows of dashes.
  private func table(_ rows: [Row], ofMan: Bool, _ document: inout Document) {
    let answered = rows.filter { row in
      row.cells.contains { $0.listed && ($0.answer != nil || $0.leftOut || $0.written != nil) }
    }
    let unanswered = rows.filter { row in !answered.contains { $0.item.id == row.item.id } }
    if !answered.isEmpty {
      document.add(
        .table(
          Table(
            caption: nil, instruction: nil,
            columns: [Table.Column(title: "Item", role: .label)]
              + reviews.map { Table.Column(title: $0.name.label, role: .text) },
            rows: answered.map { row in
              [Table.Cell(RichText(Self.title(row.item)))]
                + row.cells.map { Table.Cell(RichText(words($0))) }
            },
            note: RichText(
              "\(Self.notAsked): not asked\(ofMan ? ", or the review does not list him" : "").")
          )))
    }
    if !unanswered.isEmpty {
      document.paragraph(
        (answered.isEmpty ? "No item answered in any review: " : "Not answered in any review: ")
          + unanswered.map { Self.title($0.item) }.joined(separator: ", ") + ".")
    }
  }

  /// An item's title as a report lists it, a partnership's own marked "(local)"; one not
  /// defined here already says "local item (not defined here)".
  static func title(_ item: ChecklistItem) -> String {
    item.sources.isEmpty && item.title.hasSuffix(undefinedLocalTitle)
      ? item.title : item.listedTitle
  }

  /// The answer's words, with its note where one is shown.
  private func words(_ cell: Cell) -> String {
    if cell.listed && cell.leftOut { return Self.safetyAnswerLeftOut }
    if cell.listed, let written = cell.written { return written }
    guard cell.listed, let answer = cell.answer else { return Self.notAsked }
    if cell.reasonLeftOut { return "\(answer.value.words): \(Self.safetyAnswerLeftOut)" }
    return answer.words + (answer.note.map { ": \($0)" } ?? "")
  }

  private func differences(
    _ differences: [Difference], _ document: inout Document, ofMan: Bool
  ) {
    guard !differences.isEmpty else {
      document.paragraph(
        "What one review knows and another does not: nothing; every review knows the same of "
          + "each item, or none does.")
      return
    }
    document.paragraph("What one review knows and another does not:")
    for difference in differences { document.item(line(difference, ofMan: ofMan)) }
  }

  /// "Substance use explored: done by the midwife (2026-10-02); not known to the health
  /// visitor or the social worker: share it with the agencies involved, following your local
  /// information-sharing procedures."
  func line(_ difference: Difference, ofMan: Bool) -> String {
    var byAnswer: [(value: AnswerValue, reviews: [Int])] = []
    for (review, value) in difference.known {
      if let index = byAnswer.firstIndex(where: { $0.value == value }) {
        byAnswer[index].reviews.append(review)
      } else {
        byAnswer.append((value, [review]))
      }
    }
    let known = byAnswer.map { entry in
      Self.verb(entry.value, kind: difference.item.kind) + " "
        + ReviewName.list(entry.reviews.map { reviews[$0].name.datedName })
    }
    let notKnown = ReviewName.list(
      difference.notKnown.map { reviews[$0].name.name }, joinedBy: "or")
    // Never with him wherever any review records a safety condition (facts about him are
    // often what the mother told the practitioner), or the item is a sensitive one.
    // A line of the case concerns no one man: never with any man in this case.
    let neverWithHim = safetyRecorded || difference.item.isSensitive
    let share =
      !neverWithHim
      ? wording.share.advice
      : ofMan ? wording.shareSensitive.advice : wording.share.advice + ", " + Self.neverWithAnyMan
    return "\(Self.title(difference.item)): \(known.joined(separator: "; ")); not known to "
      + "\(notKnown): \(share)."
  }

  /// How an answer that is knowledge reads before the reviews that gave it.
  static func verb(_ value: AnswerValue, kind: ChecklistItem.Kind) -> String {
    if kind == .condition && value == .yes { return "recorded by" }
    switch value {
    case .yes: return "done by"
    case .partly: return "partly done by"
    case .present: return "known present to"
    case .absent: return "none found so far by"
    case .no, .unknown, .na: return value.words + " for"
    }
  }
}

extension String {
  /// "'Father'": a man's label in a sentence.
  fileprivate var quotedLabel: String { "'\(self)'" }

  fileprivate var capitalizedFirstLetter: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}

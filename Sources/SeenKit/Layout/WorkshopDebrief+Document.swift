/// The layout of a workshop's group debrief (`seen workshop debrief`): aggregate only, every
/// figure through the summary's small-number rule (`TeamSummary+SmallNumbers`), with one
/// difference: a count of 0 reads "<5" too (`count(_:_:)`).
extension WorkshopDebrief {
  /// Which part of the debrief to show (`--part`): a second run in one session shows the
  /// confidence alone.
  public enum Part: String, CaseIterable, Sendable {
    case confidence, gaps, all
  }

  /// The list of the gaps most often answered as in place holds at most this many gaps.
  static let mostMissedShown = 10

  /// How a count reads in the debrief. As in the summary (a set of fewer than 10 withheld,
  /// every other count rounded to the nearest 5), except that 0 reads "<5" as 1 to 4 do: a
  /// debrief is often run twice in one session, and a count going from "0" to "<5" between
  /// the two runs would tell what the one review added in between answered.
  static func count(_ count: Int, _ layout: TeamSummaryLayout) -> String {
    guard layout.suppress else { return String(count) }
    if layout.withholdsEverything { return TeamSummaryLayout.withheld }
    if count < TeamSummaryLayout.smallest { return TeamSummaryLayout.under }
    return String(TeamSummaryLayout.rounded(count))
  }

  /// The count as shown, as a number to rank by: a "<5" as 0, nil when withheld.
  static func shownNumber(_ count: Int, _ layout: TeamSummaryLayout) -> Int? {
    guard layout.suppress else { return count }
    if layout.withholdsEverything { return nil }
    return count < TeamSummaryLayout.smallest ? 0 : TeamSummaryLayout.rounded(count)
  }

  /// The count for the JSON: a number as shown, the string "<5", or null when withheld (the
  /// object's `withheld` says so).
  static func jsonCount(_ count: Int, _ layout: TeamSummaryLayout) -> JSONValue {
    let shown = Self.count(count, layout)
    if shown == TeamSummaryLayout.withheld { return .null }
    if shown == TeamSummaryLayout.under { return .string(shown) }
    return .number(shownNumber(count, layout) ?? 0)
  }

  /// How a gap of the key is named: the man's label (or "The case") and the item's title.
  func name(_ gap: KeyGap) -> String {
    (gap.man ?? "The case") + ": " + gap.item.title
  }

  /// The key's answer in words; "not answered" where the scenario gives none.
  func keyWords(_ gap: KeyGap) -> String {
    gap.keyAnswer?.words ?? "not answered"
  }

  /// The gaps most often answered as in place first, by the counts as shown (so that the
  /// order tells no more than they do), then in the key's order; only gaps whose count as shown
  /// is above 0 (with small numbers withheld, 5 or more: a "<5" listed would tell it is not 0),
  /// at most 10. None when the figures are withheld.
  func mostMissed(_ layout: TeamSummaryLayout) -> [KeyGap] {
    guard !layout.withholdsEverything else { return [] }
    let keyed = gaps.map { gap in (Self.shownNumber(gap.answeredInPlace, layout) ?? 0, gap) }
      .filter { $0.0 > 0 }
    return keyed.sorted { lhs, rhs in
      lhs.0 != rhs.0 ? lhs.0 > rhs.0 : lhs.1.position < rhs.1.position
    }.prefix(Self.mostMissedShown).map(\.1)
  }

  /// How many, in a note about the files (copies, men matched by place, files left out), by
  /// the rule the figures follow: exact with --no-suppress; with small numbers withheld,
  /// "fewer than 5", "about 10", or "some" when every figure is withheld.
  static func howMany(_ count: Int, _ layout: TeamSummaryLayout) -> String {
    guard layout.suppress else { return String(count) }
    if layout.withholdsEverything { return "some" }
    if count < TeamSummaryLayout.smallest { return "fewer than \(TeamSummaryLayout.smallest)" }
    return "about \(TeamSummaryLayout.rounded(count))"
  }

  /// `howMany` and a noun, singular only for an exact 1 ("1 review", "fewer than 5 reviews").
  static func howMany(
    _ count: Int, _ layout: TeamSummaryLayout, _ one: String, _ many: String
  ) -> String {
    let number = howMany(count, layout)
    return number + " " + (number == "1" ? one : many)
  }

  /// The layout of the participants' figures, which the notes about the files follow too.
  func layout(content: Content, suppress: Bool) -> TeamSummaryLayout {
    TeamSummaryLayout(content: content, suppress: suppress).within(reviews: participants)
  }

  /// How many files of a kind, by the rule of the participants' figures (`howMany`): what
  /// `seen workshop debrief` says on standard error of the files it left out.
  public func howManyFiles(_ count: Int, content: Content, suppress: Bool) -> String {
    Self.howMany(count, layout(content: content, suppress: suppress), "file", "files")
  }

  /// The line on the men matched by place, or not at all; nil when every man was matched by
  /// his label. Counts of reviews by the rule of the figures (`howMany`), never which.
  public func matchingSentence(content: Content, suppress: Bool) -> String? {
    guard matchedByPosition + notMatched > 0 else { return nil }
    let layout = layout(content: content, suppress: suppress)
    var parts: [String] = []
    if matchedByPosition > 0 {
      parts.append(
        "in \(Self.howMany(matchedByPosition, layout, "review", "reviews")) a man's label "
          + "differs from the scenario's, so he was matched by his place in the record (the "
          + "same men, in the same order and relationships)")
    }
    if notMatched > 0 {
      parts.append(
        "in \(Self.howMany(notMatched, layout, "review", "reviews")) a man of the scenario "
          + "could not be matched (another label, and other men), so his answers count as not "
          + "answered")
    }
    return parts.joined(separator: "; ").prefix(1).uppercased()
      + parts.joined(separator: "; ").dropFirst() + "."
  }

  func document(content: Content, suppress: Bool, part: Part = .all) -> Document {
    let layout = TeamSummaryLayout(content: content, suppress: suppress).within(
      reviews: participants)
    var document = Document()
    document.title("Workshop debrief: " + scenarioTitle)
    // The confidence alone (a second run in one session): no figure about the gaps, so that
    // two runs cannot be set side by side to tell what a review added in between.
    if part == .confidence {
      document.paragraph(
        "The group's confidence before and after only (--part confidence): the gaps are in the "
          + "first run of the debrief.")
      document.paragraph(smallNumbersSentence(suppress: suppress, gaps: false))
      confidenceSection(&document, content: content, suppress: suppress)
      return document
    }
    let count = Self.count(participants, layout)
    let reviews =
      count == "1" ? "participant's blank-start review" : "participants' blank-start reviews"
    let opening: String
    if layout.withholdsEverything {
      opening =
        "Fewer than \(TeamSummaryLayout.smallestSet) participants' blank-start reviews of the "
        + "scenario: every figure about them is withheld, as in seen summary."
    } else if suppress {
      opening = "About \(count) \(reviews) of the scenario (counts rounded to the nearest 5)."
    } else {
      opening = "\(count) \(reviews) of the scenario."
    }
    document.paragraph(
      opening + " Figures for the group only: no participant's answers, notes or names.")
    if layout.withholdsEverything {
      document.note(
        "With --no-suppress the facilitator sees the exact counts, to keep within the team.")
    }
    document.paragraph(smallNumbersSentence(suppress: suppress))
    document.paragraph(
      "The answer key is the scenario's gap report of what was known and done at the time. For "
        + "each gap, a participant's answer to the same item, for the same man (by his label, "
        + "or by his place when the label was changed) or for the case, counts as one of: "
        + "spotted, when it is itself a gap (for a practice: no, partly, not known, or not "
        + "applicable without a reason or because contact must be planned for safety first; for "
        + "a concern: not known) or records a concern (a factor recorded as present, a safety "
        + "concern); answered as in place, when it says done, not applicable for another reason, "
        + "none found so far, or no concern; recorded as present where the source says nothing "
        + "of it (the key's note is \"The source does not say.\"), counted apart; don't know, "
        + "for what is known, counted apart too (Enter records it on a blank start, so holding "
        + "Enter spots nothing); not answered.")
    if !leftOutItems.isEmpty {
      document.paragraph(
        "Left out: " + leftOutItems.joined(separator: " and ")
          + ", about the practitioner's own situation (their fear, their supervision), which a "
          + "participant reading the scenario cannot know.")
    }
    if let sentence = matchingSentence(content: content, suppress: suppress) {
      document.paragraph(sentence)
    }
    if duplicates > 0 || withoutID > 0 {
      var text =
        "Each review counted once (copies of a review are the same id, whatever the cohort; of a "
        + "confidence, the same id in the same cohort): "
        + Self.howMany(duplicates, layout, "duplicate copy", "duplicate copies")
        + " left out (of copies that differ, the one with more answers counts)."
      if withoutID > 0 {
        let number = Self.howMany(withoutID, layout, "record has", "records have")
        text +=
          " \(number.prefix(1).uppercased() + number.dropFirst()) no id, so a copy of "
          + (number.hasPrefix("1 ") ? "it" : "one") + " cannot be told apart and counts again."
      }
      document.paragraph(text)
    }
    let columns = [
      "the key says", "spotted", "answered as in place", Self.presentWithoutSourceColumn,
      "don't know", "not answered",
    ]
    func row(_ gap: KeyGap) -> [String] {
      [
        name(gap), keyWords(gap), Self.count(gap.spotted, layout),
        Self.count(gap.answeredInPlace, layout), Self.count(gap.presentWithoutSource, layout),
        Self.count(gap.dontKnow, layout), Self.count(gap.notAnswered, layout),
      ]
    }
    document.heading("Each gap in the key")
    document.add(.table(layout.table(label: "gap", columns, rows: gaps.map(row))))
    document.paragraph(Self.presentWithoutSourceSentence)
    document.heading("The gaps most often answered as in place")
    if layout.withholdsEverything {
      document.paragraph(
        "Withheld: with fewer than \(TeamSummaryLayout.smallestSet) reviews, which gaps were "
          + "most often answered as in place is withheld too.")
    } else if participants == 0 {
      document.paragraph("No participant's review was found.")
    } else {
      let missedFirst = mostMissed(layout)
      if missedFirst.isEmpty {
        document.paragraph(
          suppress
            ? "No gap was answered as in place by 5 or more participants."
            : "No gap was answered as in place.")
      } else {
        document.add(.table(layout.table(label: "gap", columns, rows: missedFirst.map(row))))
      }
    }
    factsSection(&document, layout)
    if part == .all { confidenceSection(&document, content: content, suppress: suppress) }
    return document
  }

  /// What the debrief says about small numbers.
  /// Without `gaps` (the confidence alone), nothing about the order of the gaps.
  func smallNumbersSentence(suppress: Bool, gaps: Bool = true) -> String {
    suppress
      ? "Small numbers are withheld, as in seen summary: counts are rounded to the nearest 5, "
        + "and a count of 0 to 4 reads \"<5\" (0 too, so that a count going from 0 to 1 between "
        + "two runs of the debrief in one session tells nothing)."
        + (gaps
          ? " The order of the gaps most often answered as in place follows the counts as shown."
          : "")
      : "Small numbers are shown (--no-suppress), and every figure is exact: a figure resting "
        + "on fewer than 5 participants may point at one person, so keep this debrief within "
        + "the team."
  }
}

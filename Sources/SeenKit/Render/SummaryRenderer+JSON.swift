/// The summary as JSON (`seen-summary/1`), documented in the README.
extension SummaryRenderer {
  func json(_ grouped: GroupedSummary) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("format", .string("seen-summary/1")),
      ("contentVersion", .string(content.version)),
    ]
    // Only where a local file is in use, so that a summary without one reads as before.
    if let local = content.local {
      members.append(
        (
          "local",
          .object([
            ("partnership", .string(local.partnership)), ("version", .string(local.version)),
          ])
        ))
    }
    members += [
      // Whether small numbers are withheld: a withheld count is null, and every other count
      // is rounded to the nearest `roundedTo` (1 without suppression: exact).
      ("suppressed", .bool(suppress)),
      ("roundedTo", .number(suppress ? TeamSummaryLayout.roundingBase : 1)),
      ("skipped", .number(grouped.skipped)),
      ("duplicates", .number(grouped.duplicates)),
      ("casesWithSeveralReviews", .number(grouped.casesWithSeveralReviews)),
    ]
    members += jsonMembers(grouped.overall)
    members.append(("chains", chainsJSON(grouped)))
    if !content.partnershipQuestions.isEmpty {
      members.append(("partnershipQuestions", partnershipQuestionsJSON(grouped.overall)))
    }
    if let field = grouped.field {
      members.append(("by", .string(field.rawValue)))
      if let baseline = grouped.baseline {
        // As the group's name: null for the records without a value.
        members.append(
          ("baseline", baseline == SummaryField.notRecorded ? .null : .string(baseline)))
      }
      if field.readsDate {
        members.append(
          ("unreadableDates", layout(for: grouped.overall).jsonCount(grouped.unreadableDates)))
      }
      members.append(
        (
          "groups",
          .array(
            grouped.shownGroupNames.map { name in
              .object(
                // null, never a string, for the records without a value.
                [("name", name == SummaryField.notRecorded ? .null : .string(name))]
                  + jsonMembers(grouped.groups[name] ?? TeamSummary()))
            })
        ))
    }
    return .object(members)
  }

  /// The JSON a group at a time, so that a split into many groups is never held whole: the
  /// bytes of `JSONWriter.write(json(grouped))`.
  func writeJSON(_ grouped: GroupedSummary, to output: (String) -> Void) {
    var whole = grouped
    whole.groups = [:]
    // The members before the groups, as written for no group at all: the text ends in
    // `"groups": []`, then the object's end.
    var text = JSONWriter.write(json(whole))
    guard grouped.field != nil, !grouped.groups.isEmpty,
      text.hasSuffix("[]\n}\n")
    else { return output(JSONWriter.write(json(grouped))) }
    text.removeLast("[]\n}\n".count)
    output(text + "[\n")
    let names = grouped.shownGroupNames
    for (offset, name) in names.enumerated() {
      var element = "    "
      JSONWriter.write(
        .object(
          [("name", name == SummaryField.notRecorded ? .null : .string(name))]
            + jsonMembers(grouped.groups[name] ?? TeamSummary())), indent: 2, to: &element)
      output(element + (offset == names.count - 1 ? "\n" : ",\n"))
    }
    output("  ]\n}\n")
  }

  func practice(_ counts: AnswerCounts, _ layout: TeamSummaryLayout) -> [(String, JSONValue)] {
    let number = layout.jsonCount
    // In place is made of the shown counts (yes and n/a with a reason), as the text's share is.
    return [
      ("yes", number(counts.yes)), ("partly", number(counts.partly)),
      ("no", number(counts.no)),
      ("unknown", number(counts.unknown)), ("na", number(counts.na)),
      ("naWithReason", number(counts.naWithReason)), ("unanswered", number(counts.unanswered)),
      ("inPlace", number(counts.inPlace)),
      ("total", number(counts.total)),
    ]
  }

  /// A tier's answers: its answered items' counts as shown, added up.
  func tierPractice(_ shown: TeamSummaryLayout.ShownPractice, _ layout: TeamSummaryLayout)
    -> [(String, JSONValue)]
  {
    let number = layout.derivedJSON
    return [
      ("yes", number(shown.yes)), ("partly", number(shown.partly)), ("no", number(shown.no)),
      ("unknown", number(shown.unknown)), ("na", number(shown.na)),
      ("naWithReason", number(shown.naWithReason)), ("unanswered", number(shown.unanswered)),
      ("inPlace", number(shown.inPlace)), ("total", number(shown.total)),
    ]
  }

  func riskFactorJSON(_ counts: AnswerCounts, id: String, _ layout: TeamSummaryLayout)
    -> JSONValue
  {
    let number = layout.jsonCount
    return .object([
      ("id", .string(id)), ("present", number(counts.present)),
      ("absent", number(counts.absent)),
      ("unknown", number(counts.unknown)), ("unanswered", number(counts.unanswered)),
    ])
  }

  func jsonMembers(_ summary: TeamSummary) -> [(String, JSONValue)] {
    // Every count through the layout, which withholds small numbers (null).
    let layout = layout(for: summary)
    let number = layout.jsonCount
    return [
      ("reviews", number(summary.reviews)),
      ("men", number(summary.men)),
      (
        "relationships",
        .object(
          Relationship.allCases.map { ($0.rawValue, number(summary.relationships[$0] ?? 0)) })
      ),
      (
        "livesWithBaby",
        .object([
          ("yes", number(summary.livesWithBaby[true] ?? 0)),
          ("no", number(summary.livesWithBaby[false] ?? 0)),
          ("unknown", number(summary.livesWithBaby[nil] ?? 0)),
        ])
      ),
      (
        "visibility",
        .object(
          Visibility.summaryOrder.map {
            ($0.rawValue, number(summary.visibility[$0] ?? 0))
          })
      ),
      (
        "confidence",
        .object(
          ConfidenceLevel.allCases.map { ($0.rawValue, number(summary.confidence[$0] ?? 0)) }
            + [("not-given", number(summary.confidence[nil] ?? 0))])
      ),
      (
        "items",
        .array(
          layout.practiceItemsWeakestFirst(summary).map { item in
            .object(
              [
                ("id", .string(item.id)), ("scope", .string(item.scope.rawValue)),
                ("tier", .number(item.tier)),
              ]
                + practice(summary.counts(item.id), layout))
          })
      ),
      (
        "tiers",
        .array(
          content.tiers.map { tier in
            .object(
              [("tier", .number(tier.number))]
                + tierPractice(
                  layout.shownPractice(
                    content.checklist.filter { $0.tier == tier.number && $0.kind == .practice }
                      .map { summary.counts($0.id) }.filter(\.isAnswered)), layout))
          })
      ),
      (
        "riskFactors",
        .array(content.riskFactors.map { riskFactorJSON(summary.counts($0.id), id: $0.id, layout) })
      ),
      ("perReview", perReviewJSON(summary)),
      ("actions", actionsJSON(summary)),
    ] + (supervisionJSON(summary).map { [("supervision", $0)] } ?? [])
  }
}

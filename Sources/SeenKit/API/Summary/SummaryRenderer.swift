/// The formats a team summary can be written in.
public enum SummaryFormat: String, Equatable, Sendable, CaseIterable {
  case text
  case markdown
  case csv
  case json
  case html
}

/// Writes a team summary. Pure and deterministic: the same counts give the same bytes, whatever
/// order the reviews were read in.
public struct SummaryRenderer: Sendable {
  public var content: Content

  public init(content: Content) {
    self.content = content
  }

  public func render(_ summary: GroupedSummary, as format: SummaryFormat) -> String {
    switch format {
    case .text: return renderText(summary)
    case .markdown: return renderMarkdown(summary)
    case .csv: return renderCSV(summary)
    case .json: return JSONWriter.write(json(summary))
    case .html: return renderHTML(summary)
    }
  }

  // MARK: - Shared figures

  /// "43.5": one decimal, computed in integers so that it never differs between machines.
  static func percent(_ count: Int, of total: Int) -> String {
    guard total > 0 else { return "0.0" }
    let tenths = (count * 1000 + total / 2) / total
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A titled table: a label column, then numbers.
  struct Table {
    var title: String
    var headers: [String]
    var rows: [[String]]
  }

  static let practiceColumns = ["in place", "yes", "partly", "no", "unknown", "n/a", "no answer"]
  static let knowledgeColumns = ["not known", "present", "none found", "unknown", "no answer"]

  func tables(_ summary: TeamSummary) -> [Table] {
    var tables: [Table] = []
    let relationshipRows = Relationship.allCases.map { relationship -> [String] in
      let count = summary.relationships[relationship] ?? 0
      return [relationship.words, String(count), Self.percent(count, of: summary.men) + "%"]
    }
    tables.append(
      Table(
        title: "Men by relationship to the baby", headers: ["", "men", "share"],
        rows: relationshipRows))
    let lives: [(String, Bool?)] = [
      ("lives with the baby", true), ("does not", false), ("not known", nil),
    ]
    tables.append(
      Table(
        title: "Lives with the baby", headers: ["", "men", "share"],
        rows: lives.map { name, key in
          let count = summary.livesWithBaby[key] ?? 0
          return [name, String(count), Self.percent(count, of: summary.men) + "%"]
        }))
    tables.append(
      Table(
        title: "How the men were seen", headers: ["", "men", "share"],
        rows: Visibility.summaryOrder.map { visibility in
          let count = summary.visibility[visibility] ?? 0
          return [visibility.words, String(count), Self.percent(count, of: summary.men) + "%"]
        }))
    tables.append(
      Table(
        title: "Confidence in work with men", headers: ["", "reviews", "share"],
        rows: (ConfidenceLevel.allCases.map { Optional($0) } + [nil]).map { level in
          let count = summary.confidence[level] ?? 0
          return [
            level?.words ?? "not given", String(count),
            Self.percent(count, of: summary.reviews) + "%",
          ]
        }))
    tables.append(
      Table(
        title: "Practice, weakest first", headers: ["item"] + Self.practiceColumns,
        rows: summary.practiceItemsWeakestFirst(content: content).map { item in
          practiceRow(item.title + (item.scope == .case ? " *" : ""), summary.counts(item.id))
        }))
    tables.append(
      Table(
        title: "Practice by tier", headers: ["tier"] + Self.practiceColumns,
        rows: content.tiers.compactMap { tier in
          let counts = summary.tierCounts(tier.number, content: content)
          guard
            counts.total > 0
              || content.checklist.contains(where: {
                $0.tier == tier.number && $0.kind == .practice
              })
          else { return nil }
          return practiceRow("Tier \(tier.number)", counts)
        }))
    tables.append(
      Table(
        title: "What is known about the men", headers: ["risk factor"] + Self.knowledgeColumns,
        rows: content.riskFactors.map { factor in
          let counts = summary.counts(factor.id)
          return [
            content.item(factor.id)?.title ?? factor.title,
            Self.percent(counts.unknown + counts.unanswered, of: counts.total) + "%",
            String(counts.present), String(counts.absent), String(counts.unknown),
            String(counts.unanswered),
          ]
        }))
    return tables
  }

  /// What a table's short labels stand for.
  func note(for table: Table) -> String? {
    switch table.title {
    case "Practice, weakest first":
      return
        "* asked once for each case; the rest once for each man. In place: yes, or not applicable with a reason."
    case "Practice by tier":
      return content.tiers.map { "Tier \($0.number): \($0.title)" }.joined(separator: ". ") + "."
    default:
      return nil
    }
  }

  private func practiceRow(_ label: String, _ counts: AnswerCounts) -> [String] {
    [
      label, Self.percent(counts.inPlace, of: counts.total) + "%", String(counts.yes),
      String(counts.partly),
      String(counts.no), String(counts.unknown), String(counts.na), String(counts.unanswered),
    ]
  }

  func headline(_ summary: TeamSummary, skipped: Int?) -> String {
    var text =
      "\(summary.reviews) review\(summary.reviews == 1 ? "" : "s"), \(summary.men) m\(summary.men == 1 ? "a" : "e")n."
    if let skipped, skipped > 0 {
      text += " \(skipped) file\(skipped == 1 ? "" : "s") skipped (not valid review records)."
    }
    return text
  }

  func unknownShare(_ summary: TeamSummary) -> String {
    var unknown = 0
    var total = 0
    for factor in content.riskFactors {
      let counts = summary.counts(factor.id)
      unknown += counts.unknown + counts.unanswered
      total += counts.total
    }
    return "What is not known: \(Self.percent(unknown, of: total))% of the answers about the men's "
      + "lives (the review's risk factors) are \"not known\" or not answered."
  }

  /// The overall figures, then each group's. A recorded value is titled "role: Health
  /// visitor"; the records without one "No role recorded", which no value can be titled.
  func sections(_ summary: GroupedSummary) -> [(title: String?, summary: TeamSummary)] {
    let field = summary.field?.rawValue ?? "group"
    return [(nil, summary.overall)]
      + summary.groupNames.map { name in
        (
          name == SummaryField.notRecorded
            ? "No \(field) recorded" : "\(field): \(name.terminalSafe)",
          summary.groups[name] ?? TeamSummary()
        )
      }
  }

  // MARK: - Text and Markdown

  private func renderText(_ grouped: GroupedSummary) -> String {
    var output = "Team summary\n============\n\n"
    output +=
      TextWrapping.wrap(
        "Aggregate figures from saved reviews: no case, label or note is shown. "
          + "Drawn from \"The Myth of Invisible Men\" (content \(content.version)).", width: 80)
      + "\n"
    for (title, summary) in sections(grouped) {
      if let title {
        output +=
          "\n" + title.terminalSafe + "\n"
          + String(repeating: "=", count: min(80, title.terminalSafe.count)) + "\n"
      }
      output += "\n" + headline(summary, skipped: title == nil ? grouped.skipped : nil) + "\n"
      output += TextWrapping.wrap(unknownShare(summary), width: 80) + "\n"
      for table in tables(summary) {
        output +=
          "\n" + table.title + "\n" + String(repeating: "-", count: table.title.count) + "\n"
        output += Self.alignedTable(table)
        if let note = note(for: table) {
          output += TextWrapping.wrap(note, width: 80, indent: "  ") + "\n"
        }
      }
    }
    return output
  }

  /// Columns padded to their widest cell: the label left-aligned, numbers right-aligned.
  static func alignedTable(_ table: Table) -> String {
    let all = [table.headers] + table.rows
    let columns = table.headers.count
    var widths = Array(repeating: 0, count: columns)
    for row in all {
      for (index, cell) in row.enumerated() where index < columns {
        widths[index] = max(widths[index], cell.terminalSafe.count)
      }
    }
    var output = ""
    for row in all {
      var line = "  "
      for (index, cell) in row.enumerated() where index < columns {
        let safe = cell.terminalSafe
        let padding = String(repeating: " ", count: widths[index] - safe.count)
        line += index == 0 ? safe + padding : "  " + padding + safe
      }
      output += line.trailingSpacesRemoved + "\n"
    }
    return output
  }

  private func renderMarkdown(_ grouped: GroupedSummary) -> String {
    var output = "# Team summary\n\n"
    output +=
      "Aggregate figures from saved reviews: no case, label or note is shown. Drawn from "
      + "\"The Myth of Invisible Men\" (content \(content.version.markdownEscaped)).\n"
    for (title, summary) in sections(grouped) {
      if let title { output += "\n## " + title.markdownEscaped + "\n" }
      output += "\n" + headline(summary, skipped: title == nil ? grouped.skipped : nil) + "\n\n"
      output += unknownShare(summary) + "\n"
      for table in tables(summary) {
        output += "\n" + (title == nil ? "## " : "### ") + table.title + "\n\n"
        output += "| " + table.headers.map(\.markdownEscaped).joined(separator: " | ") + " |\n"
        output += "|" + table.headers.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
        for row in table.rows {
          output += "| " + row.map(\.markdownEscaped).joined(separator: " | ") + " |\n"
        }
        if let note = note(for: table) { output += "\n" + note.markdownEscaped + "\n" }
      }
    }
    return output
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}

/// Re-review chains among a handful of records held together (`seen combine`): a review that
/// another of the records supersedes (its `supersedes` names the review's id) is an earlier
/// version of that review, and only the latest of each chain is used. The team summary keeps the
/// same rule while it streams thousands of files (`SummaryCounter`, by digests of the ids);
/// here every record is in memory, so the rule is applied to them directly.
public enum ReviewChains {
  /// One record left out, and the record that supersedes it.
  public struct Superseded: Equatable, Sendable {
    /// The position of the record left out.
    public var earlier: Int
    /// The position of the record that supersedes it.
    public var later: Int
  }

  /// The positions of the records to use, in their order, and those left out because another
  /// record supersedes them. Records whose links go round in a circle (none of them the
  /// latest) are each kept, as the summary counts each of them.
  public static func latest(_ records: [ReviewRecord]) -> (
    kept: [Int], superseded: [Superseded]
  ) {
    // For each record, the first other record that supersedes it.
    var laterOf: [Int: Int] = [:]
    for (index, record) in records.enumerated() {
      guard let id = record.id else { continue }
      if let later = records.indices.first(where: {
        $0 != index && records[$0].supersedes == id && records[$0].id != id
      }) {
        laterOf[index] = later
      }
    }
    var kept: [Int] = []
    var superseded: [Superseded] = []
    for index in records.indices {
      guard let later = laterOf[index] else {
        kept.append(index)
        continue
      }
      // Follows the chain forward: a circle comes back to this record.
      var seen: Set<Int> = [index]
      var next: Int? = later
      var inCircle = false
      while let current = next {
        if !seen.insert(current).inserted {
          inCircle = current == index
          break
        }
        next = laterOf[current]
      }
      if inCircle {
        kept.append(index)
      } else {
        superseded.append(Superseded(earlier: index, later: later))
      }
    }
    return (kept, superseded)
  }
}

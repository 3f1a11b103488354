/// The chain rule applied to a handful of records held together (`seen combine`): a review that
/// another of the records supersedes is an earlier version of it, and only the latest of each
/// chain is used. The same rule as `seen summary` and `seen actions` (reviews whose links go
/// round in a circle are each kept), for records in memory rather than streamed.
extension ReviewChains where ID == String {
  /// One record left out, and the record that supersedes it.
  public struct Superseded: Equatable, Sendable {
    /// The position of the record left out.
    public var earlier: Int
    /// The position of the record that supersedes it.
    public var later: Int
  }

  /// The positions of the records to use, in their order, and those left out because another
  /// record supersedes them.
  public static func latest(_ records: [ReviewRecord]) -> (
    kept: [Int], superseded: [Superseded]
  ) {
    var chains = ReviewChains<String>()
    var found: Set<String> = []
    // The first record naming each id as the review it supersedes: the one said to supersede it.
    var laterOf: [String: Int] = [:]
    for (index, record) in records.enumerated() {
      guard let id = record.id else { continue }
      found.insert(id)
      if let target = record.supersedes, target != id {
        chains.link(id, supersedes: target)
        if laterOf[target] == nil { laterOf[target] = index }
      }
    }
    let superseded = chains.superseded(among: found)
    var kept: [Int] = []
    var left: [Superseded] = []
    for (index, record) in records.enumerated() {
      if let id = record.id, superseded.contains(id), let later = laterOf[id] {
        left.append(Superseded(earlier: index, later: later))
      } else {
        kept.append(index)
      }
    }
    return (kept, left)
  }
}

/// Re-review chains (issue 16): reviews linked by `supersedes`, the id of the earlier review a
/// re-review follows. The one rule of which review is the latest of its chain, used by
/// `seen summary` (which keeps digests of the ids) and `seen actions` (which keeps the ids):
/// a review is superseded when a review read names it, unless the links go round in a circle,
/// where none is the latest and each counts. Pure.
public struct ReviewChains<ID: Hashable & Sendable>: Sendable {
  /// For each review with a `supersedes` link, the ids it supersedes (one; more only when
  /// copies of it differ).
  public private(set) var links: [ID: [ID]] = [:]

  public init() {}

  /// Notes that the review `id` supersedes the review `target`.
  public mutating func link(_ id: ID, supersedes target: ID) {
    if links[id]?.contains(target) != true { links[id, default: []].append(target) }
  }

  /// Another set of links, for chains read in parts (in any order).
  public mutating func merge(_ other: ReviewChains) {
    for (id, targets) in other.links {
      for target in targets { link(id, supersedes: target) }
    }
  }

  /// The reviews of `found` that a later review read supersedes, those on a circle of links
  /// aside.
  public func superseded(among found: Set<ID>) -> Set<ID> {
    guard !links.isEmpty else { return [] }
    let circle = Self.inCircles(links)
    var superseded: Set<ID> = []
    for (id, targets) in links where found.contains(id) {
      for target in targets where target != id && found.contains(target) {
        if !circle.contains(target) { superseded.insert(target) }
      }
    }
    return superseded
  }

  /// The ids on a circle of links (or between two circles): what is left when reviews nothing
  /// supersedes, and then reviews that supersede nothing left, are taken away in turn. Linear
  /// in the links; never loops.
  public static func inCircles(_ links: [ID: [ID]]) -> Set<ID> {
    var forward: [ID: [ID]] = links
    var backward: [ID: [ID]] = [:]
    for (id, targets) in links {
      for target in targets {
        backward[target, default: []].append(id)
        if forward[target] == nil { forward[target] = [] }
      }
    }
    /// Takes away, again and again, the nodes with no edge in `edges` pointing at them
    /// (`reverse` holding each node's edges the other way).
    func peel(_ nodes: Set<ID>, edges: [ID: [ID]], reverse: [ID: [ID]]) -> Set<ID> {
      var incoming: [ID: Int] = [:]
      for node in nodes {
        incoming[node] = (reverse[node] ?? []).filter { nodes.contains($0) }.count
      }
      var queue = nodes.filter { incoming[$0] == 0 }
      var left = nodes
      while let node = queue.popFirst() {
        left.remove(node)
        for next in edges[node] ?? [] where left.contains(next) {
          incoming[next, default: 0] -= 1
          if incoming[next] == 0 { queue.insert(next) }
        }
      }
      return left
    }
    let nodes = Set(forward.keys)
    let once = peel(nodes, edges: forward, reverse: backward)
    return peel(once, edges: backward, reverse: forward)
  }
}

/// Which man of a later review of a case is which man of an earlier one: the one rule `seen
/// compare` and the gaps closed of `seen summary` both follow.
///
/// A man is the same man when his label is the same (`ManLabel`). A re-review keeps the earlier
/// men in their order (`ReviewRecord.again`) and may give one a new label: so when the later
/// review supersedes the earlier one, a man of the later review left unpaired by label is the
/// earlier man at his position, renamed, when that man is left unpaired too.
struct ManPairing: Equatable, Sendable {
  /// For each man of the later review, the index of the earlier man he is, or nil (added).
  private(set) var earlierOf: [Int?]
  /// For each man of the earlier review, the index of the later man he is, or nil.
  private(set) var laterOf: [Int?]

  init(earlier: ReviewRecord, later: ReviewRecord) {
    earlierOf = Array(repeating: nil, count: later.men.count)
    laterOf = Array(repeating: nil, count: earlier.men.count)
    let earlierKeys = earlier.men.map { ManLabel.key($0.label) }
    for (index, man) in later.men.enumerated() {
      let key = ManLabel.key(man.label)
      if let match = earlierKeys.indices.first(where: {
        laterOf[$0] == nil && earlierKeys[$0] == key
      }) {
        pair(earlier: match, later: index)
      }
    }
    guard let id = earlier.id, later.supersedes == id else { return }
    for index in later.men.indices
    where earlierOf[index] == nil && index < earlier.men.count && laterOf[index] == nil {
      pair(earlier: index, later: index)
    }
  }

  private mutating func pair(earlier: Int, later: Int) {
    earlierOf[later] = earlier
    laterOf[earlier] = later
  }
}

extension ReviewRecord {
  /// The index of the man with this label (`ManLabel`: labels of one record differ).
  func manIndex(labelled label: String) -> Int? {
    if let exact = men.firstIndex(where: { $0.label == label }) { return exact }
    let wanted = ManLabel.key(label)
    return men.firstIndex { ManLabel.key($0.label) == wanted }
  }
}

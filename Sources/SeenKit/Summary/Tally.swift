/// A key with a fixed, small number of values, each with a slot of its own: a tally of them is
/// a short array, not a dictionary, so that a summary split into many groups stays small.
protocol TallyKey {
  /// How many values there are; each `tallySlot` is below it.
  static var tallySlots: Int { get }
  var tallySlot: Int { get }
}

/// An enumeration's values in slots in the order of its cases, kept once (`allCases` makes a
/// new array each time it is read).
protocol CaseTallyKey: TallyKey, Equatable {
  static var tallyCases: [Self] { get }
}

extension CaseTallyKey {
  static var tallySlots: Int { tallyCases.count }
  var tallySlot: Int { Self.tallyCases.firstIndex(of: self)! }
}

extension Relationship: CaseTallyKey { static let tallyCases = allCases }
extension Visibility: CaseTallyKey { static let tallyCases = allCases }
extension ConfidenceLevel: CaseTallyKey { static let tallyCases = allCases }

extension Bool: TallyKey {
  static var tallySlots: Int { 2 }
  var tallySlot: Int { self ? 1 : 0 }
}

/// Not known (nil) has a slot of its own, the first.
extension Optional: TallyKey where Wrapped: TallyKey {
  static var tallySlots: Int { Wrapped.tallySlots + 1 }
  var tallySlot: Int { map { $0.tallySlot + 1 } ?? 0 }
}

/// How many times each value of a key was counted. Read like the dictionary it replaces
/// (`tally[key] ?? 0`, nil for a value never counted); empty, it holds no array at all.
struct Tally<Key: TallyKey>: Equatable, Sendable, ExpressibleByDictionaryLiteral {
  private var slots: [Int] = []

  init() {}

  init(dictionaryLiteral elements: (Key, Int)...) {
    for (key, count) in elements { self[key, default: 0] += count }
  }

  /// The count of `key`, or nil when it was never counted.
  subscript(key: Key) -> Int? {
    let count = slots.isEmpty ? 0 : slots[key.tallySlot]
    return count == 0 ? nil : count
  }

  subscript(key: Key, default defaultValue: Int) -> Int {
    get { self[key] ?? defaultValue }
    set {
      if slots.isEmpty { slots = Array(repeating: 0, count: Key.tallySlots) }
      slots[key.tallySlot] = newValue
    }
  }

  mutating func merge(_ other: Tally) {
    guard !other.slots.isEmpty else { return }
    guard !slots.isEmpty else {
      slots = other.slots
      return
    }
    for slot in slots.indices { slots[slot] += other.slots[slot] }
  }

  /// Equal when every value has the same count, however the tally was made.
  static func == (lhs: Tally, rhs: Tally) -> Bool {
    let zeros = Array(repeating: 0, count: Key.tallySlots)
    return (lhs.slots.isEmpty ? zeros : lhs.slots) == (rhs.slots.isEmpty ? zeros : rhs.slots)
  }
}

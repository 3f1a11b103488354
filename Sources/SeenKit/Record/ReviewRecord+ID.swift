/// A review's id: what makes two files one review (copies) or two (a re-review, another
/// agency's review of the same case). SeenKit makes none at random: the caller passes the
/// random bytes in, so that the core stays deterministic.
extension ReviewRecord {
  /// The shortest and longest id read: long enough not to be met by chance in another
  /// agency's records, short enough to be a key.
  static let idLengths = 8...64

  /// An id from 16 random bytes (128 bits) given by the caller: 32 lower-case hex digits.
  public static func id(random bytes: [UInt8]) -> String {
    hex(bytes)
  }

  /// What is wrong with an id read from a record, or nil when it is sound: 8 to 64 characters,
  /// ASCII letters, digits and hyphens only.
  static func idProblem(_ id: String) -> String? {
    let scalars = id.unicodeScalars
    let sound = scalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        || ("0"..."9").contains(scalar) || scalar == "-"
    }
    guard sound else {
      return
        "an id is made of ASCII letters, digits and hyphens only; correct it, or delete the line and seen derives one from the file."
    }
    guard idLengths.contains(scalars.count) else {
      return
        "an id has \(idLengths.lowerBound) to \(idLengths.upperBound) characters, this one has \(scalars.count); correct it, or delete the line and seen derives one from the file."
    }
    return nil
  }

  /// The id of a record file saved without one: the first 128 bits of the SHA-256 of the file's
  /// bytes, as 32 lower-case hex digits. A copy of the file (any name, any folder) has the same
  /// id; a record resumed keeps it, saved, so it stays one review with its older copies. Two
  /// files that differ in any byte are two reviews: a merge is never guessed.
  public static func derivedID(bytes: [UInt8]) -> String {
    hex(Array(SHA256.hash(bytes).prefix(16)))
  }

  /// The id of a record read from no file of its own (a training scenario's): the same digest,
  /// of the record's canonical encoding (the JSON seen writes, without "format" and "id").
  var derivedID: String {
    var canonical = self
    canonical.id = nil
    guard case .object(let members) = canonical.jsonValue.kind else { return "" }
    let text = JSONWriter.write(
      JSONValue(.object(members.filter { $0.key != "format" })))
    return Self.hex(Array(SHA256.hash(Array(text.utf8)).prefix(16)))
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// Of two copies of one review (the same id) that differ, one changed after it was copied,
  /// whether this one is the one a summary counts: the one with more answers, reflections,
  /// agreed actions and supervisions (a review only grows as it is resumed and supervised), then
  /// the one whose saved form sorts last, so that the choice never depends on the order the
  /// files are read in.
  public func isCountedCopy(over other: ReviewRecord) -> Bool {
    let mine = answerCount
    let theirs = other.answerCount
    if mine != theirs { return mine > theirs }
    return other.encoded().utf8.lexicographicallyPrecedes(encoded().utf8)
  }

  private var answerCount: Int {
    answers.count + reflections.count + actions.count + supervisions.count
      + men.reduce(0) { $0 + 1 + $1.answers.count }
  }
}

/// The first 128 bits of the SHA-256 of a text: a key to count by without keeping the text,
/// such as a review's id or a case reference, in 16 bytes whatever the text's length.
public struct TextDigest: Hashable, Comparable, Sendable {
  private let high: UInt64
  private let low: UInt64

  public init(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  /// An order of digests, to sort them (it says nothing of the texts).
  public static func < (lhs: TextDigest, rhs: TextDigest) -> Bool {
    (lhs.high, lhs.low) < (rhs.high, rhs.low)
  }

  /// The digest of a text given as its UTF-8 bytes.
  public init(utf8 bytes: [UInt8]) {
    let digest = SHA256.hash(bytes)
    high = digest[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
    low = digest[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
  }
}

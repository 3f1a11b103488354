/// Which men of several reviews of one case are the same man (`seen combine`). Matching is a
/// judgement, never silent: two agencies' "Mother's partner" may be different men. Only a birth
/// father recorded with the same label (`ManLabel.same`) in every review that lists a birth
/// father is matched without being asked, and that is said at the top of the output as an
/// assumption; every other man is matched only by `--match` or a confirmation at the terminal.
public struct ManMatching: Equatable, Sendable {
  /// One man: the review he is in (from 0, in the order given) and his place in it (from 0).
  public struct Man: Hashable, Comparable, Sendable {
    public var review: Int
    public var man: Int

    public static func < (one: Man, other: Man) -> Bool {
      (one.review, one.man) < (other.review, other.man)
    }
  }

  /// Why the men of a group are taken to be one man.
  public enum Reason: String, Equatable, Sendable {
    /// A birth father with the same label in every review that lists one.
    case assumed
    /// Named in one `--match`.
    case matched
    /// Confirmed at the terminal.
    case confirmed
  }

  /// A `--match` that cannot be followed: what is wrong, as one sentence.
  public struct Failure: Error, Equatable, Sendable {
    public var message: String
  }

  /// Two men of different reviews who may be the same man: the same relationship to the baby
  /// (other than "not known") or the same label.
  public struct Candidate: Equatable, Sendable {
    public var first: Man
    public var second: Man
    /// "Is Mother's partner (Midwife 2026-10-02) the same man as Mum's partner (Health visitor
    /// 2026-10-20)? y/n (Enter: no)"
    public var question: String
    /// The `--match` value that matches them: "1:Mother's partner=2:Mum's partner".
    public var matchArgument: String
  }

  let records: [ReviewRecord]
  public let reviews: [ReviewName]
  /// Every man, each in exactly one group; a group holds at most one man of each review.
  private(set) var groups: [[Man]]
  /// Why each group of more than one man is one man, by its smallest man.
  private(set) var reasons: [Man: Reason] = [:]
  /// The men named in a `--match` so far: a man matched twice is refused.
  private var named: Set<Man> = []
  /// The pairs answered "no" at the terminal: never one man, even through other answers.
  private var different: [[Man]] = []
  /// The birth fathers joined to their group by the assumption alone: a `--match` or a
  /// confirmation that names one of them makes him matched, and leaves the others assumed.
  private var assumedOnly: Set<Man> = []

  /// Every man in his own group, but the birth fathers (`automatic`) as the rule above says.
  public init(_ records: [ReviewRecord], automatic: Bool = true) {
    self.records = records
    reviews = ReviewName.names(records)
    groups = records.indices.flatMap { review in
      records[review].men.indices.map { [Man(review: review, man: $0)] }
    }
    if automatic, let fathers = Self.assumedFathers(records) {
      merge(fathers, reason: .assumed)
      assumedOnly = Set(fathers)
    }
  }

  /// The birth fathers to take as one man: every review lists at most one, at least two reviews
  /// list one, and each has the same label. Nil otherwise.
  static func assumedFathers(_ records: [ReviewRecord]) -> [Man]? {
    var fathers: [Man] = []
    for (review, record) in records.enumerated() {
      let own = record.men.indices.filter { record.men[$0].relationship.isBirthFather }
      if own.count > 1 { return nil }
      fathers += own.map { Man(review: review, man: $0) }
    }
    guard fathers.count > 1 else { return nil }
    let label = records[fathers[0].review].men[fathers[0].man].label
    guard fathers.allSatisfy({ ManLabel.same(records[$0.review].men[$0.man].label, label) })
    else { return nil }
    return fathers
  }

  func record(_ man: Man) -> ManRecord { records[man.review].men[man.man] }

  /// The group that holds `man`.
  func group(of man: Man) -> Int {
    groups.firstIndex { $0.contains(man) } ?? 0
  }

  /// The groups in reading order (by their first man), each with why it is one man.
  public var orderedGroups: [(men: [Man], reason: Reason?)] {
    groups.map { $0.sorted() }.sorted { $0[0] < $1[0] }.map { men in
      (men, men.count > 1 ? reasons[men[0]] : nil)
    }
  }

  /// Whether `man` is one with the others of his group by the assumption alone (no `--match`
  /// or confirmation names him).
  public func isAssumedOnly(_ man: Man) -> Bool { assumedOnly.contains(man) }

  /// The assumed group, if any.
  var assumed: [Man]? {
    orderedGroups.first { $0.reason == .assumed }?.men
  }

  private mutating func merge(_ men: [Man], reason: Reason) {
    let indices = Set(men.map(group(of:))).sorted()
    var union: [Man] = []
    for index in indices.reversed() {
      let members = groups.remove(at: index)
      for member in members { reasons[member] = nil }
      union += members
    }
    union.sort()
    groups.append(union)
    reasons[union[0]] = reason
  }

  /// Whether the groups of `first` and `second` hold men of different reviews only.
  public func canMerge(_ candidate: Candidate) -> Bool {
    let one = groups[group(of: candidate.first)]
    let other = groups[group(of: candidate.second)]
    guard one != other else { return false }
    return Set(one.map(\.review)).isDisjoint(with: other.map(\.review))
  }

  /// Whether the answer for `candidate` follows from earlier ones, so that it is not asked:
  /// they are one man already, or their groups hold men of one review, or a "no" was given
  /// for a man of each group.
  public func follows(_ candidate: Candidate) -> Bool {
    !canMerge(candidate) || conflict(candidate) != nil
  }

  /// The earlier "no" a yes for `candidate` would go against: two men said to be different
  /// who would end up one man. Nil when there is none.
  public func conflict(_ candidate: Candidate) -> Candidate? {
    let one = Set(groups[group(of: candidate.first)])
    let other = Set(groups[group(of: candidate.second)])
    for pair in different
    where (one.contains(pair[0]) && other.contains(pair[1]))
      || (one.contains(pair[1]) && other.contains(pair[0]))
    {
      return self.candidate(pair[0], pair[1])
    }
    return nil
  }

  /// A yes at the terminal: the two men are one. Refused (returning the earlier "no" it goes
  /// against) where it would make one man of two men answered "no".
  @discardableResult
  public mutating func confirm(_ candidate: Candidate) -> Candidate? {
    guard canMerge(candidate) else { return nil }
    if let conflict = conflict(candidate) { return conflict }
    merge([candidate.first, candidate.second], reason: .confirmed)
    assumedOnly.subtract([candidate.first, candidate.second])
    return nil
  }

  /// A no at the terminal: the two men are different, and no later yes makes them one.
  public mutating func separate(_ candidate: Candidate) {
    different.append([candidate.first, candidate.second])
  }

  /// "Mother's partner (Midwife 2026-10-02) is not the same man as Partner (Social worker
  /// 2026-11-05)".
  public func notTheSame(_ candidate: Candidate) -> String {
    "\(describe(candidate.first)) is not the same man as \(describe(candidate.second))"
  }

  private func describe(_ man: Man) -> String {
    "\(record(man).label.terminalSafe) (\(reviews[man.review].label))"
  }

  /// "1 (Midwife 2026-10-02), 2 (Health visitor 2026-10-20)".
  var reviewList: String {
    reviews.map { "\($0.number) (\($0.label))" }.joined(separator: ", ")
  }

  /// Follows one `--match` value, "REVIEW:MAN=REVIEW:MAN[=REVIEW:MAN…]": a review by its number
  /// or its role (any case, when no other review has it) or its column label; a man by his label
  /// or his number in that review.
  public mutating func apply(_ argument: String) throws(Failure) {
    let parts = argument.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
    let example = "such as --match \"1:Partner=2:Mum's partner\""
    guard parts.count >= 2 else {
      throw Failure(
        message:
          "--match \(argument.quotedInMessage) names one man; give two or more, REVIEW:MAN=REVIEW:MAN, \(example)."
      )
    }
    var men: [Man] = []
    for part in parts {
      guard let colon = part.firstIndex(of: ":") else {
        throw Failure(
          message:
            "--match \(argument.quotedInMessage): \(part.quotedInMessage) needs a review and a man, REVIEW:MAN, \(example)."
        )
      }
      let review = try self.review(String(part[..<colon]), argument: argument)
      let man = try self.man(
        String(part[part.index(after: colon)...]), in: review, argument: argument)
      if men.contains(man) {
        throw Failure(
          message:
            "--match \(argument.quotedInMessage) names the same man twice, \(record(man).label.quotedInMessage) of review \(review + 1) (\(reviews[review].label)); match him with a man of another review."
        )
      }
      if let other = men.first(where: { $0.review == review }) {
        throw Failure(
          message:
            "--match \(argument.quotedInMessage) names two men of review \(review + 1) (\(reviews[review].label)), \(record(other).label.quotedInMessage) and \(record(man).label.quotedInMessage); one review's men are different men, so match each with a man of another review."
        )
      }
      if named.contains(man) {
        throw Failure(
          message:
            "\(record(man).label.quotedInMessage) of review \(review + 1) (\(reviews[review].label)) is matched twice; name each man in one --match only, with every review's label for him."
        )
      }
      men.append(man)
    }
    // A man already taken as one with others (the assumed birth father) brings them along; the
    // group must still hold one man of each review.
    let union = Set(men.map(group(of:))).flatMap { groups[$0] }
    let reviewsInUnion = union.map(\.review)
    if Set(reviewsInUnion).count != reviewsInUnion.count {
      throw Failure(
        message:
          "--match \(argument.quotedInMessage) would make one man of two men of the same review, with the birth father taken as the same man in every review; add --no-auto-match to match the birth fathers yourself."
      )
    }
    named.formUnion(men)
    merge(men, reason: .matched)
    // Only the men it names are matched: a birth father it does not name stays assumed.
    assumedOnly.subtract(men)
  }

  private func review(_ reference: String, argument: String) throws(Failure) -> Int {
    let typed = reference.trimmingWhitespace()
    if let number = Int(typed), reviews.indices.contains(number - 1) { return number - 1 }
    let byRole = reviews.indices.filter {
      reviews[$0].role.map { $0.lowercased() == typed.lowercased() } ?? false
    }
    if byRole.count == 1 { return byRole[0] }
    if let byLabel = reviews.indices.first(where: {
      reviews[$0].label.lowercased() == typed.lowercased()
    }) {
      return byLabel
    }
    let why =
      byRole.count > 1
      ? "\(byRole.count) reviews are by \(typed.quotedInMessage), so name one by its number"
      : "no review is \(typed.quotedInMessage)"
    throw Failure(
      message:
        "--match \(argument.quotedInMessage): \(why); the reviews are \(reviewList) (a number, a role or a label)."
    )
  }

  private func man(_ reference: String, in review: Int, argument: String) throws(Failure) -> Man {
    let men = records[review].men
    let typed = reference.trimmingWhitespace()
    if let number = Int(typed), men.indices.contains(number - 1) {
      return Man(review: review, man: number - 1)
    }
    if let index = men.firstIndex(where: { ManLabel.same($0.label, typed) }) {
      return Man(review: review, man: index)
    }
    let listed =
      men.isEmpty
      ? "it records no man"
      : "it lists "
        + men.enumerated().map { "\($0.offset + 1) \($0.element.label.shownInMessage)" }
        .joined(separator: ", ")
    throw Failure(
      message:
        "--match \(argument.quotedInMessage): review \(review + 1) (\(reviews[review].label)) has no man \(typed.quotedInMessage); \(listed) (a label or a number)."
    )
  }

  /// Pairs of men of different groups, with no review in common, who may be the same man: the
  /// same relationship to the baby (other than not known) or the same label. One pair for each
  /// two groups, in reading order.
  public func candidates() -> [Candidate] {
    let ordered = orderedGroups.map(\.men)
    var found: [Candidate] = []
    for (position, one) in ordered.enumerated() {
      for other in ordered[(position + 1)...]
      where Set(one.map(\.review)).isDisjoint(with: other.map(\.review)) {
        pairs: for first in one {
          for second in other where Self.alike(record(first), record(second)) {
            found.append(candidate(first, second))
            break pairs
          }
        }
      }
    }
    return found
  }

  /// Control, format (zero-width, direction marks, soft hyphen) and other characters that do
  /// not show as typed.
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned,
      .surrogate:
      return true
    default: return scalar.properties.isDefaultIgnorableCodePoint
    }
  }

  static func alike(_ one: ManRecord, _ other: ManRecord) -> Bool {
    (one.relationship == other.relationship && one.relationship != .unknown)
      || ManLabel.same(one.label, other.label)
  }

  func candidate(_ first: Man, _ second: Man) -> Candidate {
    func named(_ man: Man) -> String {
      "\(record(man).label.terminalSafe) (\(reviews[man.review].label))"
    }
    // A man already named in a --match cannot be named in another: the --match that works
    // names every man of it again, with the new one ("1:Father=2:Father=3:Father").
    let together = groups[group(of: first)] + groups[group(of: second)]
    let men = Set(together.filter { self.named.contains($0) } + [first, second]).sorted()
    return Candidate(
      first: first, second: second,
      question: "Is \(named(first)) the same man as \(named(second))? y/n (Enter: no)",
      matchArgument: men.map(reference).joined(separator: "="))
  }

  /// "2:Mum's partner", or "2:1" where the label would not read back (a colon, an equals sign,
  /// a quote).
  func reference(_ man: Man) -> String {
    let written = record(man).label
    let label = written.terminalSafe
    // A label with a control or invisible character (or one the terminal would change) does
    // not read back as typed: his number does.
    let plain =
      !label.contains(where: { ":=\"\\`$".contains($0) }) && label == written
      && !written.unicodeScalars.contains(where: Self.isInvisible)
    return "\(man.review + 1):\(plain ? label : String(man.man + 1))"
  }
}

/// How one review of several is named when they are put side by side (`seen combine`): its
/// number in the order given, its column label ("Midwife 2026-10-02", or "Review 2" without a
/// role; two with the same label get " (1)", " (2)" in that order), and its name in a sentence
/// ("the midwife", dated or numbered where two reviews share a role).
public struct ReviewName: Equatable, Sendable {
  /// From 1, in the order the reviews were given.
  public var number: Int
  /// The column's label.
  public var label: String
  /// "the midwife"; "the health visitor (2026-10-20)" where two reviews are by health visitors.
  public var name: String
  /// "the midwife (2026-10-02)": the name with the review's date, where it has one.
  public var datedName: String
  /// The reviewer's role as recorded, nil when none.
  public var role: String?

  /// The names of `records`, in their order.
  public static func names(_ records: [ReviewRecord]) -> [ReviewName] {
    let roles = records.map { $0.role?.terminalSafe.trimmingWhitespace() }.map {
      ($0?.isEmpty ?? true) ? nil : $0
    }
    let dates = records.map { $0.date?.terminalSafe.trimmingWhitespace() }.map {
      ($0?.isEmpty ?? true) ? nil : $0
    }
    let plain = records.indices.map { index in
      guard let role = roles[index] else { return "Review \(index + 1)" }
      return [role, dates[index]].compactMap { $0 }.joined(separator: " ")
    }
    func key(_ text: String) -> String { text.lowercased() }
    var names: [ReviewName] = []
    var seenLabel: [String: Int] = [:]
    for index in records.indices {
      var label = plain[index]
      let sameLabel = plain.indices.filter { key(plain[$0]) == key(label) }
      var suffix = ""
      if sameLabel.count > 1 {
        let place = (seenLabel[key(label)] ?? 0) + 1
        seenLabel[key(label)] = place
        suffix = " (\(place))"
        label += suffix
      }
      let name: String
      let dated: String
      if let role = roles[index] {
        // A role without a letter ("1") is not a word to put "the" before.
        let person =
          role.contains(where: \.isLetter) ? "the " + lowerFirst(role) : "the reviewer '\(role)'"

        let date = dates[index].map { " (\($0))" } ?? ""
        let sharedRole = roles.indices.filter { roles[$0].map(key) == key(role) }.count > 1
        name = (sharedRole ? person + date : person) + suffix
        dated = person + date + suffix
      } else {
        name = "review \(index + 1)"
        dated = name + (dates[index].map { " (\($0))" } ?? "")
      }
      names.append(
        ReviewName(
          number: index + 1, label: label, name: name, datedName: dated, role: roles[index]))
    }
    return names
  }

  /// "Midwife" reads "midwife" in a sentence, "GP" stays "GP".
  static func lowerFirst(_ role: String) -> String {
    let letters = Array(role)
    guard letters.count > 1, letters[0].isUppercase, !letters[1].isUppercase else { return role }
    return letters[0].lowercased() + String(letters.dropFirst())
  }

  /// "the midwife, the health visitor and the social worker".
  static func list(_ names: [String], joinedBy last: String = "and") -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " \(last) " + names[names.count - 1]
    }
  }
}

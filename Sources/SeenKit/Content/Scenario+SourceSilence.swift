/// Where a scenario's source says nothing of an item: the key's answer is "not known" with the
/// note exactly "The source does not say." Elsewhere a "not known" means not known at the
/// time, and its note quotes or cites the source. The group debrief counts a factor recorded
/// as present apart only where the source is silent (`WorkshopDebrief`), so the rule is one
/// and checked here: no other note may begin with the words.
extension Scenario {
  /// The note that marks an answer of the key as the source's silence.
  public static let sourceSilentNote = "The source does not say."

  /// Whether the key's answer says the source is silent on the item.
  static func isSourceSilent(_ answer: Answer?) -> Bool {
    answer?.value == .unknown && answer?.note == sourceSilentNote
  }

  /// The paths (under the record) and problems of answers that bend the rule: the note used
  /// with another answer than "not known", or a note that begins with its words and goes on.
  func sourceSilenceProblems() -> [(path: String, text: String)] {
    let stem = String(Self.sourceSilentNote.dropLast())
    var problems: [(path: String, text: String)] = []
    func check(_ answers: [String: Answer], _ path: String) {
      for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
        guard let note = answer.note, note.hasPrefix(stem) else { continue }
        if note != Self.sourceSilentNote {
          problems.append(
            (
              "\(path).answers.\(id).note",
              "a note that begins \"\(stem)\" is exactly \"\(Self.sourceSilentNote)\", which marks the source's silence; say what it does say in other words."
            ))
        } else if answer.value != .unknown {
          problems.append(
            (
              "\(path).answers.\(id).answer",
              "the note \"\(Self.sourceSilentNote)\" goes with the answer unknown only."
            ))
        }
      }
    }
    for (index, man) in record.men.enumerated() { check(man.answers, "record.men[\(index)]") }
    check(record.answers, "record")
    return problems
  }
}

/// The steps of the guided review that are about the men themselves: each man's label, his
/// relationship to the baby, whether he lives with the baby, what he brings, and whether there is
/// another man.
extension ReviewSession {
  mutating func ensureMan(_ index: Int) {
    while record.men.count <= index {
      let label = record.men.isEmpty ? "Father" : "Man \(record.men.count + 1)"
      record.men.append(ManRecord(label: label))
    }
  }

  mutating func handleLabel(_ line: String, man index: Int) -> Outcome {
    let isNew = record.men.count <= index
    ensureMan(index)
    if line.isEmpty {
      advance()
      return Outcome(event: isNew ? .changed : .unchanged, message: nil)
    }
    // One rule for labels (ManLabel), the same as when a record is read.
    if let other = record.men.indices.first(where: {
      $0 != index && ManLabel.same(record.men[$0].label, line)
    }) {
      let message = ManLabel.duplicateMessage(line, existing: record.men[other].label)
      return Outcome(
        event: isNew ? .changed : .unchanged,
        message: message.prefix(1).uppercased() + message.dropFirst())
    }
    if let problem = ManLabel.problem(line) {
      return Outcome(
        event: isNew ? .changed : .unchanged,
        message: problem.prefix(1).uppercased() + problem.dropFirst())
    }
    let previous = record.men[index].label
    record.men[index].label = line.trimmingWhitespace()
    // An action agreed for him follows his new label, so that the record still reads back.
    for action in record.actions.indices where record.actions[action].man == previous {
      record.actions[action].man = record.men[index].label
    }
    advance()
    return Outcome(event: .changed, message: nil)
  }

  /// A detail typed with a note, "y: he moved in in March": the answer before the colon, and
  /// whether words followed it. His details (relationship, lives with the baby) keep no note,
  /// in the record as with `--set`; the guided review takes the answer and says where the
  /// words belong (`detailNoteNotKept`), rather than refusing the line.
  static func splitDetail(_ line: String) -> (answer: String, hadNote: Bool) {
    guard let colon = line.firstIndex(of: ":") else { return (line, false) }
    let note = String(line[line.index(after: colon)...]).trimmingWhitespace()
    return (String(line[..<colon]).trimmingWhitespace(), !note.isEmpty)
  }

  /// What is said when a detail was typed with a note: the answer is kept, the words are not,
  /// and where to write them. The words themselves are never repeated (a log may show this).
  func detailNoteNotKept(_ kept: String) -> Outcome {
    let example = content.items(scope: .man).first.map { " (the next is \"\($0.title)\")" } ?? ""
    return Outcome(
      event: .changed,
      message:
        "Kept \"\(kept)\". His details (relationship, lives with the baby) take no note, so the words after the colon were not kept: add them after a colon at one of his questions that follow\(example), such as \"d: …\"."
    )
  }

  mutating func handleRelationship(_ rawLine: String, man index: Int) -> Outcome {
    ensureMan(index)
    let (line, hadNote) = Self.splitDetail(rawLine)
    let options = Relationship.offered
    if line.isEmpty && !rawLine.isEmpty {
      return Outcome(
        event: .unchanged,
        message: "Type a number from 1 to \(options.count) before the colon, such as \"1\".")
    }
    if line.isEmpty {
      guard relationshipsGiven.contains(index) else {
        return Outcome(
          event: .unchanged,
          message:
            "Choose one: type a number from 1 to \(options.count) (\(options.count) if it is not known yet)."
        )
      }
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    let lowered = line.lowercased()
    let chosen: Relationship? =
      Int(lowered).flatMap { $0 >= 1 && $0 <= options.count ? options[$0 - 1] : nil }
      ?? options.first {
        $0.rawValue == lowered || $0.words == lowered || $0.choiceWords == lowered
      }
    guard let chosen else {
      return Outcome(
        event: .unchanged,
        message: "Type a number from 1 to \(options.count)"
          + (relationshipsGiven.contains(index)
            ? ", or Enter to keep \"\(record.men[index].relationship.words)\"." : "."))
    }
    record.men[index].relationship = chosen
    relationshipsGiven.insert(index)
    advance()
    return hadNote ? detailNoteNotKept(chosen.words) : Outcome(event: .changed, message: nil)
  }

  mutating func handleLivesWithBaby(_ rawLine: String, man index: Int) -> Outcome {
    ensureMan(index)
    let (line, hadNote) = Self.splitDetail(rawLine)
    let value: Bool??
    switch line.lowercased() {
    case "" where !rawLine.isEmpty:
      return Outcome(
        event: .unchanged, message: "Type y (yes), n (no) or u (not known) before the colon.")
    case "": value = .none
    case "y", "yes": value = .some(true)
    case "n", "no": value = .some(false)
    case "u", "unknown", "not known": value = .some(nil)
    default:
      return Outcome(event: .unchanged, message: "Type y (yes), n (no) or u (not known).")
    }
    guard case .some(let lives) = value else {
      // In a re-review, Enter keeps last time's answer where the prompt offers it.
      if let earlier = earlierLivesWithBaby(index) {
        livesWithBabyAnswered.insert(index)
        record.men[index].livesWithBaby = earlier
        advance()
        return Outcome(event: .changed, message: nil)
      }
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    livesWithBabyAnswered.insert(index)
    record.men[index].livesWithBaby = lives
    advance()
    guard hadNote else { return Outcome(event: .changed, message: nil) }
    return detailNoteNotKept(lives.map { $0 ? "yes" : "no" } ?? "not known")
  }

  mutating func handleAddAnother(_ line: String) -> Outcome {
    switch line.lowercased() {
    case "", "n", "no":
      advance()
      return Outcome(event: .unchanged, message: nil)
    case "y", "yes":
      // The same limit as when a record is read, so that seen can always read what it saved.
      guard record.men.count < ReviewRecord.maximumMen else {
        let message = ReviewRecord.tooManyMenMessage()
        return Outcome(
          event: .unchanged,
          message: message.prefix(1).uppercased() + message.dropFirst()
            + " Type n (or Enter) to go on.")
      }
      let index = record.men.count
      ensureMan(index)
      step = .manLabel(index)
      return Outcome(event: .changed, message: nil)
    default:
      return Outcome(
        event: .unchanged, message: "Type y to add another man, or n (or Enter) to go on.")
    }
  }

  mutating func handleStrengths(_ line: String, man index: Int) -> Outcome {
    // In a re-review, Enter keeps what he brought last time, as it keeps every other answer:
    // strengths are the part of the picture most worth carrying forward (19.8).
    if line.isEmpty, let earlier = earlierStrengths(index) {
      record.men[index].strengths = earlier
      advance()
      return Outcome(event: .changed, message: nil)
    }
    guard !line.isEmpty, index < record.men.count else {
      advance()
      return Outcome(event: .unchanged, message: nil)
    }
    record.men[index].strengths = line
    advance()
    return Outcome(event: .changed, message: nil)
  }

  /// What the earlier review recorded that he brings, while this re-review has none for him.
  func earlierStrengths(_ index: Int) -> String? {
    guard index < record.men.count, record.men[index].strengths == nil, isEarlierMan(index),
      let earlier
    else { return nil }
    return earlier.men[index].strengths
  }
}

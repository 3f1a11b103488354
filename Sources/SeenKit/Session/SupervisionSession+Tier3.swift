/// The tier 3 questions that end a supervision session (17.1, 17.5): were the men discussed
/// (and, where the practitioner's own answer differs, whether to change it), was fear or anxiety
/// about working with a man raised, and what support was agreed.
extension SupervisionSession {
  mutating func handleYesNo(_ line: String) -> Outcome {
    let value: Bool?
    if line.isEmpty {
      value = nil
    } else if let answer = SupervisionAssignment.yesNo(line) {
      value = answer
    } else {
      return Outcome(
        event: .unchanged, message: "Type y or n, or press Enter to leave it unrecorded.")
    }
    if step == .menDiscussed {
      record.supervisions[index!].menDiscussed = value
      step = record.supervisionAnswerDiffers != nil && value != nil ? .answerDiffers : .fearRaised
    } else {
      record.supervisions[index!].fearRaised = value
      record.supervisions[index!].fearAbout = nil
      step = .support
      if value == true && record.men.count > 1 {
        step = .fearAbout
      } else if value == true, let man = record.men.first {
        // One man: the fear can only be about him, so he is taken, and said to be.
        record.supervisions[index!].fearAbout = [man.label]
        return Outcome(
          event: .changed,
          message: "Recorded as about \(man.label.terminalSafe), the one man in this review.")
      }
    }
    return Outcome(event: value == nil ? .unchanged : .changed, message: nil)
  }

  /// Which men the fear raised was about: numbers (several with commas), a for all of them, n
  /// for not about one man; Enter leaves it unrecorded.
  mutating func handleFearAbout(_ line: String) -> Outcome {
    if line.isEmpty {
      step = .support
      return Outcome(event: .unchanged, message: nil)
    }
    guard let chosen = Self.fearAbout(line, men: record.men) else {
      return Outcome(
        event: .unchanged,
        message:
          "Type the number of the man (1 to \(record.men.count); several with commas, such as 1,2), a for all of them, n if it was not about one man, or press Enter to leave it unrecorded."
      )
    }
    record.supervisions[index!].fearAbout = chosen
    step = .support
    return Outcome(event: .changed, message: nil)
  }

  mutating func handleAnswerDiffers(_ line: String) -> Outcome {
    switch line.lowercased() {
    case "y", "yes":
      if let discussed = supervision?.menDiscussed {
        record.answerDiscussedInSupervision(discussed)
      }
      step = .fearRaised
      let now = record.answers[SupervisionItems.discussed]?.value.words ?? "not answered"
      return Outcome(
        event: .changed,
        message:
          "The practitioner's answer to \"Discussed in supervision\" is now \(now), as they said.")
    case "n", "no", "":
      step = .fearRaised
      return Outcome(event: .unchanged, message: "Both are kept and shown in the report.")
    default:
      return Outcome(event: .unchanged, message: "Type y or n (Enter: no, keep both).")
    }
  }

  mutating func handleSupport(_ line: String) -> Outcome {
    guard !line.isEmpty else {
      // 17.5: said, not refused (support may be agreed in the next one), as a script warns.
      let none =
        supervision?.fearRaised == true
        ? "Fear or anxiety was raised and no support is recorded as agreed; 17.5 names \(SupervisionRecord.supportIn17Point5). The report's first step will ask the practitioner to agree it with their manager now.\n"
        : ""
      return Outcome(event: .finished, message: none + finishedMessage)
    }
    let kinds = SupervisionRecord.Support.allCases
    var chosen: [SupervisionRecord.Support] = []
    var other = false
    for part in line.split(separator: ",") {
      let word = String(part).trimmingWhitespace()
      if let number = Int(word), number >= 1, number <= kinds.count {
        if !chosen.contains(kinds[number - 1]) { chosen.append(kinds[number - 1]) }
      } else if word == "\(kinds.count + 1)" || word.lowercased() == "other" {
        other = true
      } else if let kind = SupervisionRecord.Support(rawValue: word.lowercased()) {
        if !chosen.contains(kind) { chosen.append(kind) }
      } else {
        return Outcome(
          event: .unchanged,
          message:
            "Type the numbers of the support agreed, such as 1,3 (4 for other), or press Enter for none."
        )
      }
    }
    record.supervisions[index!].support = chosen
    if other {
      step = .otherSupport
      return Outcome(event: .changed, message: nil)
    }
    return Outcome(event: .finished, message: finishedMessage)
  }

  mutating func handleOtherSupport(_ rawLine: String) -> Outcome {
    // q stops here as at every question: never saved as support called "q".
    switch rawLine.trimmingWhitespace().lowercased() {
    case "q", "quit": return Outcome(event: .quit, message: nil)
    default: break
    }
    if let words = ManRecord.cleaned(rawLine) {
      guard Answer.isWithinLimit(words) else {
        return Outcome(
          event: .unchanged,
          message: "That is longer than \(Answer.maximumNoteLength) characters; type fewer words.")
      }
      record.supervisions[index!].otherSupport = words
    }
    return Outcome(event: .finished, message: finishedMessage)
  }

  /// Where the session ends having recorded nothing (no comment, nothing discussed, no action,
  /// no tier 3 answer), the empty supervision its role began is taken out of the record, as a
  /// script refuses to save one, and one line says so. nil where it recorded something.
  public mutating func droppingEmptySupervision() -> String? {
    guard let index, record.supervisions[index].recordsNothing else { return nil }
    record.supervisions.remove(at: index)
    self.index = nil
    return
      "This supervision recorded nothing (no comment, nothing discussed, no action, no tier 3 answer), so it is not kept in the review."
  }

  var finishedMessage: String {
    guard let supervision, !supervision.recordsNothing else { return "Nothing was recorded." }
    let actions = actionsHere.count
    var words =
      "Supervision recorded: in this session \(discussedHere.count) discussed (\(commentsHere) with a comment), "
      + "\(actions) action\(actions == 1 ? "" : "s") agreed"
    if isContinued {
      let all = supervision.actions.count
      words +=
        "; with what it recorded earlier today, \(supervision.discussed.count) discussed, \(all) action\(all == 1 ? "" : "s") agreed"
    }
    return words + ". " + supervision.answersWords
  }
}

/// Agreeing an action at the first steps: which step, then, where the step is for more than one
/// man, for which of them. The header of the action names no man until one is chosen, and Enter
/// never picks the first for the supervisor.
extension SupervisionSession {
  mutating func handlePickFirstStep(_ line: String) -> Outcome {
    switch line.lowercased() {
    case "", "b", "back": return back(message: "No action agreed.")
    case "q", "quit": return Outcome(event: .quit, message: nil)
    default: break
    }
    guard let number = Int(line), number >= 1, number <= report.firstSteps.count else {
      return Outcome(
        event: .unchanged,
        message:
          "Type the number of a first step, from 1 to \(report.firstSteps.count), or b to go back.")
    }
    return pickFirstStep(number)
  }

  /// Begins an action on the first step numbered `number` (from 1): at once for its one man (or
  /// the case), else after asking for which of its men.
  mutating func pickFirstStep(_ number: Int) -> Outcome {
    let first = report.firstSteps[number - 1]
    guard first.men.count <= 1 else {
      step = .pickFirstStepMan(number)
      return Outcome(event: .unchanged, message: nil)
    }
    return startFirstStepAction(number, man: first.men.first)
  }

  /// For which of the first step's men: a number from the list or his label; Enter asks again.
  mutating func handlePickFirstStepMan(_ line: String, _ number: Int) -> Outcome {
    let men = report.firstSteps[number - 1].men
    switch line.lowercased() {
    case "b", "back": return back(message: "No action agreed.")
    case "q", "quit": return Outcome(event: .quit, message: nil)
    default: break
    }
    var chosen: String?
    if let picked = Int(line), picked >= 1, picked <= men.count {
      chosen = men[picked - 1]
    } else if !line.isEmpty {
      chosen = men.first { ManLabel.same($0, line) }
    }
    guard let chosen else {
      return Outcome(
        event: .unchanged,
        message:
          "Type the number of the man the action is for, from 1 to \(men.count), or b to go back.")
    }
    return startFirstStepAction(number, man: chosen)
  }

  /// "This first step is for Father, Mother's partner. For which of them is the action? 1
  /// Father, 2 Mother's partner (b goes back):"
  func pickFirstStepManPrompt(_ number: Int) -> String {
    let men = report.firstSteps[number - 1].men.map(\.terminalSafe)
    let options = men.enumerated().map { "\($0.offset + 1) \($0.element)" }
    return
      "This first step is for \(men.joined(separator: ", ")). For which of them is the action? \(options.joined(separator: ", ")) (b goes back):"
  }

  private mutating func startFirstStepAction(_ number: Int, man: String?) -> Outcome {
    let first = report.firstSteps[number - 1]
    startAction(
      .init(man: man, item: first.item, advice: first.advice, isSafeForm: first.isSafeForm),
      what: first.advice.advice)
    return Outcome(event: .unchanged, message: nil)
  }
}

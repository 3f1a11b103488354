/// A facilitator's plan for a workshop on one scenario: a sequence of steps designed for the
/// session's length (45, 90 or 120 minutes, each its own sequence, not one scaled), with minutes
/// that add up, what participants do and what the facilitator says at each step, and the seen
/// commands each step runs, kept as data so that every printed command can be run in a test.
public struct WorkshopPlan: Equatable, Sendable {
  /// A seen command a plan prints: who runs it, its arguments after `seen`, and whether it asks
  /// questions on a terminal.
  public struct Command: Equatable, Sendable {
    public enum Who: String, Equatable, Sendable {
      case participant
      case facilitator
    }

    public var who: Who
    /// The arguments after `seen`, as a shell would pass them.
    public var arguments: [String]
    /// True for a command that asks its questions on a terminal (a guided review).
    public var interactive: Bool

    init(_ who: Who, _ arguments: [String], interactive: Bool = false) {
      self.who = who
      self.arguments = arguments
      self.interactive = interactive
    }

    /// The command as it is printed and typed: `seen` and the arguments, any with a space or
    /// a shell character in double quotes.
    public var line: String {
      (["seen"] + arguments.map(Self.quoted)).joined(separator: " ")
    }

    private static func quoted(_ argument: String) -> String {
      let plain =
        !argument.isEmpty
        && argument.unicodeScalars.allSatisfy { scalar in
          switch scalar {
          case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".", "/", "=", ":", ",", "+": true
          default: false
          }
        }
      return plain ? argument : "\"" + argument + "\""
    }
  }

  struct Step: Equatable, Sendable {
    var title: String
    var minutes: Int
    /// What participants do.
    var participants: String
    /// What the facilitator says: the prompt for the step.
    var facilitator: String
    var commands: [Command] = []
  }

  /// The session lengths a plan is designed for.
  public static let lengths = [45, 90, 120]

  /// The confidence level a printed command records; each participant puts their own in its
  /// place, and the step says so.
  static let exampleConfidence = "somewhat"

  var scenario: Scenario
  var minutes: Int
  /// What the facilitator prints before the session.
  var preparation: [Command]
  var steps: [Step]

  /// The plan for a 45-, 90- or 120-minute session; nil for another length.
  public init?(scenario: Scenario, minutes: Int) {
    let id = scenario.id
    let steps: [Step]
    switch minutes {
    case 45: steps = Self.fortyFive(id)
    case 90: steps = Self.ninety(id)
    case 120: steps = Self.hundredTwenty(id)
    default: return nil
    }
    self.scenario = scenario
    self.minutes = minutes
    self.steps = steps
    var preparation = [
      Command(
        .facilitator,
        ["workshop", id, "--pack", "participant", "--format", "pdf", "-o", "\(id)-participant.pdf"]),
      Command(
        .facilitator,
        [
          "workshop", id, "--pack", "facilitator", "--minutes", String(minutes), "--format", "pdf",
          "-o", "\(id)-facilitator.pdf",
        ]),
    ]
    if minutes == 120 {
      preparation.append(
        Command(.facilitator, ["sheet", "--leaders", "--format", "pdf", "-o", "partnership.pdf"]))
    }
    self.preparation = preparation
  }

  var totalMinutes: Int { steps.reduce(0) { $0 + $1.minutes } }

  /// Every command the plan prints, in order: the preparation, then each step's.
  public var commands: [Command] { preparation + steps.flatMap(\.commands) }

  // MARK: - The steps

  /// The cohort a participant's confidence is saved with, before or after the session: the
  /// group debrief reads "NAME before" and "NAME after".
  static func cohort(_ id: String, _ when: String) -> String { "\(id) \(when)" }

  private static func confidence(_ id: String, _ when: String) -> Command {
    Command(
      .participant,
      [
        "review", "--case", "WORKSHOP", "--role", "Participant", "--set",
        "confidence=\(exampleConfidence)", "--cohort", cohort(id, when), "--no-input", "--save",
        "\(id)-\(when)-1.json",
      ])
  }

  private static func blankReview(_ id: String) -> Command {
    Command(
      .participant, ["review", "--scenario", id, "--blank", "--save", "\(id)-review-1.json"],
      interactive: true)
  }

  private static func debrief(_ id: String) -> Command {
    Command(.facilitator, ["workshop", "debrief", id, "."])
  }

  private static let confidenceWords =
    "Put your own level in place of \(exampleConfidence) (not-at-all, not-very, somewhat, very or extremely) and your own number in place of 1 in the file's name."

  private static func welcome(_ minutes: Int) -> Step {
    Step(
      title: "Welcome, content note and ground rule", minutes: minutes,
      participants:
        "Listen, and read the content note and the ground rule at the top of the participant pack.",
      facilitator:
        "This case involves serious harm to a baby. Take a break whenever you need to, and talk to me, your manager or supervisor, or your organisation's staff support. One ground rule: we share no real case details, only this case and practice in general."
    )
  }

  private static func confidenceBefore(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Confidence before", minutes: minutes,
      participants:
        "Each participant records how confident they are in their work with fathers and male carers, on their own laptop. seen prints a short report after it: only the confidence counts.",
      facilitator:
        "How confident are you in your work with men? Answer for yourself; nobody sees one person's answer, only the group's. \(confidenceWords)",
      commands: [confidence(id, "before")])
  }

  private static func read(_ minutes: Int) -> Step {
    Step(
      title: "Read the case", minutes: minutes,
      participants:
        "Read the case and the key figures in the participant pack, alone or aloud in turn.",
      facilitator:
        "Say whether it is a real case or a composite, and name its source. The key figures say how often babies are harmed and how many of the men were living with them."
    )
  }

  private static func review(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Individual review, blank start", minutes: minutes,
      participants:
        "Each participant reviews the case as if it were theirs, with the men already listed and no answers: who are the men in this baby's life, what was known about each, and what was done. On paper, the blank review sheet in the participant pack; on a laptop, the command below.",
      facilitator:
        "Answer from the case as you read it, not from what you think happened next. Where the case does not say, answer not known: that is a finding too. Use your own number in place of 1 in the file's name.",
      commands: [blankReview(id)])
  }

  private static func compare(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Compare with the key", minutes: minutes,
      participants:
        "Each participant reads their own gap report beside the answer key shown by the facilitator: what they saw that the professionals at the time did not, and what they missed.",
      facilitator:
        "This is what was known and done at the time, from the source. Where did your review differ? What was not known, and who could have known it?",
      commands: [
        Command(.participant, ["report", "\(id)-review-1.json"]),
        Command(.facilitator, ["review", "--scenario", id, "--no-input"]),
      ])
  }

  private static func discuss(_ minutes: Int, groups: Bool) -> Step {
    Step(
      title: groups ? "Reflective questions in small groups" : "Reflective questions",
      minutes: minutes,
      participants: groups
        ? "In groups of three or four, take the reflective questions in the participant pack in turn, then bring one point from each group back to the room."
        : "Take the reflective questions in the participant pack in turn, as one group.",
      facilitator:
        "How confident are you in your work with men? What do you know about their history? Substance misuse, domestic abuse, mental ill health: has any of it been normalised? Do you check in with fathers as you do with mothers? What would you do if you had a concern?"
    )
  }

  private static func actions(_ minutes: Int) -> Step {
    Step(
      title: "Agree actions", minutes: minutes,
      participants:
        "Agree up to four actions for the team's own practice, each with an owner (a role, never a name) and a date, and write them in the box in the participant pack.",
      facilitator:
        "What will we do differently, from tomorrow, so that the men in a baby's life are seen? Who owns it, and by when?"
    )
  }

  private static func confidenceAfter(_ id: String, _ minutes: Int, takeaway: Bool, debrief: Bool)
    -> Step
  {
    Step(
      title: takeaway ? "Takeaway and confidence after" : "Confidence after", minutes: minutes,
      participants: (takeaway
        ? "Each participant writes one takeaway in the participant pack, then" : "Each participant")
        + " records their confidence again, as at the start, with the cohort after."
        + (debrief
          ? " The facilitator shows the group's confidence before and after side by side." : ""),
      facilitator: "How confident are you now in your work with men? \(confidenceWords)"
        + (debrief
          ? " Collect the files again, then show the group's confidence before and after." : ""),
      commands: [confidence(id, "after")] + (debrief ? [Self.debrief(id)] : []))
  }

  private static func groupDebrief(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Group debrief", minutes: minutes,
      participants:
        "Participants send their review files to the facilitator, then look together at how many in the group spotted each gap in the key.",
      facilitator:
        "Collect everyone's files into one folder and run the debrief in it: it shows only the group's counts, never one person's answers. Which gaps did most of us miss, and why? With fewer than 10 reviews every figure is withheld: then take the key's gaps in turn and ask for a show of hands.",
      commands: [debrief(id)])
  }

  private static func fortyFive(_ id: String) -> [Step] {
    [
      welcome(3), confidenceBefore(id, 2), read(7), review(id, 10), compare(id, 8),
      discuss(8, groups: false), actions(4),
      confidenceAfter(id, 3, takeaway: true, debrief: false),
    ]
  }

  private static func ninety(_ id: String) -> [Step] {
    [
      welcome(5), confidenceBefore(id, 5), read(10), review(id, 20), groupDebrief(id, 10),
      compare(id, 15), discuss(15, groups: true), actions(5),
      confidenceAfter(id, 5, takeaway: true, debrief: true),
    ]
  }

  private static func hundredTwenty(_ id: String) -> [Step] {
    [
      welcome(5), confidenceBefore(id, 5), read(10), review(id, 20),
      Step(
        title: "Pairs: compare your reviews", minutes: 10,
        participants:
          "In pairs, compare your reviews man by man: what did each of you record, and why?",
        facilitator:
          "Where you differ, what in the case led each of you there? What would you need to know to be sure?"
      ),
      Step(
        title: "Break", minutes: 5, participants: "A break.",
        facilitator:
          "Take a break. Remember the support at the top of the pack if the case stays with you."),
      groupDebrief(id, 10), compare(id, 15), discuss(15, groups: true),
      Step(
        title: "The partnership's questions", minutes: 10,
        participants:
          "Read the review's questions to safeguarding partnerships on the service design sheet, and choose one the team can take to its managers.",
        facilitator:
          "Front-line practice can only go so far: what would the service need to change so that the men in this case would have been seen?"
      ),
      actions(10), confidenceAfter(id, 5, takeaway: true, debrief: true),
    ]
  }
}

extension WorkshopPlan {
  /// The plan as JSON (`seen workshop NAME --steps --format json`): each step with its minutes,
  /// words and commands, each command as its printed line and its arguments, so that a script
  /// (or a test) can run every one.
  public var json: RenderedOutput {
    func string(_ text: String) -> JSONValue { JSONValue(.string(text)) }
    func member(_ key: String, _ value: JSONValue) -> JSONValue.Member {
      JSONValue.Member(key: key, value: value)
    }
    func command(_ command: Command) -> JSONValue {
      JSONValue(
        .object([
          member("who", string(command.who.rawValue)),
          member("line", string(command.line)),
          member("arguments", JSONValue(.array(command.arguments.map(string)))),
          member("interactive", JSONValue(.bool(command.interactive))),
        ]))
    }
    var start = 0
    let steps = steps.enumerated().map { offset, step -> JSONValue in
      defer { start += step.minutes }
      return JSONValue(
        .object([
          member("number", JSONValue(.number(Double(offset + 1)))),
          member("title", string(step.title)),
          member("minutes", JSONValue(.number(Double(step.minutes)))),
          member("from", JSONValue(.number(Double(start)))),
          member("participants", string(step.participants)),
          member("facilitator", string(step.facilitator)),
          member("commands", JSONValue(.array(step.commands.map(command)))),
        ]))
    }
    let value = JSONValue(
      .object([
        member("scenario", string(scenario.id)),
        member("minutes", JSONValue(.number(Double(minutes)))),
        member("preparation", JSONValue(.array(preparation.map(command)))),
        member("steps", JSONValue(.array(steps))),
      ]))
    return RenderedOutput(bytes: Array(JSONWriter.write(value).utf8))
  }
}

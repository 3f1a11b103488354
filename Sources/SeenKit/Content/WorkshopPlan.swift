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
    /// What the facilitator says: words to say to the room.
    var facilitator: String
    /// What the facilitator does: instructions for the facilitator, not to be read out.
    var does: String? = nil
    var commands: [Command] = []
  }

  /// The session lengths a plan is designed for.
  public static let lengths = [45, 90, 120]

  /// The confidence level a printed command records; each participant puts their own in its
  /// place, and the step says so.
  static let exampleConfidence = "somewhat"

  var scenario: Scenario
  var minutes: Int
  /// What the facilitator does before the session, before printing.
  var preparationNotes: [String]
  /// What the facilitator prints before the session.
  var preparation: [Command]
  var steps: [Step]

  /// The plan for a 45-, 90- or 120-minute session; nil for another length.
  public init?(scenario: Scenario, minutes: Int) {
    let id = scenario.id
    let steps: [Step]
    switch minutes {
    case 45: steps = Self.fortyFive(scenario)
    case 90: steps = Self.ninety(scenario)
    case 120: steps = Self.hundredTwenty(scenario)
    default: return nil
    }
    self.scenario = scenario
    self.minutes = minutes
    self.steps = steps
    self.preparationNotes =
      [
        "Participants who review on a laptop need seen installed on it before the session (as "
          + "seen's README says, under Install); on paper they need only the participant pack.",
        "Have a number for each participant (1, 2, 3 and on): each uses theirs in place of 1 in "
          + "their files' names, so that the files carry a number, not a name, and none overwrites "
          + "another when they are collected.",
      ]
      + (minutes == 45
        ? []
        : [
          "Decide how the files will reach you: a shared folder or a removable drive, as your "
            + "organisation allows. seen sends nothing anywhere."
        ])
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
      // The key alone, to show on the screen when the plan says, without the plan around it.
      Command(
        .facilitator, ["workshop", id, "--pack", "key", "--format", "pdf", "-o", "\(id)-key.pdf"]),
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
      ] + quiet)
  }

  /// Confidence is saved without a gap report printed after it: one line names the file.
  static let quiet = ["--quiet"]

  private static func blankReview(_ id: String) -> Command {
    Command(
      .participant, ["review", "--scenario", id, "--blank", "--save", "\(id)-review-1.json"],
      interactive: true)
  }

  /// The debrief; `part` "confidence" for the second run in one session, which shows the
  /// gaps no more, so that two runs cannot be compared to tell a late review's answers.
  private static func debrief(_ id: String, part: String? = nil) -> Command {
    Command(
      .facilitator, ["workshop", "debrief", id, "."] + (part.map { ["--part", $0] } ?? []))
  }

  private static let confidenceWords =
    "Tell participants to put their own level in place of \(exampleConfidence) (not-at-all, not-very, somewhat, very or extremely) and their own number in place of 1 in the file's name."

  /// How files reach the facilitator.
  private static let collecting =
    "by the shared folder or removable drive you chose, as your organisation allows (seen sends nothing)"

  /// Where the room's figures may be withheld, and what to do then.
  private static let withheld =
    "With fewer than 10 records every figure is withheld (and small counts read <5): say that the group is too small to show figures without pointing at someone"

  private static func welcome(_ scenario: Scenario, _ minutes: Int) -> Step {
    Step(
      title: "Welcome, content note and ground rule", minutes: minutes,
      participants:
        "Listen, and read the content note and the ground rule at the top of the participant pack.",
      facilitator:
        "\(scenario.spokenContentNote) Take a break whenever you need to, and talk to me, your manager or supervisor, or your organisation's staff support or employee assistance programme. One ground rule: we share no real case details, only this case and practice in general.",
      does:
        "Give each participant their number, to use in place of 1 in their files' names.")
  }

  private static func confidenceBefore(_ id: String, _ minutes: Int, laptop: Bool) -> Step {
    guard laptop else {
      return Step(
        title: "Confidence before, on paper", minutes: minutes,
        participants:
          "Each participant marks how confident they are in their work with fathers and male carers in the confidence box of the participant pack, under Before. It stays with them.",
        facilitator:
          "How confident are you in your work with men? Mark it for yourself, under Before: nobody collects it, and you will mark it again at the end.",
        does:
          "This plan measures confidence on paper only, for each participant to compare for themselves: 45 minutes leaves no time to collect files and show the group's figures, and a group under 10 would see every figure withheld. For the group's change, use the 90- or 120-minute plan."
      )
    }
    return Step(
      title: "Confidence before", minutes: minutes,
      participants:
        "Each participant marks how confident they are in their work with fathers and male carers in the confidence box of the participant pack, under Before, and records the same on their own laptop with the command below: it prints no report, only a line naming the file it saved.",
      facilitator:
        "How confident are you in your work with men? Answer for yourself. Your file carries your number, not your name. When I collect the files, the room sees only the group's figures, rounded, with small numbers withheld, and I delete the files after the session.",
      does: confidenceWords,
      commands: [confidence(id, "before")])
  }

  private static func read(_ minutes: Int) -> Step {
    Step(
      title: "Read the case", minutes: minutes,
      participants:
        "Read the case and the key figures in the participant pack, alone or aloud in turn.",
      facilitator:
        "The key figures say how many serious incidents were notified to the Panel, and that most of the babies harmed (81 of the 92 children in the review's cohort) were living with their birth father at the point of the abuse.",
      does:
        "Say whether the case is a real one or a composite, and name its source (at the top of the participant pack)."
    )
  }

  private static func review(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Individual review, blank start", minutes: minutes,
      participants:
        "Each participant reviews the case as if it were theirs, with the men already listed and no answers: who are the men in this baby's life, what was known about each, and what was done. On paper, the blank review sheet in the participant pack; on a laptop, the command below. At the end seen shows the gap report, in a pager when it is longer than the screen: press q to leave it.",
      facilitator:
        "Answer from the case as you read it, not from what you think happened next. Where the case does not say it was done, answer not yet; where it does not say what was known, don't know: that is a finding too, on paper and on a laptop alike. Notes are about this case only: no real case details.",
      does:
        "Remind participants on laptops to use their own number in place of 1 in the file's name.",
      commands: [blankReview(id)])
  }

  private static func compare(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Compare with the key", minutes: minutes,
      participants:
        "Each participant reads their own review beside the answer key shown by the facilitator (on a laptop, their gap report, with the command below; in a pager when it is longer than the screen: press q to leave it): what they saw that the professionals at the time did not, and what they missed.",
      facilitator:
        "This is what was known and done at the time, from the source. Where did your review differ? What was not known, and who could have known it?",
      does:
        "Show the answer key: the key printed alone (--pack key), or the section \"\(ReflectionSheet.knownAtTheTimeHeading)\" of the facilitator pack, on the screen or read aloud. Show nothing else of the facilitator pack.",
      commands: [Command(.participant, ["report", "\(id)-review-1.json"])])
  }

  private static func discuss(_ minutes: Int, groups: Bool) -> Step {
    Step(
      title: groups ? "Reflective questions in small groups" : "Reflective questions",
      minutes: minutes,
      participants: groups
        ? "In groups of three or four, take the reflective questions in the participant pack in turn, then bring one point from each group back to the room."
        : "Take the reflective questions in the participant pack in turn, as one group.",
      facilitator:
        "How confident are you in your work with men? What do you know about the history of the men you work with? Is there substance misuse, has this been normalised? What about domestic abuse or mental ill health? Do you routinely check in with fathers as you do with mums? What do they think? How do you know? What would you do if you had a concern?"
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

  private static func confidenceAfter(_ id: String, _ minutes: Int, laptop: Bool) -> Step {
    guard laptop else {
      return Step(
        title: "Takeaway and confidence after, on paper", minutes: minutes,
        participants:
          "Each participant writes one takeaway in the participant pack, then marks their confidence again in the confidence box, under After, beside their mark from the start.",
        facilitator:
          "How confident are you now in your work with men? Mark it under After, beside your mark from the start: the change is yours to keep.",
        does:
          "Nothing is collected in this plan: participants keep their packs, and delete any review files from their laptops when they no longer need them."
      )
    }
    return Step(
      title: "Takeaway on paper, confidence after", minutes: minutes,
      participants:
        "Each participant writes one takeaway in the participant pack (on paper only: the laptop records only the confidence), marks their confidence under After in the confidence box, and records it again on their laptop, as at the start, with the cohort after; then copies the file to the facilitator. The facilitator shows the group's confidence before and after side by side.",
      facilitator:
        "How confident are you now in your work with men? Answer as at the start, for yourself. The room sees only the group's figures.",
      does:
        "\(confidenceWords) Collect the after files into the folder of the before files, \(collecting), run the debrief there and show the group's confidence before and after. \(withheld); instead, ask each participant to compare their own Before and After boxes on paper. After the session, delete the collected files.",
      commands: [confidence(id, "after"), debrief(id, part: "confidence")])
  }

  private static func groupDebrief(_ id: String, _ minutes: Int) -> Step {
    Step(
      title: "Group debrief", minutes: minutes,
      participants:
        "Participants copy their review and confidence files to the facilitator (keeping their own, which they need again at the end), then look together at how many in the group spotted each gap in the key.",
      facilitator:
        "These are the group's counts, rounded, with small numbers withheld: how many of us spotted each gap in the key, not what any one of us answered. Which gaps did most of us miss, and why?",
      does:
        "Collect the review files and the confidence-before files into one folder, \(collecting), and run the debrief in it. \(withheld); then take the key's gaps in turn and discuss as a group why each could be missed, without counting and without asking anyone what they answered.",
      commands: [debrief(id)])
  }

  private static func fortyFive(_ scenario: Scenario) -> [Step] {
    let id = scenario.id
    return [
      welcome(scenario, 3), confidenceBefore(id, 2, laptop: false), read(7), review(id, 10),
      compare(id, 8), discuss(8, groups: false), actions(4),
      confidenceAfter(id, 3, laptop: false),
    ]
  }

  private static func ninety(_ scenario: Scenario) -> [Step] {
    let id = scenario.id
    return [
      welcome(scenario, 5), confidenceBefore(id, 5, laptop: true), read(10), review(id, 20),
      groupDebrief(id, 10), compare(id, 15), discuss(15, groups: true), actions(5),
      confidenceAfter(id, 5, laptop: true),
    ]
  }

  private static func hundredTwenty(_ scenario: Scenario) -> [Step] {
    let id = scenario.id
    return [
      welcome(scenario, 5), confidenceBefore(id, 5, laptop: true), read(10), review(id, 20),
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
          "Read the review's questions to safeguarding partnerships on the service design sheet (printed before the session), and choose one the team can take to its managers.",
        facilitator:
          "Front-line practice can only go so far: what would the service need to change so that the men in this case would have been seen?",
        does: "Hand out the service design sheet (partnership.pdf, printed before the session)."
      ),
      actions(10), confidenceAfter(id, 5, laptop: true),
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
          member("does", step.does.map(string) ?? JSONValue(.null)),
          member("commands", JSONValue(.array(step.commands.map(command)))),
        ]))
    }
    let value = JSONValue(
      .object([
        member("scenario", string(scenario.id)),
        member("minutes", JSONValue(.number(Double(minutes)))),
        member("before", JSONValue(.array(preparationNotes.map(string)))),
        member("preparation", JSONValue(.array(preparation.map(command)))),
        member("steps", JSONValue(.array(steps))),
      ]))
    return RenderedOutput(bytes: Array(JSONWriter.write(value).utf8))
  }
}

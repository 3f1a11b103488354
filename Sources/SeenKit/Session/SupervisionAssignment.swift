/// What a supervision recorded, written on the command line (`seen supervise --comment
/// "ITEM|FOR|TEXT" --discussed ITEM[|FOR] --support co-working,...`) or in an answers file
/// (`SupervisionAnswers`). Checked as the guided review checks what is typed: ITEM a checklist
/// item's id (a near miss is refused naming the closest), or empty for the man or the case as a
/// whole; FOR a man's label or number, or empty for the case. Messages never repeat TEXT.
public enum SupervisionAssignment {
  public static let commentForm =
    "\"ITEM|FOR|TEXT\", such as \"contacted|Father|Why only by text?\" (ITEM or FOR may be empty)"
  public static let discussedForm = "\"ITEM|FOR\", such as \"agency-checks|Father\""
  public static let supportWords =
    "co-working, joint-visits, reflective-supervision or \"other: WORDS\", several with commas"

  public struct Problem: Error, Equatable, Sendable {
    public var message: String
  }

  /// A comment or challenge on an item, a man or the review.
  public static func comment(_ text: String, record: ReviewRecord, content: Content)
    throws(Problem) -> SupervisionRecord.Discussed
  {
    let parts = ActionAssignment.parts(text).map { $0.trimmingWhitespace() }
    guard parts.count == 3 else {
      throw Problem(
        message:
          "it has \(parts.count) part\(parts.count == 1 ? "" : "s"), not 3; write it as \(commentForm)"
      )
    }
    guard Answer.isWithinLimit(parts[2]) else {
      throw Problem(
        message: "the comment is longer than \(Answer.maximumNoteLength) characters; shorten it")
    }
    guard let comment = ManRecord.cleaned(parts[2]) else {
      throw Problem(message: "it has no comment; write it as \(commentForm)")
    }
    var entry = try discussed(item: parts[0], man: parts[1], record: record, content: content)
    entry.comment = comment
    return entry
  }

  /// An item (or a man) marked discussed, without a comment: "ITEM", "ITEM|FOR" or "|FOR".
  public static func discussed(_ text: String, record: ReviewRecord, content: Content)
    throws(Problem) -> SupervisionRecord.Discussed
  {
    let parts = ActionAssignment.parts(text).map { $0.trimmingWhitespace() }
    guard parts.count <= 2, !(parts.count == 1 && parts[0].isEmpty) else {
      throw Problem(
        message:
          "it has \(parts.count) part\(parts.count == 1 ? "" : "s"); write it as \(discussedForm), or the item alone for the case"
      )
    }
    return try discussed(
      item: parts[0], man: parts.count == 2 ? parts[1] : "", record: record, content: content)
  }

  static func discussed(
    item typedItem: String, man typedMan: String, record: ReviewRecord, content: Content
  )
    throws(Problem) -> SupervisionRecord.Discussed
  {
    var man = try self.man(typedMan, in: record)
    guard !typedItem.isEmpty else { return .init(item: nil, man: man) }
    let item = try self.item(typedItem, content: content)
    if item.scope == .case, man != nil {
      throw Problem(
        message:
          "'\(item.id)' is about the case, not about one man; leave FOR empty (as in \"\(item.id)|\") for the case"
      )
    }
    if item.scope == .man, man == nil {
      guard record.men.count == 1 else {
        let labels = record.men.map { "'\($0.label.shownInMessage)'" }.joined(separator: ", ")
        throw Problem(
          message:
            "'\(item.id)' is asked about each man; say which one after a bar, as in \"\(item.id)|Father\" (this review's men: \(labels.isEmpty ? "none" : labels))"
        )
      }
      man = record.men[0].label
    }
    return .init(item: item.id, man: man)
  }

  /// A checklist item by its id, in any case, with '_' or a dash for '-'; a near miss is refused
  /// naming the closest ids.
  static func item(_ typed: String, content: Content) throws(Problem) -> ChecklistItem {
    let id = ActionAssignment.idForm(typed)
    if let item = content.item(id) { return item }
    let suggestion = didYouMean(id, content: content)
    throw Problem(
      message:
        "'\(typed.shownInMessage)' is not a checklist item's id\(suggestion); 'seen content' lists them"
    )
  }

  /// " (did you mean 'contacted'?)": the closest of the checklist's ids to an unknown one (at
  /// most three, as near as each other), or empty where none is near.
  static func didYouMean(_ id: String, content: Content) -> String {
    let scored = content.checklist.map { ($0.id, id.editDistance(to: $0.id)) }
    let best = scored.map(\.1).min() ?? 0
    let closest = scored.filter { $0.1 == best && best <= max(3, id.count / 2) }.map {
      "'\($0.0)'"
    }.prefix(3)
    return closest.isEmpty ? "" : " (did you mean \(closest.joined(separator: " or "))?)"
  }

  /// A man's label or number; nil for an empty FOR, "case" or "the case".
  static func man(_ text: String, in record: ReviewRecord) throws(Problem) -> String? {
    let labels = record.men.map(\.label)
    if text.isEmpty { return nil }
    if let index = labels.firstIndex(where: { ManLabel.same($0, text) }) { return labels[index] }
    if let number = Int(text), number >= 1, number <= labels.count { return labels[number - 1] }
    let lowered = text.lowercased()
    if lowered == "case" || lowered == "the case" { return nil }
    let valid = labels.map { "'\($0.shownInMessage)'" } + ["case"]
    throw Problem(
      message:
        "there is no man '\(text.shownInMessage)' in this review; give one of: \(valid.joined(separator: ", ")) (or his number)"
    )
  }

  /// yes or no (y, n, true, false), in any case; nil for anything else.
  public static func yesNo(_ text: String) -> Bool? {
    switch text.trimmingWhitespace().lowercased() {
    case "yes", "y", "true": return true
    case "no", "n", "false": return false
    default: return nil
    }
  }

  /// The support agreed: kinds separated by commas, and "other: WORDS" (last, since its words
  /// may hold commas).
  public static func support(_ text: String) throws(Problem) -> (
    kinds: [SupervisionRecord.Support], other: String?
  ) {
    var kinds: [SupervisionRecord.Support] = []
    var rest = Substring(text)
    var other: String?
    if let start = otherStart(text) {
      let words = String(text[text.index(start, offsetBy: "other:".count)...])
      guard Answer.isWithinLimit(words) else {
        throw Problem(
          message:
            "the words of other support are longer than \(Answer.maximumNoteLength) characters; shorten them"
        )
      }
      guard let cleaned = ManRecord.cleaned(words) else {
        throw Problem(message: "\"other:\" needs words after it, such as \"other: peer support\"")
      }
      other = cleaned
      rest = text[..<start]
    }
    for part in rest.split(separator: ",") {
      let word = ActionAssignment.idForm(String(part).trimmingWhitespace()).replacing(
        " ", with: "-")
      if word.isEmpty { continue }
      guard let kind = SupervisionRecord.Support(rawValue: word) else {
        throw Problem(
          message:
            "'\(String(part).trimmingWhitespace().shownInMessage)' is not a kind of support seen knows; give \(supportWords)"
        )
      }
      if !kinds.contains(kind) { kinds.append(kind) }
    }
    if kinds.isEmpty && other == nil {
      throw Problem(message: "it names no support; give \(supportWords)")
    }
    return (kinds, other)
  }

  /// Other support's words added to those already given (`SupervisionRecord
  /// .joiningOtherSupport`), refused where together they pass the length a note may have.
  public static func otherSupport(adding words: String, to earlier: String?) throws(Problem)
    -> String
  {
    let joined = SupervisionRecord.joiningOtherSupport(earlier, words)
    guard Answer.isWithinLimit(joined) else {
      throw Problem(
        message:
          "the words of other support, together, are longer than \(Answer.maximumNoteLength) characters; shorten them"
      )
    }
    return joined
  }

  /// Where "other:" (in any case) starts in `text`, if it does.
  private static func otherStart(_ text: String) -> String.Index? {
    var index = text.startIndex
    while index < text.endIndex {
      if text[index...].prefix(6).lowercased() == "other:" { return index }
      index = text.index(after: index)
    }
    return nil
  }
}

/// `seen supervise --answers FILE`: a supervision kept elsewhere, imported. The same keys as a
/// supervision in the record, with each action written as `--action` takes it:
///
///     {"date": "2026-12-03", "role": "Team manager",
///      "discussed": [{"item": "contacted", "for": "Father", "comment": "Why only by text?"},
///                    {"item": "agency-checks", "for": "Father"}],
///      "menDiscussed": true, "fearRaised": true, "fearAbout": ["Father"],
///      "support": ["co-working", "other: peer support"],
///      "actions": ["contacted|Father|Social worker|in 2 weeks"]}
///
/// Every key is optional; options on the command line are added to what the file gives.
public struct SupervisionAnswers: Equatable, Sendable {
  public var date: String?
  public var role: String?
  public var discussed: [SupervisionRecord.Discussed] = []
  public var menDiscussed: Bool?
  public var fearRaised: Bool?
  /// Whom the fear raised was about, as the record spells the men's labels (empty for "not
  /// about one man"); nil where the file does not say.
  public var fearAbout: [String]?
  public var support: [SupervisionRecord.Support] = []
  public var otherSupport: String?
  /// Each in the form `--action` takes, to be read against the record.
  public var actions: [String] = []

  public init() {}

  static let keys = [
    "format", "date", "role", "discussed", "menDiscussed", "fearRaised", "fearAbout", "support",
    "actions",
  ]
  public static let format = "seen-supervision/1"

  public static func decode(
    _ bytes: [UInt8], file: String?, record: ReviewRecord, content: Content
  ) throws(DataError) -> SupervisionAnswers {
    let root = try JSONParser.parse(bytes, file: file)
    let reader = try JSONObjectReader(root, file: file, path: "")
    try reader.rejectUnknownKeys(allowed: keys)
    if let format = try reader.optionalString("format"), format != Self.format {
      throw reader.error(
        .unsupportedFormat(format, expected: Self.format), at: reader.value("format"),
        key: "format")
    }
    var answers = SupervisionAnswers()
    answers.date = try reader.optionalString("date")
    answers.role = try reader.optionalString("role")
    if reader.value("discussed") != nil {
      for entry in try reader.objects("discussed") {
        try entry.rejectUnknownKeys(allowed: ["item", "for", "comment"])
        let item = try entry.optionalString("item") ?? ""
        let man = try entry.optionalString("for") ?? ""
        let comment = try entry.optionalString("comment")
        do throws(SupervisionAssignment.Problem) {
          var discussed = try SupervisionAssignment.discussed(
            item: item.trimmingWhitespace(), man: man.trimmingWhitespace(), record: record,
            content: content)
          if let comment {
            guard Answer.isWithinLimit(comment) else {
              throw SupervisionAssignment.Problem(message: Answer.tooLongMessage("the comment"))
            }
            discussed.comment = ManRecord.cleaned(comment)
          }
          answers.discussed.append(discussed)
        } catch {
          throw entry.error(.other(error.message))
        }
      }
    }
    answers.menDiscussed = try reader.optionalBool("menDiscussed")
    answers.fearRaised = try reader.optionalBool("fearRaised")
    answers.fearAbout = try decodeFearAbout(reader, men: record.men)
    for (offset, word) in try reader.strings("support").enumerated() {
      do throws(SupervisionAssignment.Problem) {
        let (kinds, other) = try SupervisionAssignment.support(word)
        for kind in kinds where !answers.support.contains(kind) { answers.support.append(kind) }
        if let other {
          answers.otherSupport = try SupervisionAssignment.otherSupport(
            adding: other, to: answers.otherSupport)
        }
      } catch {
        throw reader.error(
          .other(error.message), at: try reader.array("support")[offset], key: "support")
      }
    }
    answers.actions = try reader.strings("actions")
    return answers
  }

  /// Each entry a man's number or label, or "all" or "none", as `--fear-about` takes them; only
  /// with "fearRaised": true, so that the file cannot say whom a fear not raised was about.
  private static func decodeFearAbout(_ reader: JSONObjectReader, men: [ManRecord])
    throws(DataError) -> [String]?
  {
    guard reader.value("fearAbout") != nil else { return nil }
    guard try reader.optionalBool("fearRaised") == true else {
      throw reader.error(
        .other(
          "'fearAbout' names whom fear was raised about; give it only with \"fearRaised\": true"),
        at: reader.value("fearAbout"), key: "fearAbout")
    }
    var chosen: [String] = []
    for (offset, word) in try reader.strings("fearAbout").enumerated() {
      guard let men = SupervisionSession.fearAbout(word, men: men) else {
        let labels = men.enumerated().map { "\($0.offset + 1) \($0.element.label)" }
        throw reader.error(
          .other(
            "'\(word.shownInMessage)' is not one of this review's men: give a number or label (\(labels.joined(separator: ", "))), all, or none"
          ),
          at: try reader.array("fearAbout")[offset], key: "fearAbout")
      }
      for label in men where !chosen.contains(label) { chosen.append(label) }
    }
    return chosen
  }
}

extension ReviewRecord {
  /// The practitioner's own answer to "Discussed in supervision", where it differs from what the
  /// latest supervision that answered it recorded about the men being discussed: the answer's
  /// words ("no", "not answered") and what the supervision recorded. nil where they agree.
  public var supervisionAnswerDiffers: SupervisionAnswerDifference? {
    guard let recorded = supervisionsByDate.last(where: { $0.menDiscussed != nil })?.menDiscussed
    else { return nil }
    let answer = answers[SupervisionItems.discussed]?.value
    // "partly" differs from both: beside "discussed" it is asked about, as "no" is.
    let agrees = recorded ? answer == .yes : answer != .yes && answer != .partly
    guard !agrees else { return nil }
    return SupervisionAnswerDifference(
      practitioner: answer?.words ?? "not answered", supervision: recorded)
  }

  /// The practitioner's answer to "Discussed in supervision" set to yes (a note kept), when
  /// they say so in a supervision session.
  public mutating func answerDiscussedInSupervision(_ discussed: Bool) {
    let note = answers[SupervisionItems.discussed]?.note
    answers[SupervisionItems.discussed] = Answer(discussed ? .yes : .no, note: note)
  }
}

/// The checklist item a supervision bears on.
enum SupervisionItems {
  /// "Have the men in this case been discussed in supervision…?"
  static let discussed = "supervision"
}

/// The practitioner's own answer to "Discussed in supervision" (in words: "no", "not answered")
/// beside what a supervision recorded (the men discussed or not): both are shown.
public struct SupervisionAnswerDifference: Equatable, Sendable {
  public var practitioner: String
  public var supervision: Bool

  /// "Your own answer to "Discussed in supervision" is no; the supervision of 2026-12-03
  /// recorded the men as discussed."
  var words: String {
    "The practitioner's own answer to \"Discussed in supervision\" is \(practitioner); the latest "
      + "supervision recorded the men as \(supervision ? "" : "not ")discussed. Both are kept: the "
      + "practitioner's answer is changed only by the practitioner."
  }
}

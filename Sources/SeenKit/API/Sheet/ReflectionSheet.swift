/// A reflection sheet for supervision, laid out once as blocks and then written as text, Markdown,
/// HTML or PDF by `SheetRenderer`. Blank, it is paper for a supervisor and a practitioner to fill
/// in together; filled from a review record, it shows the answers, notes and gaps and leaves room
/// for the supervisor; the leaders' sheet puts the review's questions to a partnership (18.4).
///
/// Every string is plain text as the user or the content wrote it: each format makes it safe.
public struct ReflectionSheet: Equatable, Sendable {
  public enum Kind: String, Equatable, Sendable, CaseIterable {
    case blank
    case filled
    case leaders
    /// A workshop handout for a training scenario.
    case handout
    /// A facilitator's plan for a workshop.
    case plan
  }

  /// How a gap is marked in every format: a symbol and a word, never colour alone, so that it
  /// survives black-and-white printing.
  public static let gapSymbol = "(!)"
  public static let gapWord = "Gap"

  public var kind: Kind
  /// The heading at the top of the sheet.
  public var title: String
  /// The title a browser tab or a PDF reader shows, naming the case when there is one.
  public var documentTitle: String
  public var blocks: [Block]
  /// Where the content comes from, its licence, and the briefing's closing sentence.
  public var footer: [String]

  public init(kind: Kind, title: String, documentTitle: String, blocks: [Block], footer: [String]) {
    self.kind = kind
    self.title = title
    self.documentTitle = documentTitle
    self.blocks = blocks
    self.footer = footer
  }

  public enum Block: Equatable, Sendable {
    case heading(String)
    case paragraph(String)
    /// Small print, such as where questions come from.
    case note(String)
    /// Labelled lines such as "Case reference", filled in or left to write on.
    case fields([Field])
    /// The men in the baby's life: who each is, or lines to write it.
    case men([Man])
    case checklist(Checklist)
    case question(Question)
    case box(Box)
    case list([ListEntry])
  }

  public struct Field: Equatable, Sendable {
    public var label: String
    /// nil leaves a line to write on.
    public var value: String?

    public init(_ label: String, _ value: String? = nil) {
      self.label = label
      self.value = value
    }
  }

  /// One man's column heading and what is known about him. nil fields are left to write in.
  public struct Man: Equatable, Sendable {
    /// "Father", or "Man 1" on a blank sheet.
    public var label: String
    public var relationship: String?
    public var livesWithBaby: String?
    /// "unseen (not yet both identified and contacted directly)"; only on a filled sheet.
    public var visibility: String?

    public var isBlank: Bool { relationship == nil && livesWithBaby == nil && visibility == nil }
  }

  /// Checklist items with a column of tick boxes for each man (or one for the case).
  public struct Checklist: Equatable, Sendable {
    public var title: String
    /// How to fill it in, such as "Tick one box for each man."
    public var instruction: String?
    /// One heading for each column of answers: the men's labels, or "Case".
    public var columns: [String]
    /// The answers each item can take, in order.
    public var choices: [Choice]
    public var rows: [Row]
  }

  public struct Choice: Equatable, Sendable {
    public var value: AnswerValue
    /// Short, for a tick box: "yes", "not known", "n/a".
    public var label: String
  }

  public struct Row: Equatable, Sendable {
    public var number: Int
    public var itemID: String
    public var title: String
    public var prompt: String
    /// One cell for each column.
    public var cells: [Cell]
  }

  public struct Cell: Equatable, Sendable {
    /// The ticked answer; nil when nothing is ticked.
    public var selected: AnswerValue?
    public var note: String?
    /// Why the answer is a gap ("not yet done", "not known"), when it is one.
    public var gap: String?

    public init(selected: AnswerValue? = nil, note: String? = nil, gap: String? = nil) {
      self.selected = selected
      self.note = note
      self.gap = gap
    }
  }

  /// A question with room to write: the practitioner's reflection, when there is one, and then
  /// blank lines.
  public struct Question: Equatable, Sendable {
    public var number: Int
    public var text: String
    /// "Myth of Invisible Men, 18.4".
    public var source: String?
    public var response: String?
    public var responseLabel: String?
    /// The heading of the blank lines, such as "Supervisor", or nil.
    public var writingLabel: String?
    public var writingLines: Int
  }

  /// A ruled box for what supervision agrees: each row a label, tick boxes and labelled blanks.
  public struct Box: Equatable, Sendable {
    public var title: String
    public var rows: [BoxRow]
  }

  public struct BoxRow: Equatable, Sendable {
    /// "1." or a man's label; nil for none.
    public var label: String?
    public var choices: [String]
    /// Labelled blanks on the row, such as "Who" and "By when"; "" for an unlabelled blank.
    public var blanks: [String]
  }

  public struct ListEntry: Equatable, Sendable {
    /// Shown strong, such as "92" or "Tier 1: Understanding men's lives and their experiences".
    public var lead: String?
    public var text: String
  }
}

/// A report laid out once, as blocks, and then written as plain text or Markdown by a formatter.
/// This is what keeps the Markdown a mirror of the text.
///
/// Every string in a block is plain text; the formatters make it safe for their medium.
struct Document: Equatable {
  enum Block: Equatable {
    case title(String)
    case heading(String)
    case subheading(String)
    case paragraph(String)
    /// A bullet; `lead` is shown strong ("Father: unseen").
    case item(lead: String?, text: String, level: Int)
    /// A labelled line under an item, such as "Why: …".
    case field(label: String, text: String)
    case numbered(Int, String)
    case quote(String)

    var isHeading: Bool {
      switch self {
      case .title, .heading, .subheading: return true
      default: return false
      }
    }

    var isListLike: Bool {
      switch self {
      case .item, .field, .numbered: return true
      default: return false
      }
    }
  }

  var blocks: [Block] = []
  /// List entries follow one another without blank lines, for a report that must fit a screen.
  var compactLists = false

  mutating func add(_ block: Block) {
    blocks.append(block)
  }

  mutating func title(_ text: String) { add(.title(text)) }
  mutating func heading(_ text: String) { add(.heading(text)) }
  mutating func subheading(_ text: String) { add(.subheading(text)) }
  mutating func paragraph(_ text: String) { add(.paragraph(text)) }
  mutating func item(_ text: String, lead: String? = nil, level: Int = 0) {
    add(.item(lead: lead, text: text, level: level))
  }
  mutating func field(_ label: String, _ text: String) { add(.field(label: label, text: text)) }
  mutating func numbered(_ number: Int, _ text: String) { add(.numbered(number, text)) }
  mutating func quote(_ text: String) { add(.quote(text)) }
}

/// One block of a document, in reading order. Each writer draws every kind; none is specific to
/// a product.
enum Block: Equatable, Sendable {
  /// Level 1 is the document's title, 2 a section, 3 a part of a section.
  case heading(Heading)
  case paragraph(RichText)
  /// Small print, such as where a sheet's questions come from.
  case note(RichText)
  /// Bullets and numbered entries, each with a lead, nested entries and labelled fields.
  case list(List)
  case quote(Quote)
  case table(Table)
  /// Figures over ordered categories, such as shares in each quarter: drawn where the medium
  /// can draw, and a table everywhere.
  case chart(Chart)
  /// A prompt with tick boxes, the one ticked, and a mark such as "(!) Gap: not known".
  case answer(AnswerLine)
  /// Labelled lines such as "Case reference", filled in or left to write on.
  case fields([Field])
  /// A ruled box of rows to write in, such as what supervision agrees.
  case box(Box)
  /// Lines to write on, under a label such as "Supervisor".
  case writing(WritingSpace)
  /// Blocks kept together on one page, or set side by side where there is room.
  case group(Group)
  /// Start a new page here when printed.
  case pageBreak
}

struct Heading: Equatable, Sendable {
  var level: Int
  var text: String
}

/// Words from a source, with the source they come from.
struct Quote: Equatable, Sendable {
  var text: RichText
  /// "Myth of Invisible Men, 7.13", shown after the words.
  var source: String?
}

/// Blocks that belong together: a question and the lines to answer it.
struct Group: Equatable, Sendable {
  enum Arrangement: Equatable, Sendable {
    /// On one page when they fit on one.
    case together
    /// Each block beside the next in two columns where the medium has room (HTML), one under
    /// the other elsewhere.
    case sideBySide
  }

  var arrangement: Arrangement
  var blocks: [Block]
}

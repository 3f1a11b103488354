/// What seen prints, laid out once as blocks and written by one writer per format (text,
/// Markdown, HTML, PDF). Each product (gap report, content, scenario, and next the sheets and the
/// team summary) builds one `Document`, and so gets every format without a formatter of its own.
///
/// It knows nothing of formats: every string is plain text as the user or the content wrote it.
/// `SafeDocument` neutralises it for a writer's medium, in one place, before any writer sees it.
struct Document: Equatable, Sendable {
  /// The name a browser tab or a PDF reader shows; the first title when not set.
  var title: String
  var blocks: [Block]
  /// Small print at the end: where the content comes from and its licence.
  var footer: [String]
  /// List entries follow one another without blank lines, and headings without a blank line
  /// after them, for a report that must fit a screen.
  var compactLists: Bool

  init(title: String = "", blocks: [Block] = [], footer: [String] = [], compactLists: Bool = false)
  {
    self.title = title
    self.blocks = blocks
    self.footer = footer
    self.compactLists = compactLists
  }
}

/// Building a document line by line, as the layouts read: a list entry joins the list before it,
/// a field joins the entry before it.
extension Document {
  mutating func add(_ block: Block) {
    blocks.append(block)
  }

  mutating func title(_ text: String) {
    if title.isEmpty { title = text }
    add(.heading(Heading(level: 1, text: text)))
  }

  mutating func heading(_ text: String) { add(.heading(Heading(level: 2, text: text))) }
  mutating func subheading(_ text: String) { add(.heading(Heading(level: 3, text: text))) }
  mutating func paragraph(_ text: String) { add(.paragraph(RichText(text))) }
  mutating func note(_ text: String) { add(.note(RichText(text))) }

  /// A quotation in its own words, with where it comes from.
  mutating func quote(_ text: String, source: String? = nil) {
    add(.quote(Quote(text: RichText(text), source: source)))
  }

  /// A bullet; `lead` is shown strong ("Father: unseen").
  mutating func item(_ text: String, lead: String? = nil, level: Int = 0) {
    append(
      ListEntry(
        marker: .bullet, lead: lead.map { RichText($0) }, text: RichText(text), level: level))
  }

  mutating func numbered(_ number: Int, _ text: String) {
    append(ListEntry(marker: .number(number), text: RichText(text)))
  }

  /// A labelled line under the entry before it, such as "Why: …".
  mutating func field(_ label: String, _ text: String) {
    let field = Field(label: label, value: RichText(text))
    guard case .list(var list) = blocks.last, !list.entries.isEmpty else {
      return add(.fields([field]))
    }
    // Taken out of the blocks first, so that the list is changed in place: changed while the
    // blocks still held it, it would be copied whole for every entry (quadratic in a long list).
    blocks.removeLast()
    list.entries[list.entries.count - 1].fields.append(field)
    blocks.append(.list(list))
  }

  private mutating func append(_ entry: ListEntry) {
    guard case .list(var list) = blocks.last else { return add(.list(List(entries: [entry]))) }
    blocks.removeLast()
    list.entries.append(entry)
    blocks.append(.list(list))
  }
}

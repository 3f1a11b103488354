/// Entries one under another: bullets or numbers, nested by level.
struct List: Equatable, Sendable {
  var entries: [ListEntry]
}

struct ListEntry: Equatable, Sendable {
  enum Marker: Equatable, Sendable {
    case bullet
    case number(Int)
  }

  var marker: Marker
  /// Shown strong before the text: "Father: unseen".
  var lead: RichText?
  var text: RichText
  /// 0 at the margin; 1 under the entry before it.
  var level: Int = 0
  /// Labelled lines under the entry, such as "Why: …" and "Source: …".
  var fields: [Field] = []
}

/// A label and its value, or a blank to write it on.
struct Field: Equatable, Sendable {
  var label: String
  /// nil leaves a line to write on.
  var value: RichText?
}

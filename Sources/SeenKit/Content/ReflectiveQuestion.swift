/// One of the eight reflective questions the briefings put to practitioners, in their own words.
struct ReflectiveQuestion: Equatable, Sendable, Identifiable {
  var id: String
  var text: String
  var source: SourceReference
}

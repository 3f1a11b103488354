/// One of the eight reflective questions the briefings put to practitioners, in their own words.
public struct ReflectiveQuestion: Equatable, Sendable, Identifiable {
  public var id: String
  public var text: String
  public var source: SourceReference
}

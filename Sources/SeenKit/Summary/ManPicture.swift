/// How detailed a picture a review holds of one man, for the Panel's question to partnerships
/// "How many social care assessments routinely include comprehensive and detailed pictures of
/// fathers?" (001 §18.4). A state of what the practitioner knows, never a label on him.
enum ManPicture: String, Equatable, Sendable, CaseIterable {
  /// Identified, contacted directly, and his history, his own views and the other agencies'
  /// checks known.
  case detailed
  /// Identified, and not contacted because contact must first be planned for safety: counted
  /// apart, never as detailed, since the picture still lacks him.
  case contactPlannedForSafety = "contact-planned-for-safety"
  /// Anything less.
  case notDetailed = "not-detailed"

  /// The items a detailed picture needs answered "yes".
  static let items = ["identified", "contacted", "history", "views", "agency-checks"]

  static func of(_ man: ManRecord) -> ManPicture {
    of(man, visibility: Visibility.of(man))
  }

  /// The same, for a man whose `Visibility` is worked out already.
  static func of(_ man: ManRecord, visibility: Visibility) -> ManPicture {
    if visibility == .contactPlannedForSafety { return .contactPlannedForSafety }
    // A detailed picture needs him identified and contacted: less seen than partly seen, he
    // is not detailed, whatever else is known (the same as asking each of `items`).
    guard visibility == .seen || visibility == .partlySeen else { return .notDetailed }
    return items.allSatisfy { man.answers[$0]?.value == .yes } ? .detailed : .notDetailed
  }
}

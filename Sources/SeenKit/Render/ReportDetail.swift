/// How much a gap report says about each gap.
public enum ReportDetail: String, Equatable, Sendable, CaseIterable {
  /// Every gap on a line or two with its next step in brief, cited by paragraph: a screen or two.
  case brief
  /// Every next step in full with what it rests on, and each item's *Why* and *Source* once.
  case full
}

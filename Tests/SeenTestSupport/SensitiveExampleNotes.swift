/// The notes the sensitive-field rule decides about, in the examples and scenarios: shared by
/// the in-process and the end-to-end tests of that rule.
public enum SensitiveExampleNotes {
  /// Notes in examples/safety-refuge.json on items the content marks sensitive, or on a
  /// "not applicable" for safety.
  public static let refuge = [
    "in a refuge in another town", "Non-molestation order; mother in refuge", "took her phone",
    "described by the mother", "afraid he will find them",
    // Where a safety concern is recorded, every note and reflection is sensitive.
    "probation not yet asked", "sighting of him near the refuge",
  ]
  /// The Derbyshire scenario's note on the safety question, printed in full in its workshop
  /// handout: a scenario's notes are its published source's words, not case notes.
  public static let scenario = ["the case study does not say by whom"]
}

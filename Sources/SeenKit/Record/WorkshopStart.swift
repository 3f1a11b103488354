/// Where a practice review of a training scenario started (`seen review --scenario NAME`), saved
/// in the record as `"workshop": {"scenario": "wiltshire", "start": "blank"}` (seen-review/6).
///
/// A participant's review of the scenario is a blank start: the scenario's men and case details,
/// no answers. `seen workshop debrief` reads only blank-start records of its scenario.
public struct WorkshopStart: Equatable, Sendable {
  /// How the review started.
  public enum Start: String, CaseIterable, Sendable {
    /// The scenario's men and case details, no answers (`--blank`).
    case blank
    /// The scenario's record of what was known and done at the time, its answers included.
    case atTheTime = "at-the-time"
  }

  /// The scenario's id, such as "wiltshire".
  public var scenario: String
  public var start: Start

  public init(scenario: String, start: Start) {
    self.scenario = scenario
    self.start = start
  }

  /// What heads every report and sheet of a practice review, and every printed page of it, so
  /// that a scenario's case reference and answers are never read as a real case's. A published
  /// case (Wiltshire, Derbyshire, Father AB) is real, so only a composite is "not a real case".
  public func titleMark(in content: Content) -> String {
    switch content.scenario(scenario)?.composite {
    case true?: "Training scenario: \(scenario) (a composite, not a real case)"
    case false?: "Training scenario: \(scenario) (a published case study)"
    case nil: "Training scenario: \(scenario)"
    }
  }

  /// A title with the mark before it: first, so that a page's running title, shortened to
  /// fit, keeps it.
  func marking(_ title: String, content: Content) -> String {
    titleMark(in: content) + ". " + title
  }

  var jsonValue: JSONValue {
    .object([("scenario", .string(scenario)), ("start", .string(start.rawValue))])
  }

  static func decode(_ reader: JSONObjectReader) throws(DataError) -> WorkshopStart {
    try reader.rejectUnknownKeys(allowed: ["scenario", "start"])
    let scenario = try reader.string("scenario")
    if scenario.isEmpty {
      throw reader.error(.emptyText, at: reader.value("scenario"), key: "scenario")
    }
    let word = try reader.string("start")
    guard let start = Start(rawValue: word) else {
      throw reader.error(
        .invalidValue(word, valid: Start.allCases.map(\.rawValue)), at: reader.value("start"),
        key: "start")
    }
    return WorkshopStart(scenario: scenario, start: start)
  }
}

/// What one of seen's own outputs is, read from its JSON (a workshop plan, a scenario, a gap
/// report), so that a folder of reviews holding one can say what it is ("is a seen workshop
/// plan, not a review record") rather than why it fails to read as a review. It reads only
/// the keys and the `format`, seen's own words, never text typed into the file.
public enum SeenOwnFile {
  /// The formats of seen's outputs, by the start of their `format`, and what each is.
  static let formats: [(prefix: String, kind: String)] = [
    ("seen-gap-report/", "a seen gap report"),
    ("seen-summary/", "a seen summary"),
    ("seen-debrief/", "a seen workshop debrief"),
    ("seen-workshop", "a seen workshop plan"),
    ("seen-combine/", "a seen combined review"),
    ("seen-actions/", "a seen action list"),
    ("seen-compare/", "a seen comparison"),
    ("seen-supervision/", "a seen supervision record"),
    ("seen-team-attention/", "a seen team list"),
    ("seen-content", "seen's content"),
  ]

  /// What the file is, when it is one of seen's own outputs other than a review record; nil for
  /// a review record, a file that is not JSON, or anything else.
  public static func kind(of bytes: [UInt8]) -> String? {
    guard let value = try? JSONParser.parse(bytes), case .object(let members) = value.kind else {
      return nil
    }
    let keys = Set(members.map(\.key))
    if let format = members.first(where: { $0.key == "format" }),
      case .string(let text) = format.value.kind
    {
      if text.hasPrefix("seen-review/") { return nil }
      return formats.first { text.hasPrefix($0.prefix) }?.kind
        ?? (text.hasPrefix("seen-") ? "one of seen's own files" : nil)
    }
    // The outputs without a format: a plan (`seen workshop NAME --steps --format json`), a
    // scenario (`seen scenarios show NAME --format json`) and the list of scenarios.
    if keys.isSuperset(of: ["scenario", "minutes", "steps"]) { return "a seen workshop plan" }
    if keys.isSuperset(of: ["narrative", "learningPoints", "record"]) {
      return "a seen scenario"
    }
    if keys == ["scenarios"] { return "seen's list of scenarios" }
    return nil
  }
}

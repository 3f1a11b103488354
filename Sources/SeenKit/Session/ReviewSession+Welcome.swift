/// The session's first screen (what this is, where the review is saved, the keys), and the
/// wrapping of messages of several paragraphs that the terminal shows around the prompts.
extension ReviewSession {
  /// The mark a practice review's screens carry (nil for a real case's review).
  public var scenarioMark: String? { record.workshop.map { $0.titleMark(in: content) } }

  /// The first screen: what this is, where the review is saved, and the keys.
  public static func welcome(
    savePath: String?, scenarioMark: String? = nil, keepsSharedMode: Bool = false, width: Int
  ) -> String {
    var lines: [String] = []
    lines.append("seen: a self-review of the men in this baby's life")
    lines.append("")
    lines.append(
      TextWrapping.wrap(
        "A reflection aid built on the Child Safeguarding Practice Review Panel's review \"The Myth of "
          + "Invisible Men\" (2021). It is not a risk assessment: it helps you see what you know and do not "
          + "yet know about each father or male carer, and what to do next.", width: width))
    lines.append("")
    if let savePath {
      lines.append(
        TextWrapping.wrap(
          "Your answers are saved as you go, to \(savePath)"
            // A resumed review in a team's shared folder keeps the permissions it had.
            + (keepsSharedMode
              ? " (its permissions are kept: those it is shared with can still read it)."
              : " (readable by you only)."),
          width: width))
    } else {
      lines.append(
        TextWrapping.wrap(
          "Your answers are saved as you go, once you have given the first one.", width: width))
    }
    if let scenarioMark {
      // A practice review: what is typed is about the scenario, never a real case.
      lines.append(
        TextWrapping.wrap(
          "\(scenarioMark). Notes and answers are about this scenario only; no real case details.",
          width: width))
    } else {
      lines.append(
        TextWrapping.wrap(
          "Use case references and labels such as \"Father\", never names.", width: width))
    }
    lines.append(
      TextWrapping.wrap(
        "At any question: ? why it matters, b back, Enter keeps the answer (or takes the one offered, or skips), q saves and quits.",
        width: width))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Wraps text that may hold several paragraphs, one line each.
  public static func wrapParagraphs(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextWrapping.wrap(String($0), width: width) }
      .joined(separator: "\n")
  }
}

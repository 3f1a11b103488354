/// Whom the fear or anxiety raised in a supervision was about (17.5), as typed at the terminal
/// ("2", "1,2", "a", "n") or given to `--fear-about` ("Partner", "all", "none"): the one reading
/// of both, so that the sheet can tick each man's box.
extension SupervisionSession {
  /// The men's labels, as the record spells them (empty for "not about one man"); nil where a
  /// word is neither a man's number, nor his label, nor "all" or "none" (a label the same as
  /// one of those words is taken as the man's).
  public static func fearAbout(_ typed: String, men: [ManRecord]) -> [String]? {
    let labels = men.map(\.label)
    // A man's own label wins over a word with a meaning here: a review may label a man "all".
    if let label = labels.first(where: { ManLabel.same($0, typed.trimmingWhitespace()) }) {
      return [label]
    }
    switch typed.trimmingWhitespace().lowercased() {
    case "a", "all": return labels
    case "n", "none", "not about one man": return []
    default: break
    }
    var chosen: [String] = []
    for part in typed.split(separator: ",") {
      let word = String(part).trimmingWhitespace()
      let label: String?
      if let number = Int(word) {
        label = number >= 1 && number <= labels.count ? labels[number - 1] : nil
      } else {
        label = labels.first { ManLabel.same($0, word) }
      }
      guard let label else { return nil }
      if !chosen.contains(label) { chosen.append(label) }
    }
    return chosen.isEmpty ? nil : chosen
  }
}

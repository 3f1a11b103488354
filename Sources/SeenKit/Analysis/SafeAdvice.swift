/// A piece of advice with what it rests on: a paragraph of the review where the review speaks,
/// and the wider practice guidance it names where the review does not.
struct SafeAdvice: Equatable, Hashable, Sendable {
  /// Plain English, written for practitioners (not a verbatim quotation).
  var advice: String
  /// The advice in one line, for the brief report; nil where `advice` is short already.
  var brief: String?
  /// The paragraphs the advice rests on, in the review or a briefing; empty where it rests on
  /// guidance alone.
  var sources: [SourceReference]
  /// Guidance beyond the review that the advice rests on, such as "NICE guideline PH50": said
  /// so that general practice is never presented as the review's finding.
  var guidance: String?

  init(
    advice: String, brief: String? = nil, sources: [SourceReference], guidance: String?
  ) {
    self.advice = advice
    self.brief = brief
    self.sources = sources
    self.guidance = guidance
  }

  /// The review's paragraph on planning contact for safety, which every safe form rests on.
  static let safePlanningSection = "17.2"

  /// The same advice citing only what it rests on beyond contact planned for safety: no 17.2
  /// where it cites other paragraphs too. For a line under a heading that cites it once. Its
  /// own guidance stays marked, so that advice from guidance never reads as the paragraph's.
  var withoutSafePlanningBasis: SafeAdvice {
    var trimmed: [SourceReference] = []
    for source in sources {
      guard source.document == Content.reviewDocument else {
        trimmed.append(source)
        continue
      }
      let sections = source.section.split(separator: ",").map { String($0).trimmingWhitespace() }
      let others = sections.filter { $0 != Self.safePlanningSection }
      if !others.isEmpty {
        trimmed.append(
          SourceReference(document: source.document, section: others.joined(separator: ", ")))
      }
    }
    // Advice that rests on 17.2 alone keeps it: a line is never left without its basis.
    if trimmed.isEmpty { trimmed = sources }
    return SafeAdvice(advice: advice, brief: brief, sources: trimmed, guidance: guidance)
  }

  /// The one-line form where there is one, else the advice itself.
  var briefAdvice: String { brief ?? advice }
}

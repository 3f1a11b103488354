import Foundation
import SeenTestSupport

@testable import SeenKit

/// The source texts in `../shared/seeds`, cut into the sections content cites, so that a quotation
/// or a number can be checked against the one place it claims to come from rather than against a
/// whole document.
///
/// The review (`myth-of-invisible-men`) is cut at its numbered paragraphs ("19.6."), its chapters
/// ("17") and a few named parts ("Executive summary", "Recommendation 1"); a range ("6.12–6.13")
/// runs from the first paragraph to the end of the last, and a list ("17.2, 15.3") is each part.
/// The other documents have no paragraph numbers: each is cut at its own headings, listed below,
/// in the order they appear.
struct SourceSections {
  /// Where the seeds were read from, for messages.
  let folder: URL
  private var texts: [String: String] = [:]
  /// Each document's line starts, and the review's paragraph starts, found once.
  private var lines: [String: [String.Index]] = [:]
  private var paragraphs: [Marker] = []

  /// Reads every document of the manifest; nil when the seeds folder is absent.
  init?(content: Content, folder: URL = PackagePaths.seeds) throws {
    guard FileManager.default.fileExists(atPath: folder.path) else { return nil }
    self.folder = folder
    for document in content.documents {
      let text = try String(
        contentsOf: folder.appendingPathComponent(document.seed), encoding: .utf8)
      let cleaned = Self.withoutPageFurniture(text)
      texts[document.id] = cleaned
      lines[document.id] = Self.lineStarts(in: cleaned)
    }
    if let review = texts[Content.reviewDocument], let starts = lines[Content.reviewDocument] {
      paragraphs = Self.paragraphMarkers(in: review, lines: starts)
    }
  }

  /// The text of one cited section, or nil where it does not resolve. `section` is one part of a
  /// list: "19.6", "6.12–6.13", "17", "box 7", "Key findings".
  func text(of document: String, section: String) -> String? {
    guard let source = texts[document], let lines = lines[document] else { return nil }
    if document == Content.reviewDocument {
      return Self.reviewSection(section, in: source, lines: lines, paragraphs: paragraphs)
    }
    guard let markers = Self.headings[document] else { return nil }
    return Self.headedSection(section, markers: markers, in: source, lines: lines)
  }

  /// Every part of a reference (comma-separated), each resolved; nil if any part does not resolve
  /// or is not written exactly (no spaces around it, an en dash in a range).
  func texts(of reference: SourceReference) -> [String]? {
    var parts: [String] = []
    for part in reference.section.split(separator: ",", omittingEmptySubsequences: false) {
      let name = part.trimmingWhitespace()
      let exact =
        reference.section.hasPrefix(String(part)) ? String(part) == name : part == " " + name
      guard exact, !name.contains("-"), let text = text(of: reference.document, section: name)
      else {
        return nil
      }
      parts.append(text)
    }
    return parts
  }

  /// The whole of a document, for the few checks that are not tied to a section.
  func whole(_ document: String) -> String? { texts[document] }

  // MARK: - The review

  /// "66 THE CHILD SAFEGUARDING PRACTICE REVIEW PANEL" and the like: the running head of every
  /// page of the review, which the extraction put inside paragraphs that run across pages; and
  /// the Foundations briefing's bold, kept by its extraction as Markdown `**`.
  private static func withoutPageFurniture(_ text: String) -> String {
    let text = text.replacingOccurrences(of: "**", with: "")
    let head = "THE CHILD SAFEGUARDING PRACTICE REVIEW PANEL"
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { line in
        guard line.contains(head) else { return true }
        let rest = line.replacingOccurrences(of: head, with: "")
        return !rest.allSatisfy { $0.isNumber || $0.isWhitespace }
      }
      .joined(separator: "\n")
  }

  /// Named parts of the review that have no paragraph number: each runs from its line to the
  /// line that starts the next.
  private static let reviewParts: [String: (start: String, end: String)] = [
    "Foreword": ("Foreword", "Executive summary"),
    "Executive summary": ("Executive summary", "Introduction"),
    "Recommendation 1": ("Recommendation 1", "Recommendation 2"),
    "Recommendation 2": ("Recommendation 2", "Recommendation 3"),
    "Recommendation 3": ("Recommendation 3", "20.5."),
  ]

  private struct Marker {
    var id: String
    var offset: String.Index
  }

  private static func reviewSection(
    _ section: String, in text: String, lines: [String.Index], paragraphs: [Marker]
  ) -> String? {
    if let part = reviewParts[section] {
      guard
        let start = lines.last(where: { isAlone(part.start, at: $0, in: text) }),
        let end = lines.first(where: {
          $0 > start && text[$0...].drop(while: { $0 == " " }).hasPrefix(part.end)
        })
      else { return nil }
      return String(text[start..<end])
    }
    let range = section.split(whereSeparator: { $0 == "–" || $0 == "-" }).map {
      $0.trimmingWhitespace()
    }
    guard let first = range.first, range.count <= 2 else { return nil }
    let last = range.last ?? first
    if !first.contains(".") {
      // A chapter: "17". A range of chapters is not a section: it would cite half the review.
      guard range.count == 1, let start = chapterStart(first, paragraphs, in: text, lines: lines),
        let next = Int(last).map({ String($0 + 1) })
      else { return nil }
      let end = chapterStart(next, paragraphs, in: text, lines: lines) ?? text.endIndex
      return start < end ? String(text[start..<end]) : nil
    }
    // A range of paragraphs stays inside one chapter ("6.12–6.13", not "5.1–19.6").
    guard first.prefix(while: { $0 != "." }) == last.prefix(while: { $0 != "." }),
      let startIndex = paragraphs.firstIndex(where: { $0.id == first }),
      let endIndex = paragraphs.firstIndex(where: { $0.id == last }), startIndex <= endIndex
    else { return nil }
    let start = paragraphs[startIndex].offset
    var end = endIndex + 1 < paragraphs.count ? paragraphs[endIndex + 1].offset : text.endIndex
    // A paragraph also ends where the next chapter begins.
    let chapter = String(last.prefix { $0 != "." })
    if let next = Int(chapter).map({ String($0 + 1) }),
      let heading = chapterStart(next, paragraphs, in: text, lines: lines), heading > start,
      heading < end
    {
      end = heading
    }
    return String(text[start..<end])
  }

  /// Numbered paragraphs in order. A number out of sequence (the extraction left a stray "20.1."
  /// inside recommendation 1, after 20.4) is not a paragraph start.
  private static func paragraphMarkers(in text: String, lines: [String.Index]) -> [Marker] {
    var markers: [Marker] = []
    var seen = Set<String>()
    var last = (chapter: 0, paragraph: 0)
    for start in lines {
      let line = text[start...].drop(while: { $0 == " " })
      let digits = line.prefix(while: { $0.isNumber || $0 == "." })
      let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count == 3, parts[2].isEmpty, let chapter = Int(parts[0]),
        let paragraph = Int(parts[1]),
        line.dropFirst(digits.count).first?.isWhitespace ?? true
      else { continue }
      let id = "\(chapter).\(paragraph)"
      guard !seen.contains(id), (chapter, paragraph) > last else { continue }
      seen.insert(id)
      last = (chapter, paragraph)
      markers.append(Marker(id: id, offset: line.startIndex))
    }
    return markers
  }

  /// The heading of chapter `number` ("17.  Supporting best practice"): the last line that starts
  /// with the number before the chapter's first paragraph (the contents list has one earlier).
  private static func chapterStart(
    _ number: String, _ paragraphs: [Marker], in text: String, lines: [String.Index]
  ) -> String.Index? {
    let firstParagraph = paragraphs.first { $0.id.hasPrefix(number + ".") }?.offset ?? text.endIndex
    return lines.last { start in
      guard start < firstParagraph else { return false }
      let line = text[start...].drop(while: { $0 == " " })
      guard line.hasPrefix(number + "."), let after = line.dropFirst(number.count + 1).first
      else { return false }
      return after == " "
    }
  }

  // MARK: - The briefings

  /// Each document's headings in order: a section runs from the last line starting with its
  /// heading to the next heading's line.
  private static let headings: [String: [(name: String, line: String)]] = [
    "hillingdon-briefing": [
      ("box 7", "7.Review"), ("box 1", "1. Introduction"), ("box 2", "2. Key Information"),
      ("box 6", "6. Conclusions"), ("box 5", "5. Four Tier Model"), ("box 4", "4. Findings"),
      ("box 3", "3.  Findings"),
    ],
    "bedfordshire-briefing": [
      ("Introduction", "# Invisible/Unseen Men"), ("Key findings", "## Key findings;"),
      ("Putting learning into practice", "## Putting learning into practice"),
      ("Key information", "Key Information:"),
      ("Key findings continued", "## Key findings continued;"),
    ],
    "panel-press-release": [
      ("Introduction", "New review investigates babies"),
      ("Annie Hudson", "Chair of the Child Safeguarding Practice Review Panel"),
      ("Charlotte Ramsden", "President of the Association of Directors"),
      ("Jeremy Davies", "Dr Jeremy Davies of the Fatherhood Institute"),
      ("Father AB", "As part of the review, a clinical psychologist"),
      ("Fieldwork", "The review engaged over 300 practitioners"),
      ("Recommendations", "Therefore, the review makes the following recommendations"),
      ("Notes to editors", "Notes to editors"),
    ],
    "foundations-2023": [
      ("Background", "BACKGROUND"), ("The evidence base", "THE EVIDENCE BASE"),
      ("Current practice", "CURRENT PRACTICE"),
      ("Case study 1: Derbyshire", "Case study 1: Derbyshire"),
      ("Case study 2: Wiltshire", "Case study 2: Wiltshire"),
      ("Recommendations", "RECOMMENDATIONS"),
      ("Recommendations for policy & practice", "Recommendations for policy & practice"),
      ("Recommendations for research", "Recommendations for research"),
    ],
  ]

  private static func headedSection(
    _ section: String, markers: [(name: String, line: String)], in text: String,
    lines: [String.Index]
  ) -> String? {
    let starts = markers.map { marker in
      lines.last { text[$0...].drop(while: { $0 == " " }).hasPrefix(marker.line) }
    }
    guard let index = markers.firstIndex(where: { $0.name == section }),
      let start = starts[index]
    else { return nil }
    let end = starts.compactMap { $0 }.filter { $0 > start }.min() ?? text.endIndex
    return String(text[start..<end])
  }

  // MARK: - Lines

  private static func lineStarts(in text: String) -> [String.Index] {
    var starts = [text.startIndex]
    var index = text.startIndex
    while let newline = text[index...].firstIndex(of: "\n") {
      index = text.index(after: newline)
      starts.append(index)
    }
    return starts
  }

  /// A heading on a line of its own ("Executive summary", not "Executive summary  6").
  private static func isAlone(_ heading: String, at start: String.Index, in text: String) -> Bool {
    let line = text[start...].prefix { $0 != "\n" }
    return line.trimmingWhitespace() == heading
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> String {
    String(self).trimmingCharacters(in: .whitespaces)
  }
}

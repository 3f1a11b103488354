import Foundation

/// How the source texts and the content are compared: normalisation, finding a quotation, and
/// the numbers and paragraph references a text states.
public enum SourceText {
  /// Folds what the text extraction changed: line breaks and runs of spaces, a hyphen broken at
  /// a line end, curly quotes, dashes, case.
  public static func normalised(_ text: String) -> String {
    var result = ""
    var space = false
    for character in text.lowercased() {
      if character.isWhitespace {
        space = true
        continue
      }
      // "multi-\nagency" and "multi- agency" are "multi-agency".
      if space && !result.isEmpty && result.last != "-" { result.append(" ") }
      space = false
      switch character {
      case "\u{2018}", "\u{2019}", "\u{201B}", "\u{2032}": result.append("'")
      case "\u{201C}", "\u{201D}", "\u{201F}", "\u{2033}": result.append("\"")
      case "\u{2010}", "\u{2011}", "\u{2013}", "\u{2014}", "\u{2212}": result.append("-")
      default: result.append(character)
      }
    }
    return result
  }

  // MARK: - Quotations

  /// Words that a cut ("...") may never drop: a cut that removes one can reverse the source.
  private static let negations: Set<String> = [
    "not", "no", "never", "nor", "none", "without", "cannot", "nothing", "neither",
  ]

  /// Why `quotation` is not the source's words in `section`, or nil when it is. The quotation
  /// is found after normalisation only, starting and ending on whole words; "..." or "…" marks
  /// a cut, and then every part has at least three words, the parts are in the source's order,
  /// and no cut drops a negation.
  /// - Parameter minimumWords: two, so that a stray word cannot pass as a quotation; one for the
  ///   four tier model's figure, whose labels are single words ("Processes").
  public static func problem(quoting quotation: String, in section: String, minimumWords: Int = 2)
    -> String?
  {
    let text = normalised(section)
    let parts = quotation.replacingOccurrences(of: "…", with: "...")
      .components(separatedBy: "...").map(normalised)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    guard !parts.isEmpty, words(in: parts.joined(separator: " ")).count >= minimumWords else {
      return minimumWords > 1 ? "it is empty or a single word" : "it is empty"
    }
    if parts.count > 1, let short = parts.first(where: { words(in: $0).count < 3 }) {
      return "a part between cuts is shorter than three words: \"\(short)\""
    }
    var from = text.startIndex
    var previousEnd: String.Index?
    for part in parts {
      guard let range = wholeWordRange(of: part, in: text, from: from) else {
        return previousEnd == nil
          ? "not found on whole words: \"\(part)\""
          : "not found after the part before it: \"\(part)\""
      }
      if let previousEnd {
        let dropped = Set(words(in: String(text[previousEnd..<range.lowerBound])))
        if let negation = dropped.intersection(negations).sorted().first {
          return "a cut drops \"\(negation)\" before \"\(part)\""
        }
      }
      previousEnd = range.upperBound
      from = range.upperBound
    }
    return nil
  }

  /// The first occurrence of `part` at or after `from` that starts and ends on a word boundary.
  private static func wholeWordRange(of part: String, in text: String, from: String.Index)
    -> Range<String.Index>?
  {
    var start = from
    while let range = text.range(of: part, range: start..<text.endIndex) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let startsWord = before.map { !($0.isLetter || $0.isNumber) } ?? true
      let endsWord = after.map { !($0.isLetter || $0.isNumber) } ?? true
      // A quotation that begins or ends with punctuation has its boundary in it.
      let partStartsWord = part.first.map { !($0.isLetter || $0.isNumber) } ?? true
      let partEndsWord = part.last.map { !($0.isLetter || $0.isNumber) } ?? true
      if (startsWord || partStartsWord) && (endsWord || partEndsWord) { return range }
      start = text.index(after: range.lowerBound)
    }
    return nil
  }

  private static func words(in text: String) -> [String] {
    text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
      .map(String.init)
  }

  /// The passages a plain-English text puts in quotation marks, of three words or more:
  /// “…”, "…" and ‘…’ or '…' (an apostrophe inside a word does not open or close one).
  public static func quotedPassages(in text: String) -> [String] {
    var passages: [String] = []
    let characters = Array(text)
    let pairs: [Character: Set<Character>] = [
      "\u{201C}": ["\u{201D}"], "\"": ["\""], "\u{2018}": ["\u{2019}"], "'": ["'"],
    ]
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let before = index == 0 ? " " : characters[index - 1]
      guard let closers = pairs[character], !(before.isLetter || before.isNumber) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count {
        let after = end + 1 < characters.count ? characters[end + 1] : " "
        if closers.contains(characters[end]) && !(after.isLetter || after.isNumber) { break }
        end += 1
      }
      guard end < characters.count else {
        index += 1
        continue
      }
      let passage = String(characters[(index + 1)..<end])
      if words(in: passage).count >= 3 { passages.append(passage) }
      index = end + 1
    }
    return passages
  }

  // MARK: - Numbers

  private static let units: [String: Int] = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  private static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
  ]
  /// Other words that state a number. "One" and "first" are left out: far more often a pronoun
  /// or an ordinary word ("if one is needed", "the first task") than a count; "second" too.
  private static let others: [String: Int] = [
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "half": 50, "twice": 2, "dozen": 12,
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "quarter": 25,
  ]

  /// The numbers a text states, as digits: "six" and "6" are "6", "sixty-four" is "64", "64%"
  /// and "64 per cent" are "64%" (a share, not a count), "1,001" is "1001". A paragraph
  /// reference ("8.2", "6.12–6.13") is a citation, not a number.
  public static func numbers(in text: String) -> Set<String> {
    let tokens = Self.tokens(in: text.lowercased())
    var numbers = Set<String>()
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      let next = index + 1 < tokens.count ? tokens[index + 1] : ""
      let afterNext = index + 2 < tokens.count ? tokens[index + 2] : ""
      var value: String?
      var used = 1
      if let ten = tens[token] {
        // "sixty-four" is one number; "sixty four" too.
        if next == "-", let unit = units[afterNext], unit < 10 {
          value = String(ten + unit)
          used = 3
        } else if let unit = units[next], unit < 10 {
          value = String(ten + unit)
          used = 2
        } else {
          value = String(ten)
        }
      } else if let unit = units[token] {
        value = String(unit)
      } else if let other = others[token], next != "-" {
        // "third-party" is not a number.
        value = String(other)
      } else if token.first?.isNumber == true, !token.contains(".") {
        value = String(token.replacingOccurrences(of: ",", with: "").prefix(while: \.isNumber))
      }
      if var value {
        let rest = tokens.dropFirst(index + used)
        if rest.first == "%" || Array(rest.prefix(2)) == ["per", "cent"] { value += "%" }
        numbers.insert(value)
      }
      index += used
    }
    return numbers
  }

  /// The numbers a text states, in the order it states them (for comparing two texts' order).
  public static func orderedNumbers(in text: String) -> [String] {
    var ordered: [String] = []
    for token in tokens(in: text.lowercased()) {
      let found = numbers(in: token).first.map { $0.replacingOccurrences(of: "%", with: "") }
      if let found { ordered.append(found) }
    }
    return ordered
  }

  /// Words, numbers ("1,001", "19.6"), "%" and "-" as tokens.
  private static func tokens(in text: String) -> [String] {
    var tokens: [String] = []
    var token = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      if character.isLetter || character.isNumber {
        token.append(character)
      } else if character == "." || character == ",", token.first?.isNumber == true, next.isNumber {
        token.append(character)
      } else {
        if !token.isEmpty { tokens.append(token) }
        token = ""
        if character == "%" || character == "-" { tokens.append(String(character)) }
      }
    }
    if !token.isEmpty { tokens.append(token) }
    return tokens
  }

  // MARK: - Paragraphs

  /// "8.1–8.3" is 8.1, 8.2 and 8.3; "17" stays "17", the chapter.
  public static func paragraphs(in section: String) -> [String] {
    section.split(separator: ",").flatMap { part -> [String] in
      let ends = part.split(whereSeparator: { $0 == "–" || $0 == "-" }).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard ends.count == 2, let first = ends.first, let last = ends.last,
        let chapter = first.split(separator: ".").first,
        last.hasPrefix(chapter + "."),
        let from = Int(first.split(separator: ".").last ?? ""),
        let to = Int(last.split(separator: ".").last ?? ""), from <= to
      else { return ends }
      return (from...to).map { "\(chapter).\($0)" }
    }
  }

  /// The paragraph numbers a text names: "(8.2)"; "12.10–12.11" names 12.10 and 12.11, and
  /// every paragraph between.
  public static func paragraphReferences(in text: String) -> [String] {
    var references: [String] = []
    var token = ""
    var previous: Character = " "
    var rangeStart: String?
    func flush(_ separator: Character) {
      let parts = token.split(separator: ".", omittingEmptySubsequences: false)
      if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) {
        if let start = rangeStart {
          references += paragraphs(in: "\(start)–\(token)").filter { $0 != start }
        } else {
          references.append(token)
        }
        rangeStart = separator == "–" ? token : nil
      } else {
        rangeStart = nil
      }
      token = ""
    }
    for character in text + " " {
      if character.isNumber || (character == "." && !token.isEmpty && !token.contains(".")) {
        if token.isEmpty && (previous.isLetter || previous.isNumber) {
          previous = character
          continue
        }
        token.append(character)
      } else {
        if token.hasSuffix(".") { token.removeLast() }
        if token.isEmpty {
          if character != "–" { rangeStart = nil }
        } else {
          flush(character)
        }
      }
      previous = character
    }
    return references
  }
}

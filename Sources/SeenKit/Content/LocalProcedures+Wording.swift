/// The words of a local file: folding look-alike letters, spotting a citation of the review under
/// another name, and the phrases a safe step should avoid. Used by the checks in LocalChecker.
extension LocalProcedures {
  /// Characters that do not show but can make a text or a link read other than it is: those
  /// every terminal output strips (`TextSafety.isInvisible`: bidirectional controls and marks,
  /// zero-width space, word joiner, soft hyphen, byte-order mark), and the zero-width joiner
  /// and non-joiner, which a terminal keeps for emoji and other scripts but a local text has no
  /// use for.
  /// Every format character (Unicode category Cf) and default-ignorable code point counts
  /// (`TextSafety.isDefaultIgnorableOrFormat`: the Hangul fillers, variation selectors, tags,
  /// the Mongolian vowel separator, invisible operators and the rest).
  static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
    TextSafety.isDefaultIgnorableOrFormat(scalar)
  }

  /// A line break of any kind (U+2028 and U+2029 too), a tab or another control character: a
  /// local text is shown on one line.
  static func isControlOrLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    TextSafety.isControl(scalar) || TextSafety.isLineBreak(scalar) || scalar == "\t"
  }

  /// A name compared case- and space-insensitively: "Myth of invisible  men" is the review's.
  static func folded(_ name: String) -> String {
    String(name.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// A title reduced to its words, for comparing citations: lower case, curly and straight
  /// quotes and all other punctuation dropped, and the words "the" and "review(s)" left out.
  static func titleWords(_ title: String) -> [String] {
    let letters = title.lowercased().unicodeScalars.map { scalar -> Character in
      scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : " "
    }
    return String(letters).split(separator: " ").map(String.init).filter {
      !["the", "review", "reviews", "s"].contains($0)
    }
  }

  /// Latin letters that Cyrillic and Greek ones look like, by lower-case code point.
  static let lookAlikes: [UInt32: Character] = [
    0x0430: "a", 0x0435: "e", 0x0456: "i", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y",
    0x0445: "x", 0x0455: "s", 0x0458: "j", 0x0454: "e", 0x0457: "i", 0x04CF: "l", 0x043C: "m",
    0x043D: "h", 0x0442: "t", 0x0432: "b", 0x043A: "k", 0x0501: "d",
    0x03BF: "o", 0x03B1: "a", 0x03B9: "i", 0x03BD: "v", 0x03B5: "e", 0x03C1: "p", 0x03C4: "t",
    0x03BA: "k", 0x03BC: "u", 0x03C5: "u", 0x03C7: "x", 0x03B7: "n", 0x03C9: "w",
  ]

  /// A text reduced to plain lower-case words for comparing names, without Foundation: letters
  /// folded (full-width Latin to ASCII, Cyrillic and Greek look-alikes to the Latin letter
  /// they look like), invisible characters and combining marks dropped, every other character
  /// that is not a letter or digit a space.
  static func plainWords(_ text: String) -> [String] {
    var letters = ""
    for scalar in text.lowercased().unicodeScalars {
      let value = scalar.value
      if TextSafety.isDefaultIgnorableOrFormat(scalar)
        || scalar.properties.generalCategory == .nonspacingMark
      {
        continue
      }
      if let latin = lookAlikes[value] {
        letters.append(latin)
      } else if (0xFF41...0xFF5A).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
        letters.append(Character(ascii))
      } else if (0xFF10...0xFF19).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
        letters.append(Character(ascii))
      } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        letters.unicodeScalars.append(scalar)
      } else {
        letters.append(" ")
      }
    }
    return letters.split(separator: " ").map(String.init)
  }

  /// Whether `word` is `key` or nearly: within 2 edits for a key of six letters or more, 1 for
  /// a shorter one ("invisble", "invisable", "mith").
  static func nearly(_ word: String, _ key: String) -> Bool {
    let most = key.count >= 6 ? 2 : 1
    // A length apart by more than `most` is never within reach: no table is needed.
    return word == key
      || (abs(word.count - key.count) <= most && word.editDistance(to: key) <= most)
  }

  /// Whether `text` names the review or the Panel, even nearly: "Myth of Invisible Men" with
  /// any spelling within two edits of each key word ("Myth of Invisble Men", "Myth Invisible
  /// Man", Cyrillic look-alikes), "Invisible Men" on its own, the "Child Safeguarding Practice
  /// Review Panel" nearly or as "CSPRP".
  static func nearlyNamesTheReview(_ text: String) -> Bool {
    let words = plainWords(text)
    for (index, word) in words.enumerated() {
      if word == "csprp" || word == "cspr" { return true }
      let next = words.dropFirst(index + 1).prefix(3)
      // "myth (of) (the) invisible", and "invisible men/man".
      if nearly(word, "myth"), next.contains(where: { nearly($0, "invisible") }) { return true }
      if nearly(word, "invisible"), let following = next.first,
        nearly(following, "men") || following == "man"
      {
        return true
      }
      // "Safeguarding Practice (Review) Panel", "Child Safeguarding Practice Review".
      if nearly(word, "safeguarding"), next.prefix(1).contains(where: { nearly($0, "practice") }),
        next.dropFirst().contains(where: { nearly($0, "panel") || nearly($0, "review") })
      {
        return true
      }
    }
    return false
  }

  /// Whether `text` cites the review as seen does, or names it: one of the content's own
  /// documents (its title or short name) followed by a comma and a paragraph number ("Myth of
  /// Invisible Men, 9.7", "(Foundations, Working with male carers, 4)"), or the review or the
  /// Panel named even nearly (`nearlyNamesTheReview`).
  static func citesTheReview(_ text: String, content: Content) -> Bool {
    if nearlyNamesTheReview(text) { return true }
    let plain = plainWords(text).joined(separator: " ")
    return content.documents.contains { document in
      [document.title, document.short].contains { name in
        let named = plainWords(name).joined(separator: " ")
        guard !named.isEmpty, let range = plain.firstRange(of: named + " ") else { return false }
        return plain[range.upperBound...].first?.isNumber == true
      }
    }
  }

  /// Names a local source may not take: the review and the Panel that wrote it.
  static let reviewNames = [
    ["myth", "of", "invisible", "men"], ["child", "safeguarding", "practice", "panel"],
    ["national", "panel"], ["practice", "panel"],
  ]

  /// Whether `name` is, contains or is contained in one of `content`'s own documents (its title
  /// or short name), or names the review or the Panel, once case, punctuation, quotes, "the"
  /// and "review" are set aside: a local item cites the partnership's own policy, never the
  /// review or its briefings ("The Myth of Invisible Men review", "Child Safeguarding Practice
  /// Review Panel", "Panel report").
  static func isContentDocument(_ name: String, content: Content) -> Bool {
    let typed = titleWords(name)
    guard !typed.isEmpty else { return false }
    let joined = " " + typed.joined(separator: " ") + " "
    let contains = { (words: [String]) -> Bool in
      !words.isEmpty && joined.contains(" " + words.joined(separator: " ") + " ")
    }
    // A title of one word ("Men", "Safeguarding") is too short to say it is one of them.
    let isWithin = { (words: [String]) -> Bool in
      typed.count > 1 && (" " + words.joined(separator: " ") + " ").contains(joined)
    }
    if content.documents.contains(where: { document in
      [document.title, document.short].map(titleWords).contains { contains($0) || isWithin($0) }
    }) {
      return true
    }
    // "Panel", "The Panel's briefing": the Panel named as the source's author; and the review
    // or the Panel named nearly ("Myth of Invisble Men", "Invіsіble Men", "CSPRP").
    return reviewNames.contains(where: contains) || typed.first == "panel"
      || nearlyNamesTheReview(name)
  }

  /// The avoid list of practice-safety advice where abuse is known or suspected: phrases a
  /// step for safety should not hold, each with its key words (one of each set, in order, at
  /// most two other words between two of them, in one sentence) and what to do instead. "ask
  /// the mother" is only on the list where "alone" does not follow it in the same sentence.
  static let avoidInSafeSteps: [(phrase: String, words: [Set<String>], instead: String)] = [
    (
      "share the plan with him", [["share"], ["plan"], ["with"], ["him", "father"]],
      "share with him only a version of a plan that is safe for him to see"
    ),
    (
      "a time he can attend", [["time"], ["he"], ["can"], ["attend"]],
      "decide with your manager whether, and how, he takes part"
    ),
    (
      "send a letter to the home", [["send"], ["letter"], ["to"], ["home"]],
      "a letter to the home can reach him; decide with your manager how to reach the mother safely"
    ),
    (
      "write to him at home", [["write"], ["to"], ["him"], ["at"], ["home"]],
      "a letter to the home can reach him; decide with your manager how to reach the mother safely"
    ),
    (
      "ask him about the relationship", [["ask"], ["him"], ["about"], ["relationship"]],
      "ask the mother about the relationship, alone"
    ),
    (
      "let him know what she said",
      [["let"], ["him"], ["know"], ["what"], ["she", "mother", "mum"], ["said"]],
      "never tell him what the mother has said about him"
    ),
    (
      "next supervision", [["next"], ["supervision"]],
      "talk to your manager now; do not wait for supervision"
    ),
    (
      "ask the mother", [["ask"], ["mother", "mum"]],
      "ask the mother only when she is alone and safe"
    ),
  ]

  /// `text` as the avoid list reads it: lower case, curly apostrophes straight, invisible
  /// characters (`isInvisibleFormatting`, `isDefaultIgnorableOrFormat`) dropped so that none
  /// can split a phrase, and cut into sentences of words (letters, digits and apostrophes).
  static func sentencesOfWords(_ text: String) -> [[Substring]] {
    var plain = String.UnicodeScalarView()
    for scalar in text.lowercased().unicodeScalars {
      if TextSafety.isDefaultIgnorableOrFormat(scalar) { continue }
      plain.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
    }
    return String(plain).split(whereSeparator: { ".;!?".contains($0) }).map { sentence in
      sentence.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") })
    }
  }

  /// Where `words` (one of each set, in order, at most two other words between two of them)
  /// start and end in `sentence`, the first time they do from `from` on.
  static func match(_ words: [Set<String>], in sentence: [Substring], from: Int) -> Range<Int>? {
    func rest(_ key: Int, after index: Int) -> Int? {
      guard key < words.count else { return index }
      for next in (index + 1)..<min(index + 4, sentence.count)
      where words[key].contains(String(sentence[next])) {
        if let end = rest(key + 1, after: next) { return end }
      }
      return nil
    }
    var start = from
    while start < sentence.count {
      if words[0].contains(String(sentence[start])), let end = rest(1, after: start) {
        return start..<(end + 1)
      }
      start += 1
    }
    return nil
  }

  /// The avoid-list phrases `text` holds, in the list's order (case, curly or straight
  /// apostrophes, spacing, invisible characters and up to two words between key words set aside).
  static func avoidedPhrases(in text: String) -> [(phrase: String, instead: String)] {
    let sentences = sentencesOfWords(text)
    return avoidInSafeSteps.filter { entry in
      sentences.contains { sentence in
        var from = 0
        while let found = match(entry.words, in: sentence, from: from) {
          // Each "ask the mother" needs "alone" before its sentence ends.
          if entry.phrase != "ask the mother" || !sentence[found.upperBound...].contains("alone") {
            return true
          }
          from = found.lowerBound + 1
        }
        return false
      }
    }.map { ($0.phrase, $0.instead) }
  }

  /// Keys of an item the review's content holds: a local file may not set them.
  static let reviewTextKeys: Set<String> = [
    "text", "quote", "figure", "figures", "source", "sources", "title", "prompt",
    "promptNotFather", "why", "next", "brief", "nextGuidance", "safeNext", "questions",
    "riskFactors", "scope", "kind", "tier", "sensitive", "needsSafeForm", "notApplicable", "id",
  ]
  /// Keys that would name a person: contacts are roles.
  static let personalKeys: Set<String> = [
    "name", "person", "firstName", "lastName", "surname", "contactName", "fullName",
  ]
}

/// Reading and checking a local file (`seen-local/1`). Every problem is collected, each with its
/// JSON path, so that `seen content --check` lists them all in one run.
extension LocalProcedures {
  /// The most characters (Unicode scalars) each text may hold: enough for any real entry, and
  /// short enough that a local addition stays a line or two under the review's own text.
  /// Documented in Resources/README.md.
  public static let limits: [(field: String, most: Int)] = [
    ("partnership", 120), ("version", 40), ("role", 80), ("how", 200), ("locally", 600),
    ("locallyForSafety", 600),
    ("link title", 120), ("url", 500), ("title", 60), ("question", 400), ("why", 600),
    ("next", 600), ("nextForSafety", 600), ("document", 200), ("section", 60),
  ]
  /// The most entries each list may hold.
  public static let mostEntries = 50

  static func limit(_ field: String) -> Int {
    limits.first { $0.field == field }?.most ?? 200
  }

  static let topLevelKeys = [
    "format", "partnership", "version", "contacts", "items", "extraItems", "links", "documents",
  ]
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

  /// Reads a local file against `content` (its item ids): the procedures, or every problem.
  ///
  /// - Parameter file: how the file is named in problems.
  public static func check(_ bytes: [UInt8], file: String?, content: Content)
    -> (local: LocalProcedures?, problems: [DataError])
  {
    let checked = checked(bytes, file: file, content: content)
    return (checked.local, checked.problems)
  }

  /// The content's own safe step for a local item that gives no `nextForSafety`: its advice on
  /// deciding contact with a manager or safeguarding lead first (17.2), with its basis.
  static func genericSafeStep(_ content: Content) -> SafeAdvice? {
    content.safety.points.first { $0.sources.contains { $0.section.contains("17.2") } }
      ?? content.safety.points.first
  }

  /// Problems sorted by line and column, stably. One without a place (a missing key) stays
  /// after the problem found before it, which is in the same object or just before it.
  static func inLineOrder(_ errors: [DataError]) -> [DataError] {
    var last = SourcePosition(line: 0, column: 0)
    let keyed = errors.enumerated().map { offset, error -> (SourcePosition, Int, DataError) in
      if let position = error.position { last = position }
      return (last, offset, error)
    }
    return keyed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.2)
  }

  /// `check`, with the warnings too: texts that pass but hold words to avoid in a step for
  /// safety (`avoidInSafeSteps`), each with its JSON path. Warnings never make a file invalid.
  public static func checked(_ bytes: [UInt8], file: String?, content: Content)
    -> (local: LocalProcedures?, problems: [DataError], warnings: [DataError])
  {
    let root: JSONValue
    // A key given twice is a problem, and the check goes on past it (the first is read).
    var duplicates: [JSONParser.SyntaxError] = []
    do {
      root = try JSONParser.parse(bytes, duplicates: &duplicates)
    } catch {
      return (
        nil,
        [
          DataError(file: file, position: error.position, path: "", problem: .syntax(error.message))
        ],
        []
      )
    }
    var checker = LocalChecker(file: file, content: content)
    checker.problems = duplicates.map {
      DataError(file: file, position: $0.position, path: "", problem: .syntax($0.message))
    }
    let local = checker.read(root)
    // In line order, as the file reads (a missing key, which has no place, first); warnings too.
    checker.problems = LocalProcedures.inLineOrder(checker.problems)
    checker.warnings = LocalProcedures.inLineOrder(checker.warnings)
    if var local, checker.problems.isEmpty {
      local.path = file
      return (local, [], checker.warnings)
    }
    return (nil, checker.problems, checker.warnings)
  }
}

/// One reading of a local file and every problem found, in file order.
private struct LocalChecker {
  let file: String?
  let content: Content
  var problems: [DataError] = []
  /// Texts that pass but hold words to avoid: listed, never refused.
  var warnings: [DataError] = []

  init(file: String?, content: Content) {
    self.file = file
    self.content = content
  }

  mutating func problem(_ message: String, at value: JSONValue?, path: String) {
    problems.append(
      DataError(file: file, position: value?.position, path: path, problem: .other(message)))
  }

  mutating func problem(_ kind: DataError.Problem, at value: JSONValue?, path: String) {
    problems.append(DataError(file: file, position: value?.position, path: path, problem: kind))
  }

  /// Warns where a step for safety (`locallyForSafety`, `nextForSafety`) holds a phrase from
  /// the avoid list of practice-safety advice: it is shown exactly where abuse is known or
  /// suspected, and trusted as written.
  mutating func avoidList(_ text: String?, in fields: [JSONValue.Member], key: String, path: String)
  {
    guard let text else { return }
    for entry in LocalProcedures.avoidedPhrases(in: text) {
      let without = entry.phrase == "ask the mother" ? " without \"alone\"" : ""
      warnings.append(
        DataError(
          file: file, position: fields.first { $0.key == key }?.value.position,
          path: Self.child(path, key),
          problem: .other(
            "a step for safety says \"\(entry.phrase)\"\(without), words to avoid where abuse is known or suspected (\(entry.instead)); check it with your safeguarding lead and reword it."
          )))
    }
  }

  static func child(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  mutating func object(_ value: JSONValue, path: String) -> [JSONValue.Member]? {
    guard case .object(let members) = value.kind else {
      problem(.wrongType(expected: "an object", found: value.typeName), at: value, path: path)
      return nil
    }
    return members
  }

  mutating func array(_ value: JSONValue?, path: String) -> [JSONValue] {
    guard let value else { return [] }
    guard case .array(let elements) = value.kind else {
      problem(.wrongType(expected: "a list", found: value.typeName), at: value, path: path)
      return []
    }
    if elements.count > LocalProcedures.mostEntries {
      problem(
        "the list has \(elements.count) entries; a local file holds at most \(LocalProcedures.mostEntries) in one list.",
        at: value, path: path)
      // The rest is not read: the list must be cut anyway, and checking thousands of entries
      // would only bury this line.
      return Array(elements.prefix(LocalProcedures.mostEntries))
    }
    return elements
  }

  /// Refuses unknown keys, keys that would change the review's own text (`review`) and keys
  /// that would name a person.
  mutating func keys(
    _ members: [JSONValue.Member], allowed: [String], path: String, review: Bool = false
  ) {
    for member in members where !allowed.contains(member.key) {
      let at = Self.child(path, member.key)
      if LocalProcedures.personalKeys.contains(member.key) {
        problem(
          "a contact is a role, never a person's name; remove \(member.key.quotedInMessage) and say who by role in \"role\".",
          at: member.value, path: at)
      } else if review && LocalProcedures.reviewTextKeys.contains(member.key) {
        problem(
          "a local file cannot change the review's own text, quotations, citations or figures; add your next step as \"locally\" and your links as \"links\".",
          at: member.value, path: at)
      } else {
        problem(.unknownKey(member.key, valid: allowed), at: member.value, path: at)
      }
    }
  }

  /// A text: a string, not empty, within its limit, without control characters; nil when
  /// missing (a problem when `required`) or wrong.
  mutating func text(
    _ members: [JSONValue.Member], _ key: String, path: String, limit field: String? = nil,
    required: Bool = true
  ) -> String? {
    guard let value = members.first(where: { $0.key == key })?.value else {
      if required { problem(.missingKey(key), at: nil, path: path) }
      return nil
    }
    let at = Self.child(path, key)
    guard case .string(let text) = value.kind else {
      problem(.wrongType(expected: "a string", found: value.typeName), at: value, path: at)
      return nil
    }
    let trimmed = text.trimmingWhitespace()
    if trimmed.isEmpty {
      problem("the text is empty; write it, or leave the key out.", at: value, path: at)
      return nil
    }
    let most = LocalProcedures.limit(field ?? key)
    let count = text.unicodeScalars.count
    if count > most {
      problem(
        "the text is \(count) characters long; \(field ?? key) holds at most \(most), so shorten it.",
        at: value, path: at)
      return nil
    }
    // Any line break counts, a plain one too: a local text is shown on one line, and a line of
    // its own could pass itself off as the review's.
    if text.unicodeScalars.contains(where: LocalProcedures.isControlOrLineBreak) {
      problem(
        "the text holds control characters (such as a tab or a line break); write it on one line.",
        at: value, path: at)
      return nil
    }
    if text.unicodeScalars.contains(where: LocalProcedures.isInvisibleFormatting) {
      problem(
        "the text holds invisible characters (a bidirectional control, a zero-width or other format character, a filler or a soft hyphen) that can hide or reorder what it shows; type it again without them.",
        at: value, path: at)
      return nil
    }
    return trimmed
  }

  mutating func read(_ root: JSONValue) -> LocalProcedures? {
    guard let members = object(root, path: "") else { return nil }
    let formatOK = format(members)
    let partnership = text(members, "partnership", path: "")
    let version = text(members, "version", path: "")
    keys(members, allowed: LocalProcedures.topLevelKeys, path: "")
    var local = LocalProcedures(partnership: partnership ?? "", version: version ?? "")
    let value = { (key: String) in members.first { $0.key == key }?.value }
    // Roles seen so far, folded once each: a set, so that a long list stays linear.
    var roles = Set<String>()
    for (offset, element) in array(value("contacts"), path: "contacts").enumerated() {
      if let contact = contact(element, path: "contacts[\(offset)]") {
        if !roles.insert(LocalProcedures.folded(contact.role)).inserted {
          problem(
            "the role \(contact.role.quotedInMessage) is listed twice; give each role once, with every way to reach it in \"how\".",
            at: element, path: "contacts[\(offset)].role")
        } else {
          local.contacts.append(contact)
        }
      }
    }
    if let items = value("items"), let entries = object(items, path: "items") {
      for member in entries {
        if let addition = addition(member, path: Self.child("items", member.key)) {
          local.additions.append((member.key, addition))
        }
      }
    }
    local.links = links(value("links"), path: "links")
    var documentTitles = Set<String>()
    for (offset, element) in array(value("documents"), path: "documents").enumerated() {
      let path = "documents[\(offset)]"
      guard let fields = object(element, path: path) else { continue }
      keys(fields, allowed: ["title", "url"], path: path)
      var title = text(fields, "title", path: path, limit: "document")
      if let named = title, LocalProcedures.isContentDocument(named, content: content) {
        ownSource(
          named, at: fields.first { $0.key == "title" }?.value, path: Self.child(path, "title"))
        title = nil
      }
      let url = link(fields, path: path, required: false)
      if let named = title, !documentTitles.insert(LocalProcedures.folded(named)).inserted {
        problem(
          "the document \(named.quotedInMessage) is listed twice; give each document once.",
          at: fields.first { $0.key == "title" }?.value, path: Self.child(path, "title"))
        title = nil
      }
      if let title { local.documents.append(.init(title: title, url: url)) }
    }
    var ids = Set(content.checklist.map(\.id))
    for (offset, element) in array(value("extraItems"), path: "extraItems").enumerated() {
      let path = "extraItems[\(offset)]"
      // A second item with an id already used is named as such, and its other problems too.
      var duplicate = false
      if case .object(let fields) = element.kind,
        let idValue = fields.first(where: { $0.key == "id" })?.value,
        case .string(let id) = idValue.kind, !ids.insert(id.trimmingWhitespace()).inserted
      {
        duplicate = true
        problem(
          "the id \(id.quotedInMessage) is used twice; give each extra item its own id.",
          at: idValue, path: Self.child(path, "id"))
      }
      guard let (item, itemLinks) = extraItem(element, path: path, documents: local.documents),
        !duplicate
      else { continue }
      local.extraItems.append(item)
      if !itemLinks.isEmpty { local.extraLinks[item.id] = itemLinks }
    }
    guard formatOK, partnership != nil, version != nil else { return nil }
    return local
  }

  /// A local text (a step, a title, a question, a section) that names the review, even nearly,
  /// or cites one of the content's own documents as seen does: one problem for the field, and
  /// the text is not used. Nil stays nil.
  mutating func ownText(_ text: String?, in fields: [JSONValue.Member], key: String, path: String)
    -> String?
  {
    guard let text else { return nil }
    guard LocalProcedures.citesTheReview(text, content: content) else { return text }
    problem(
      "the text names the review or cites it as seen does (\"Myth of Invisible Men, 9.7\"): a local file's own text cannot speak for the review; say it in your partnership's words, citing your own policy in \"source\".",
      at: fields.first { $0.key == key }?.value, path: Self.child(path, key))
    return nil
  }

  /// A local item or document that names one of the content's own documents.
  mutating func ownSource(_ name: String, at value: JSONValue?, path: String) {
    problem(
      "\(name.quotedInMessage) names the review, the Panel or a document seen's own content quotes: a local item cites the partnership's own documents, not the review; name your partnership's own policy instead.",
      at: value, path: path)
  }

  /// "format": "seen-local/1".
  mutating func format(_ members: [JSONValue.Member]) -> Bool {
    guard let value = members.first(where: { $0.key == "format" })?.value else {
      problem(.missingKey("format"), at: nil, path: "")
      return false
    }
    guard case .string(let format) = value.kind else {
      problem(.wrongType(expected: "a string", found: value.typeName), at: value, path: "format")
      return false
    }
    if format == LocalProcedures.format { return true }
    let prefix = "seen-local/"
    if format.hasPrefix(prefix), let number = Int(format.dropFirst(prefix.count)), number > 1 {
      problem(
        "this local file is \(format.quotedInMessage), newer than this seen reads (\"\(LocalProcedures.format)\"); update seen, or ask for the file in the older format.",
        at: value, path: "format")
    } else {
      problem(
        "the format is \(format.quotedInMessage), but a local file is \"\(LocalProcedures.format)\".",
        at: value, path: "format")
    }
    return false
  }

  mutating func contact(_ value: JSONValue, path: String) -> LocalProcedures.Contact? {
    guard let fields = object(value, path: path) else { return nil }
    keys(fields, allowed: ["role", "how"], path: path)
    let role = text(fields, "role", path: path)
    let how = text(fields, "how", path: path)
    guard let role, let how else { return nil }
    return .init(role: role, how: how)
  }

  /// What is added to one of the review's items.
  mutating func addition(_ member: JSONValue.Member, path: String)
    -> LocalProcedures.Addition?
  {
    let fields = object(member.value, path: path)
    if member.key.hasPrefix(LocalProcedures.itemPrefix) {
      problem(
        "\(member.key.quotedInMessage) is a local item: write its next step and links in its own entry in \"extraItems\".",
        at: member.value, path: path)
      return nil
    }
    guard let position = content.index.positions[member.key] else {
      problem(
        "unknown checklist item \(member.key.quotedInMessage); a local file adds to the review's items (seen content lists their ids) or adds its own in \"extraItems\".",
        at: member.value, path: path)
      return nil
    }
    guard let fields else { return nil }
    keys(fields, allowed: ["locally", "locallyForSafety", "links"], path: path, review: true)
    let locally = ownText(
      text(fields, "locally", path: path, required: false), in: fields, key: "locally", path: path)
    let forSafety = ownText(
      text(fields, "locallyForSafety", path: path, required: false), in: fields,
      key: "locallyForSafety", path: path)
    avoidList(forSafety, in: fields, key: "locallyForSafety", path: path)
    if forSafety != nil, content.checklist[position].safeNext == nil {
      problem(
        "\(member.key.quotedInMessage) has no safe form, so \"locallyForSafety\" would never be shown; write the step in \"locally\".",
        at: fields.first { $0.key == "locallyForSafety" }?.value,
        path: Self.child(path, "locallyForSafety"))
    }
    let links = links(fields.first { $0.key == "links" }?.value, path: Self.child(path, "links"))
    // Beside the review's safe form, an addition without a step for safety shows nothing.
    if forSafety == nil, content.checklist[position].safeNext != nil,
      locally != nil || !links.isEmpty
    {
      warnings.append(
        DataError(
          file: file, position: member.value.position, path: path,
          problem: .other(
            "\(member.key.quotedInMessage) has a safe form in the review but no \"locallyForSafety\", so its local step and links are not shown where contact is planned for safety; add a \"locallyForSafety\" step safe to follow then, if there is one."
          )))
    }
    if fields.isEmpty {
      problem(
        "the entry adds nothing; give \"locally\", \"locallyForSafety\" or \"links\", or leave the item out.",
        at: member.value, path: path)
    }
    guard locally != nil || forSafety != nil || !links.isEmpty else { return nil }
    return .init(locally: locally, locallyForSafety: forSafety, links: links)
  }

  mutating func links(_ value: JSONValue?, path: String) -> [LocalProcedures.Link] {
    var result: [LocalProcedures.Link] = []
    for (offset, element) in array(value, path: path).enumerated() {
      let at = "\(path)[\(offset)]"
      guard let fields = object(element, path: at) else { continue }
      keys(fields, allowed: ["title", "url"], path: at)
      let title = text(fields, "title", path: at, limit: "link title")
      let url = link(fields, path: at, required: true)
      if let title, let url { result.append(.init(title: title, url: url)) }
    }
    return result
  }

  /// An http(s) link: "https://" or "http://", a host, and no spaces.
  mutating func link(_ fields: [JSONValue.Member], path: String, required: Bool) -> String? {
    guard let url = text(fields, "url", path: path, required: required) else { return nil }
    let lower = url.lowercased()
    let rest =
      lower.hasPrefix("https://")
      ? lower.dropFirst(8) : lower.hasPrefix("http://") ? lower.dropFirst(7) : nil
    guard let rest,
      let host = rest.split(whereSeparator: { "/?#".contains($0) }).first, !host.isEmpty,
      !url.contains(" ")
    else {
      problem(
        "not an http(s) link; write the whole address, starting https://.",
        at: fields.first { $0.key == "url" }?.value, path: Self.child(path, "url"))
      return nil
    }
    // "https://a.example@evil.example/" goes to evil.example: a user name or password before
    // the host only hides where a link goes.
    if host.contains("@") {
      problem(
        "the link holds a user name or password before its host (\"…@\"), which hides where it goes; write the address without it.",
        at: fields.first { $0.key == "url" }?.value, path: Self.child(path, "url"))
      return nil
    }
    return url
  }

  /// One of the partnership's own items.
  mutating func extraItem(
    _ value: JSONValue, path: String, documents: [LocalProcedures.PolicyDocument]
  ) -> (ChecklistItem, [LocalProcedures.Link])? {
    guard let fields = object(value, path: path) else { return nil }
    keys(
      fields,
      allowed: [
        "id", "level", "title", "question", "why", "next", "nextForSafety", "source", "links",
      ],
      path: path)
    var id = text(fields, "id", path: path, limit: "title")
    if let given = id {
      let name = given.dropFirst(LocalProcedures.itemPrefix.count)
      let wellFormed =
        given.hasPrefix(LocalProcedures.itemPrefix) && !name.isEmpty && !name.hasPrefix("-")
        && name.unicodeScalars.allSatisfy {
          ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
      if !wellFormed {
        problem(
          "an extra item's id is \"local:\" and lower-case letters, digits and hyphens (\"local:bruising-protocol\"), so that a record answered with it reads on any computer.",
          at: fields.first { $0.key == "id" }?.value, path: Self.child(path, "id"))
        id = nil
      }
    }
    var scope: ChecklistItem.Scope?
    if let level = text(fields, "level", path: path) {
      scope = ChecklistItem.Scope(rawValue: level)
      if scope == nil {
        problem(
          .invalidValue(level, valid: ChecklistItem.Scope.allCases.map(\.rawValue)),
          at: fields.first { $0.key == "level" }?.value, path: Self.child(path, "level"))
      }
    }
    let own = { (checker: inout LocalChecker, key: String, required: Bool) -> String? in
      checker.ownText(
        checker.text(fields, key, path: path, required: required), in: fields, key: key,
        path: path)
    }
    let title = own(&self, "title", true)
    let question = own(&self, "question", true)
    let why = own(&self, "why", false)
    let next = own(&self, "next", true)
    let nextForSafety = own(&self, "nextForSafety", false)
    avoidList(nextForSafety, in: fields, key: "nextForSafety", path: path)
    var source: SourceReference?
    if let value = fields.first(where: { $0.key == "source" })?.value {
      let at = Self.child(path, "source")
      if let parts = object(value, path: at) {
        keys(parts, allowed: ["document", "section"], path: at)
        let document = text(parts, "document", path: at)
        let section = ownText(
          text(parts, "section", path: at), in: parts, key: "section", path: at)
        if let document, LocalProcedures.isContentDocument(document, content: content) {
          ownSource(
            document, at: parts.first { $0.key == "document" }?.value,
            path: Self.child(at, "document"))
        } else if let document, !documents.isEmpty,
          !documents.contains(where: { $0.title == document })
        {
          problem(
            "\(document.quotedInMessage) is not one of the \"documents\"; name a document by its title there.",
            at: parts.first { $0.key == "document" }?.value, path: Self.child(at, "document"))
        } else if let document, let section {
          source = SourceReference(document: document, section: section)
        }
      }
    } else {
      problem(.missingKey("source"), at: nil, path: path)
    }
    let itemLinks = links(
      fields.first { $0.key == "links" }?.value, path: Self.child(path, "links"))
    guard let id, let scope, let title, let question, let next, let source else { return nil }
    var item = ChecklistItem(
      id: id, scope: scope, kind: .practice, tier: 0, title: title, prompt: question,
      why: why ?? "A local procedure: \(source.document).", next: next, brief: next,
      sources: [source],
      questions: [], riskFactors: [])
    // Where contact is to be planned for safety, its own step for safety, or else the content's
    // own safe step (decide contact with your manager or safeguarding lead first, 17.2): a
    // plain local step ("phone him and invite him") is never given there.
    item.safeNext =
      nextForSafety.map { SafeAdvice(advice: $0, sources: [source], guidance: nil) }
      ?? LocalProcedures.genericSafeStep(content)
    return (item, itemLinks)
  }
}

/// Reading each part of a local file: the top level, contacts, additions, links and extra items.
extension LocalChecker {
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

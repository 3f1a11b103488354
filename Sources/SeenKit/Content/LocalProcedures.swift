/// A safeguarding partnership's own procedures and contacts, added to the review's content from
/// a local file (`seen-local/1`, see Resources/README.md): a "Locally" next step and links per
/// checklist item, contacts by role, extra items of its own (`local:…`) citing its own policies,
/// and links to its procedures manual. It adds; it never changes the review's own text.
public struct LocalProcedures: Equatable, Sendable {
  static let format = "seen-local/1"
  /// The prefix of every extra item's id, so that a record's local answers are known as such on
  /// a machine without the local file.
  public static let itemPrefix = "local:"

  /// A way to reach someone by role: never a person's name.
  struct Contact: Equatable, Sendable {
    /// "Children's services front door".
    var role: String
    /// "0300 000 0000, 24 hours".
    var how: String
  }

  /// A link to a local procedure or page.
  struct Link: Equatable, Sendable {
    var title: String
    var url: String
  }

  /// A local policy an extra item cites.
  struct PolicyDocument: Equatable, Sendable {
    var title: String
    var url: String?
  }

  /// What the partnership adds to one of the review's items.
  struct Addition: Equatable, Sendable {
    /// The local next step, shown under the review's own.
    var locally: String?
    /// The local next step safe to follow where contact is planned for safety: shown instead
    /// of `locally` wherever the review's step is in its safe form (nil: no local step there).
    var locallyForSafety: String?
    var links: [Link] = []
  }

  /// "Anyshire Safeguarding Children Partnership".
  public internal(set) var partnership: String
  /// The partnership's own version of its file, such as "2026-11".
  public internal(set) var version: String
  var contacts: [Contact] = []
  /// What is added to each of the review's items, by item id, in file order.
  var additions: [(id: String, addition: Addition)] = []
  /// The partnership's own items, each with an id starting `local:`.
  var extraItems: [ChecklistItem] = []
  /// The links of each extra item, by id.
  var extraLinks: [String: [Link]] = [:]
  /// Links to the procedures manual as a whole.
  var links: [Link] = []
  var documents: [PolicyDocument] = []
  /// Where the file was found, as it is named in messages and outputs; nil when not from a file.
  public internal(set) var path: String?

  /// "Anyshire Safeguarding Children Partnership, version 2026-11".
  var named: String { "\(partnership), version \(version)" }

  /// The lead of every local addition: "Locally (Anyshire Safeguarding Children Partnership)".
  var lead: String { "Locally (\(partnership))" }

  func addition(_ id: String) -> Addition? {
    additions.first { $0.id == id }?.addition
  }

  /// A local addition as one line: its next step, then its links ("Title: https://…"). Where
  /// the review's step is in its safe form (`safeForm`), the step is `locallyForSafety`, or
  /// nothing at all: a plain local step ("phone him to invite him") and its links (a Dads'
  /// group page) never sit under "do not contact him until…". An addition that gives
  /// `locallyForSafety` shows its links beside it. Nil: nothing to show.
  static func line(_ addition: Addition, safeForm: Bool = false) -> String? {
    if safeForm && addition.locallyForSafety == nil { return nil }
    let step = safeForm ? addition.locallyForSafety : addition.locally
    let words = [step].compactMap { $0 } + addition.links.map(\.words)
    return words.isEmpty ? nil : words.joined(separator: " ")
  }

  /// A local addition where it is not known whether the review's step is in its safe form (a
  /// blank sheet): its step, then what to do where contact is planned for safety, then its
  /// links. An item without a safe form reads as `line`.
  static func lineEitherWay(_ addition: Addition, item: ChecklistItem) -> String? {
    guard item.safeNext != nil, let locally = addition.locally else { return line(addition) }
    let safe =
      addition.locallyForSafety.map { "Where contact is to be planned for safety: \($0)" }
      ?? "Not where contact is to be planned for safety."
    return ([locally, safe] + addition.links.map(\.words)).joined(separator: " ")
  }

  public static func == (lhs: LocalProcedures, rhs: LocalProcedures) -> Bool {
    lhs.partnership == rhs.partnership && lhs.version == rhs.version
      && lhs.contacts == rhs.contacts && lhs.additions.map(\.id) == rhs.additions.map(\.id)
      && lhs.additions.map(\.addition) == rhs.additions.map(\.addition)
      && lhs.extraItems == rhs.extraItems && lhs.extraLinks == rhs.extraLinks
      && lhs.links == rhs.links
      && lhs.documents == rhs.documents && lhs.path == rhs.path
  }
}

extension LocalProcedures.Link {
  /// "Title (https://…)."
  var words: String { "\(title): \(url)." }
}

extension Content {
  /// The content's own version ("1.3.0"), as `seen content` names it.
  public var contentVersion: String { version }

  /// This content with a partnership's local procedures added: its extra items asked after the
  /// review's own, its additions shown beside them. The review's own content is not changed.
  public func adding(_ local: LocalProcedures) -> Content {
    var content = self
    content.local = local
    content.checklist += local.extraItems
    return content
  }

  /// The local addition to an item, when a local file adds one.
  func localAddition(_ id: String) -> LocalProcedures.Addition? {
    guard let local else { return nil }
    if let addition = local.addition(id) { return addition }
    // An extra item's links are its own addition.
    if let item = local.extraItems.first(where: { $0.id == id }),
      let links = local.extraLinks[item.id], !links.isEmpty
    {
      return .init(locally: nil, locallyForSafety: nil, links: links)
    }
    return nil
  }
}

extension ChecklistItem {
  /// Whether the item is one of a partnership's own (`local:…`), not the review's.
  var isLocal: Bool { id.hasPrefix(LocalProcedures.itemPrefix) }

  /// The item's title as a report lists it: a partnership's own item marked "(local)", so that
  /// it never reads as the review's.
  var listedTitle: String { isLocal ? "\(title) (local)" : title }
}

/// The checklist items whose answers decide when advice must take its safe form.
enum SafetyItems {
  /// Per man: known or suspected abuse, a protective order or a threat (yes / no / unknown).
  static let concern = "safety"
  /// Per man: his use of violence or control, including domestic abuse (present / absent).
  static let violence = "violence-control"
  /// Per case: the practitioner's fear or anxiety about working with a man (yes / no / unknown).
  static let fear = "practitioner-fear"
  /// Per case: the mother asked alone and in a safe place (a practice item).
  static let askedAlone = "mother-asked-alone"

  /// The items still recorded for a man no longer in the baby's life: a safety concern about him
  /// (an ex-partner's threats, a protective order) can arise or remain after he leaves.
  static let afterHeLeaves: [String] = [concern, violence]

  static let required: [(String, ChecklistItem.Kind)] = [
    (concern, .condition), (violence, .knowledge), (fear, .condition), (askedAlone, .practice),
  ]
}

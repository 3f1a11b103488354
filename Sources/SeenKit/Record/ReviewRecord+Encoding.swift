/// Writing the `seen-review/N` JSON format: the same record always gives the same bytes.
extension ReviewRecord {
  /// The record as JSON: fields in a fixed order, answers sorted by id, so that saving the same
  /// record twice gives the same bytes.
  public func encoded() -> String {
    JSONWriter.write(jsonValue)
  }

  var jsonValue: JSONValue {
    var members: [(String, JSONValue)] = [("format", .string(ReviewRecord.format))]
    if let id { members.append(("id", .string(id))) }
    if let supersedes { members.append(("supersedes", .string(supersedes))) }
    if let caseReference { members.append(("case", .string(caseReference))) }
    if let role { members.append(("role", .string(role))) }
    if let date { members.append(("date", .string(date))) }
    if let cohort { members.append(("cohort", .string(cohort))) }
    if let workshop { members.append(("workshop", workshop.jsonValue)) }
    if let confidence { members.append(("confidence", .string(confidence.rawValue))) }
    members.append(
      (
        "men",
        .array(
          men.map { man in
            var members: [(String, JSONValue)] = [
              ("label", .string(man.label)),
              ("relationship", .string(man.relationship.rawValue)),
              ("livesWithBaby", .bool(man.livesWithBaby)),
            ]
            if let strengths = man.strengths { members.append(("strengths", .string(strengths))) }
            if let left = man.noLongerInBabysLife {
              members.append(("noLongerInBabysLife", .string(left.description)))
            }
            members.append(("answers", Self.encode(man.answers, kept: man.keptLocalAnswers)))
            return .object(members)
          })
      ))
    members.append(("answers", Self.encode(answers, kept: keptLocalAnswers)))
    members.append(
      (
        "reflections",
        .object(reflections.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
      ))
    if !actions.isEmpty { members.append(("actions", .array(actions.map(\.jsonValue)))) }
    if !supervisions.isEmpty {
      members.append(("supervisions", .array(supervisions.map(\.jsonValue))))
    }
    return .object(members)
  }

  /// - Parameter kept: answers to local items not defined here, written back as they were read.
  private static func encode(_ answers: [String: Answer], kept: [String: JSONValue] = [:])
    -> JSONValue
  {
    guard kept.isEmpty else {
      guard case .object(let members) = encode(answers).kind else { return encode(answers) }
      return .object(
        (members.map { ($0.key, $0.value) } + kept.map { ($0.key, $0.value) })
          .sorted { $0.0 < $1.0 })
    }
    return .object(
      answers.sorted { $0.key < $1.key }.map { id, answer in
        guard answer.note != nil || answer.reason != nil else {
          return (id, .string(answer.value.rawValue))
        }
        var members: [(String, JSONValue)] = [("answer", .string(answer.value.rawValue))]
        if let reason = answer.reason { members.append(("reason", .string(reason.rawValue))) }
        if let note = answer.note { members.append(("note", .string(note))) }
        return (id, .object(members))
      })
  }
}

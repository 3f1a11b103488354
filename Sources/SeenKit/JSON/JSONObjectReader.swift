/// Reads typed fields out of a parsed JSON object, naming the file, line, column and key path of
/// anything that is missing, misspelled or of the wrong type.
struct JSONObjectReader {
  let file: String?
  let path: String
  let position: SourcePosition
  let members: [JSONValue.Member]

  init(_ value: JSONValue, file: String?, path: String) throws(DataError) {
    guard case .object(let members) = value.kind else {
      throw DataError(
        file: file, position: value.position, path: path,
        problem: .wrongType(expected: "an object", found: value.typeName))
    }
    self.file = file
    self.path = path
    self.position = value.position
    self.members = members
  }

  var keys: [String] { members.map(\.key) }

  func childPath(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  func error(_ problem: DataError.Problem, at value: JSONValue? = nil, key: String? = nil)
    -> DataError
  {
    DataError(
      file: file, position: value?.position ?? position, path: key.map(childPath) ?? path,
      problem: problem)
  }

  func value(_ key: String) -> JSONValue? {
    members.first { $0.key == key }?.value
  }

  /// Rejects keys this reader does not know, so that a typo is reported instead of ignored.
  func rejectUnknownKeys(allowed: [String]) throws(DataError) {
    for member in members where !allowed.contains(member.key) {
      throw error(.unknownKey(member.key, valid: allowed), at: member.value, key: nil)
    }
  }

  func required(_ key: String) throws(DataError) -> JSONValue {
    guard let value = value(key) else { throw error(.missingKey(key)) }
    return value
  }

  func string(_ key: String) throws(DataError) -> String {
    let value = try required(key)
    return try Self.string(value, reader: self, key: key)
  }

  func optionalString(_ key: String) throws(DataError) -> String? {
    guard let value = value(key) else { return nil }
    if case .null = value.kind { return nil }
    return try Self.string(value, reader: self, key: key)
  }

  func int(_ key: String) throws(DataError) -> Int {
    let value = try required(key)
    guard case .number(let number) = value.kind, number == number.rounded(), abs(number) < 1e9
    else {
      throw error(
        .wrongType(expected: "a whole number", found: value.typeName), at: value, key: key)
    }
    return Int(number)
  }

  func optionalBool(_ key: String) throws(DataError) -> Bool? {
    guard let value = value(key) else { return nil }
    switch value.kind {
    case .null: return nil
    case .bool(let flag): return flag
    default:
      throw error(
        .wrongType(expected: "true, false or null", found: value.typeName), at: value, key: key)
    }
  }

  func object(_ key: String) throws(DataError) -> JSONObjectReader {
    try JSONObjectReader(try required(key), file: file, path: childPath(key))
  }

  func optionalObject(_ key: String) throws(DataError) -> JSONObjectReader? {
    guard let value = value(key) else { return nil }
    if case .null = value.kind { return nil }
    return try JSONObjectReader(value, file: file, path: childPath(key))
  }

  func array(_ key: String) throws(DataError) -> [JSONValue] {
    let value = try required(key)
    guard case .array(let elements) = value.kind else {
      throw error(.wrongType(expected: "a list", found: value.typeName), at: value, key: key)
    }
    return elements
  }

  func optionalArray(_ key: String) throws(DataError) -> [JSONValue] {
    guard value(key) != nil else { return [] }
    return try array(key)
  }

  func strings(_ key: String) throws(DataError) -> [String] {
    var result: [String] = []
    for (offset, element) in try optionalArray(key).enumerated() {
      result.append(try Self.string(element, reader: self, key: "\(key)[\(offset)]"))
    }
    return result
  }

  func objects(_ key: String) throws(DataError) -> [JSONObjectReader] {
    var result: [JSONObjectReader] = []
    for (offset, element) in try array(key).enumerated() {
      result.append(try JSONObjectReader(element, file: file, path: childPath("\(key)[\(offset)]")))
    }
    return result
  }

  private static func string(_ value: JSONValue, reader: JSONObjectReader, key: String)
    throws(DataError) -> String
  {
    guard case .string(let text) = value.kind else {
      throw reader.error(
        .wrongType(expected: "a string", found: value.typeName), at: value, key: key)
    }
    return text
  }
}

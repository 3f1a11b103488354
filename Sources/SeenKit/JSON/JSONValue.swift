/// A parsed JSON value that remembers where it stood in its file, so that errors in hand-written
/// review records and content files can name the line and column.
struct JSONValue: Equatable, Sendable {
  enum Kind: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])
  }

  /// One key of an object, in file order (duplicates are rejected by the parser).
  struct Member: Equatable, Sendable {
    var key: String
    var value: JSONValue
  }

  var kind: Kind
  var position: SourcePosition

  init(_ kind: Kind, at position: SourcePosition = SourcePosition(line: 0, column: 0)) {
    self.kind = kind
    self.position = position
  }

  /// The same value with no position anywhere in it: what it holds, not where it was read, so
  /// that a value kept and written back compares equal to itself read again.
  var withoutPositions: JSONValue {
    switch kind {
    case .array(let elements): return JSONValue(.array(elements.map(\.withoutPositions)))
    case .object(let members):
      return JSONValue(
        .object(members.map { Member(key: $0.key, value: $0.value.withoutPositions) }))
    default: return JSONValue(kind)
    }
  }

  /// The name of this value's type, as a person reads it in an error message.
  var typeName: String {
    switch kind {
    case .null: return "null"
    case .bool: return "true or false"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}

/// A 1-based line and column in a text file; line 0 means "not from a file".
struct SourcePosition: Equatable, Sendable, Comparable {
  var line: Int
  var column: Int

  static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

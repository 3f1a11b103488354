/// Writes JSON deterministically: two-space indentation, members in the order given, and only
/// the escapes JSON requires, so that the same record always gives the same bytes.
enum JSONWriter {
  static func write(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, to: &output)
    output += "\n"
    return output
  }

  /// The value at the depth `indent`, where its first line starts after what is written already.
  static func write(_ value: JSONValue, indent: Int, to output: inout String) {
    switch value.kind {
    case .null: output += "null"
    case .bool(let flag): output += flag ? "true" : "false"
    case .number(let number): output += format(number)
    case .string(let text): writeString(text, to: &output)
    case .array(let elements):
      if elements.isEmpty {
        output += "[]"
        return
      }
      output += "[\n"
      for (offset, element) in elements.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        write(element, indent: indent + 1, to: &output)
        output += offset == elements.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      if members.isEmpty {
        output += "{}"
        return
      }
      output += "{\n"
      for (offset, member) in members.enumerated() {
        output += String(repeating: "  ", count: indent + 1)
        writeString(member.key, to: &output)
        output += ": "
        write(member.value, indent: indent + 1, to: &output)
        output += offset == members.count - 1 ? "\n" : ",\n"
      }
      output += String(repeating: "  ", count: indent) + "}"
    }
  }

  static func format(_ number: Double) -> String {
    if number == number.rounded() && abs(number) < 1e15 {
      return String(Int64(number))
    }
    return String(number)
  }

  static func writeString(_ text: String, to output: inout String) {
    output += "\""
    // Most text needs no escape: then it is copied whole rather than scalar by scalar.
    // Non-ASCII text is checked scalar by scalar only for the characters JSON output escapes
    // (C1 controls, line separators, invisible and bidirectional marks).
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F })
      && (text.utf8.allSatisfy { $0 < 0x80 }
        || !text.unicodeScalars.contains(where: TextSafety.needsJSONEscape))
    {
      output += text
      output += "\""
      return
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case "\u{08}": output += "\\b"
      case "\u{0C}": output += "\\f"
      default:
        // C0 as JSON requires; DEL, C1, line and paragraph separators and invisible
        // (bidirectional, zero-width) characters too, so that no reader shows or acts on them.
        if TextSafety.needsJSONEscape(scalar) {
          let hex = String(scalar.value, radix: 16)
          output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

/// Small builders so that renderers read like the JSON they produce.
extension JSONValue {
  static func object(_ members: [(String, JSONValue)]) -> JSONValue {
    JSONValue(.object(members.map { Member(key: $0.0, value: $0.1) }))
  }

  static func array(_ elements: [JSONValue]) -> JSONValue {
    JSONValue(.array(elements))
  }

  static func string(_ text: String) -> JSONValue {
    JSONValue(.string(text))
  }

  static func optionalString(_ text: String?) -> JSONValue {
    text.map { JSONValue(.string($0)) } ?? JSONValue(.null)
  }

  static func number(_ value: Int) -> JSONValue {
    JSONValue(.number(Double(value)))
  }

  static func bool(_ value: Bool?) -> JSONValue {
    value.map { JSONValue(.bool($0)) } ?? JSONValue(.null)
  }

  static var null: JSONValue { JSONValue(.null) }
}

/// The one rule for a man's label, applied wherever a label is taken (the guided review, `--set`,
/// a record read) so that every label seen writes it can read back, and two labels that name the
/// same man are refused wherever they meet.
///
/// Two labels are the same man when they differ only in case (with full case folding: "ß" and
/// "ss", the Kelvin sign and "K"), in Unicode form (NFC and NFD, combining marks composed or not),
/// in invisible characters (zero-width spaces, joiners, bidirectional marks) or in spaces.
enum ManLabel {
  /// The form two labels are compared in.
  static func key(_ label: String) -> String {
    // Most labels are ASCII: the same key byte by byte, without looking up Unicode properties
    // (a summary reads every man's label of every record).
    if label.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(label) }
    return unicodeKey(label)
  }

  /// `unicodeKey` for ASCII text: controls are invisible, the space is the only other
  /// whitespace, and case folds to lower case.
  static func asciiKey(_ label: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(label.utf8.count)
    var pendingSpace = false
    for byte in label.utf8 where byte >= 0x20 && byte != 0x7F {
      if byte == 0x20 {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func unicodeKey(_ label: String) -> String {
    // Scalar by scalar, so that a space before a combining mark is still a space.
    var text = ""
    var pendingSpace = false
    for scalar in label.unicodeScalars where !isInvisible(scalar) {
      if scalar.properties.isWhitespace {
        pendingSpace = !text.isEmpty
        continue
      }
      if pendingSpace { text.unicodeScalars.append(" ") }
      pendingSpace = false
      text.unicodeScalars.append(scalar)
    }
    // Lower, upper, then lower case folds "ß", "ẞ" and "ss" together and the Kelvin sign with
    // "k"; String equality then sets Unicode forms aside (canonical equivalence).
    return text.lowercased().uppercased().lowercased()
  }

  /// Why `label` cannot be a man's label, as a sentence, or nil when it can.
  static func problem(_ label: String) -> String? {
    let key = key(label)
    if key.isEmpty {
      return
        "a label needs words, such as \"Father\" or \"Man B\"; this one is empty or only invisible characters."
    }
    // Any decimal digits, of any length or script ("42", "99999999999999999999999", "１"): a
    // number names a man by his place in the record, so it cannot also be a label.
    if key.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
      || (!key.utf8.allSatisfy({ $0 < 0x80 })
        && key.unicodeScalars.allSatisfy({ $0.properties.numericType == .decimal }))
    {
      return
        "a label needs words, such as \"Father\" or \"Man B\"; a number names a man by his place in the record."
    }
    return nil
  }

  /// Whether two labels name the same man.
  static func same(_ first: String, _ second: String) -> Bool {
    key(first) == key(second)
  }

  /// Says why `label` is refused beside `existing`: the same label, or the same once case,
  /// Unicode form and invisible characters are set aside (naming the characters that differ).
  static func duplicateMessage(_ label: String, existing: String) -> String {
    var message = "another man is already labelled \(existing.quotedInMessage)"
    if label.unicodeScalars.elementsEqual(existing.unicodeScalars) {
      return message + "; give each man a different label."
    }
    let odd = (label.unicodeScalars + existing.unicodeScalars).filter {
      !($0.isASCII && $0.value >= 0x20 && $0.value < 0x7F)
    }
    var names: [String] = []
    for scalar in odd {
      let name = describe(scalar)
      if !names.contains(name) { names.append(name) }
    }
    message +=
      ", and \(label.quotedInMessage) is the same label once case, Unicode form and invisible characters are set aside"
    if !names.isEmpty { message += " (it differs by \(names.prefix(3).joined(separator: ", ")))" }
    return message + "; give each man a different label."
  }

  /// "U+212A KELVIN SIGN".
  static func describe(_ scalar: Unicode.Scalar) -> String {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
    return "U+\(padded)" + (scalar.properties.name.map { " \($0)" } ?? "")
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.isBidiControl
      || scalar.properties.generalCategory == .format
      || scalar.properties.generalCategory == .control
  }
}

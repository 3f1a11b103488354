/// The answers a checklist item can take.
enum AnswerValue: String, Equatable, Hashable, Sendable, CaseIterable {
  case yes
  case partly
  case no
  case unknown
  case na
  case present
  case absent

  /// The value a record writes as `text`, found from its bytes: the same as
  /// `AnswerValue(rawValue:)`, which compares the text with each value's in turn, for the
  /// answers of every record a summary reads.
  init?(recordText text: String) {
    var text = text
    let value: AnswerValue? = text.withUTF8 { bytes in
      switch (bytes.count, bytes.first) {
      case (2, UInt8(ascii: "n")?):
        return bytes[1] == UInt8(ascii: "o") ? .no : bytes[1] == UInt8(ascii: "a") ? .na : nil
      case (3, UInt8(ascii: "y")?): return .yes
      case (6, UInt8(ascii: "p")?): return .partly
      case (6, UInt8(ascii: "a")?): return .absent
      case (7, UInt8(ascii: "u")?): return .unknown
      case (7, UInt8(ascii: "p")?): return .present
      default: return nil
      }
    }
    // The bytes chose the one value it can be; the text says whether it is.
    guard let value, value.rawValue == text else { return nil }
    self = value
  }

  /// How the answer reads in a report.
  var words: String {
    switch self {
    case .yes: return "yes"
    case .partly: return "partly"
    case .no: return "no"
    case .unknown: return "not known"
    case .na: return "not applicable"
    case .present: return "known present"
    case .absent: return "none found so far"
    }
  }
}

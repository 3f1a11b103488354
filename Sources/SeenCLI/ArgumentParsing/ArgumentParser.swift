/// Parses a command line the way swift-argument-parser does: `--opt value` and `--opt=value`,
/// `-o value`, `--` ends options, and a lone `-` is an argument (standard input).
enum ArgumentParser {
  static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    func fail(_ message: String) -> UsageError {
      UsageError(message: message, command: spec)
    }
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
        parsed.positionals.append(argument)
        continue
      }
      if argument == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      if argument.hasPrefix("--") {
        name = String(argument.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else {
        // Short options: "-o", "-ofile" is not supported, to keep errors unambiguous.
        let letters = argument.dropFirst()
        guard letters.count == 1, let letter = letters.first,
          let option = spec.options.first(where: { $0.short == letter })
        else {
          throw fail("unknown option '\(argument)'")
        }
        name = option.name
      }
      guard let option = spec.options.first(where: { $0.name == name }) else {
        var message = "unknown option '--\(name)'"
        if let suggestion = closest(to: name, in: spec.options.map(\.name)) {
          message += "; did you mean '--\(suggestion)'?"
        }
        throw fail(message)
      }
      if option.isFlag {
        if inlineValue != nil { throw fail("'--\(option.name)' does not take a value") }
        parsed.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < arguments.count else { throw fail("missing value for '\(option.display)'") }
        let next = arguments[index]
        if next.hasPrefix("--") && next.count > 2
          && spec.options.contains(where: { "--" + $0.name == next })
        {
          throw fail("missing value for '\(option.display)'")
        }
        value = next
        index += 1
      }
      // A single-value option given twice is a mistake: which one was meant?
      if !option.repeats, parsed.values[option.name] != nil {
        throw fail(
          "'\(option.display)' was given more than once; give it once\(repeatable(spec))."
        )
      }
      if option.isPath, value.isEmpty {
        throw fail(
          "an empty path was given to '--\(option.name)'; give a \(option.valueName ?? "file") name."
        )
      }
      // A record is a file of its own: "-" (standard output) is only for --output, and saving to
      // a file literally named "-" would surprise everyone.
      if ["save", "resume"].contains(option.name), value == "-" {
        throw fail(
          "'--\(option.name) -' would mean a file named '-'; give the record's file name (standard output, -, is only for --output)."
        )
      }
      if let choices = option.choices, !choices.contains(value) {
        throw fail(
          "the value '\(value)' is invalid for '\(option.display)'; use one of: \(choices.joined(separator: ", "))"
        )
      }
      if let range = option.range, wholeNumber(value).map(range.contains) != true {
        throw fail(
          "the value '\(value)' is invalid for '\(option.display)'; use a whole number from \(range.lowerBound) to \(range.upperBound)."
        )
      }
      if option.repeats {
        parsed.values[option.name, default: []].append(value)
      } else {
        parsed.values[option.name] = [value]
      }
    }
    for pair in spec.conflicts where parsed.has(pair.0) && parsed.has(pair.1) {
      throw fail("--\(pair.0) and --\(pair.1) cannot be used together; give one.")
    }
    let required = spec.arguments.filter { !$0.isOptional }
    if parsed.positionals.count < required.count {
      // Say what is missing in the argument's own words ("the review record to report on"),
      // with an example, rather than parser terms.
      let missing = required[parsed.positionals.count]
      let example = spec.examples.first.map { "; for example: \($0)" } ?? ""
      var help = missing.help.lowercasedFirst
      if help.hasSuffix(".") { help.removeLast() }
      throw fail("\(spec.commandName) needs <\(missing.name)>: \(help)\(example)")
    }
    if parsed.positionals.count > spec.arguments.count && spec.arguments.last?.repeats != true {
      let one = spec.arguments.count == 1 ? "; \(spec.commandName) takes one at a time" : ""
      let extra = parsed.positionals[spec.arguments.count]
      // A note with spaces that lost its quotation marks leaves its words as arguments.
      let quoting =
        arguments.contains("--set")
        ? " (a --set with spaces needs quotation marks around it all: --set \"father.views=yes:met him at clinic\")"
        : ""
      throw fail("unexpected argument '\(extra)'\(one)\(quoting)")
    }
    for (index, value) in parsed.positionals.enumerated() where value.isEmpty {
      let argument =
        spec.arguments.indices.contains(index) ? spec.arguments[index] : spec.arguments.last
      if let argument, ["file", "path"].contains(argument.name) {
        throw fail(
          "an empty path was given as <\(argument.name)>; give a \(argument.name == "path" ? "file or folder" : "file") name."
        )
      }
    }
    // Only paths keep the bytes of a name that is not UTF-8 (PathBytes); other text takes U+FFFD.
    for option in spec.options where !option.isPath {
      parsed.values[option.name] = parsed.values[option.name]?.map(PathBytes.plainText)
    }
    for (index, value) in parsed.positionals.enumerated() {
      let argument =
        spec.arguments.indices.contains(index) ? spec.arguments[index] : spec.arguments.last
      if let argument, !["file", "path"].contains(argument.name) {
        parsed.positionals[index] = PathBytes.plainText(value)
      }
    }
    return parsed
  }

  /// A number typed as plain ASCII digits ("80"), nothing else: not "+80", " 80", "0x50", "8_0"
  /// or other scripts' digits. One rule for every option that takes a number.
  static func wholeNumber(_ text: String) -> Int? {
    guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    return Int(text)
  }

  /// The options of a command that may be given more than once, for the message.
  private static func repeatable(_ spec: CommandSpec) -> String {
    let names = spec.options.filter(\.repeats).map { "--" + $0.name }
    return names.isEmpty ? "" : " (only \(names.joined(separator: ", ")) may be repeated)"
  }

  /// The candidate within two edits of the typed word, for "did you mean" hints.
  static func closest(to word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
  }

  static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}

/// A command line that does not fit its command: one line, then a hint naming the command's
/// help, exit 64.
struct UsageError: Error, Equatable {
  var message: String
  var commandName: String
  var usage: String

  init(message: String, command: CommandSpec) {
    self.message = message
    self.commandName = command.commandName
    self.usage = HelpFormatter.usage(command)
  }
}

extension String {
  /// "The review record" becomes "the review record", to go after a colon mid-sentence.
  fileprivate var lowercasedFirst: String {
    guard let first = first, !dropFirst().prefix(1).allSatisfy(\.isUppercase) else { return self }
    return first.lowercased() + dropFirst()
  }
}

import SeenKit

/// Parses a command line the way swift-argument-parser does: `--opt value` and `--opt=value`,
/// `-o value`, `--` ends options, and a lone `-` is an argument (standard input).
enum ArgumentParser {
  static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments
  {
    var parsed = try sortWords(arguments, spec: spec)
    for pair in spec.conflicts where parsed.has(pair.0) && parsed.has(pair.1) {
      throw UsageError(
        message: "--\(pair.0) and --\(pair.1) cannot be used together; give one.", command: spec)
    }
    try checkPositionals(parsed, arguments: arguments, spec: spec)
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

  /// The words sorted into flags, options with their values, and positional arguments.
  private static func sortWords(_ arguments: [String], spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
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
      let (option, inlineValue) = try option(argument, spec: spec)
      if option.isFlag {
        if inlineValue != nil {
          throw UsageError(message: "'--\(option.name)' does not take a value", command: spec)
        }
        parsed.flags.insert(option.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        value = try separateValue(arguments, at: index, for: option, spec: spec)
        index += 1
      }
      try checkValue(value, for: option, in: parsed, spec: spec)
      if option.repeats {
        parsed.values[option.name, default: []].append(value)
      } else {
        parsed.values[option.name] = [value]
      }
    }
    return parsed
  }

  /// The option a word names, and the value given after "=" in it.
  private static func option(_ argument: String, spec: CommandSpec) throws(UsageError)
    -> (OptionSpec, String?)
  {
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
        throw UsageError(message: "unknown option '\(argument)'", command: spec)
      }
      name = option.name
    }
    guard let option = spec.options.first(where: { $0.name == name }) else {
      var message = "unknown option '--\(name)'"
      if let suggestion = closest(to: name, in: spec.options.map(\.name)) {
        message += "; did you mean '--\(suggestion)'?"
      }
      throw UsageError(message: message, command: spec)
    }
    return (option, inlineValue)
  }

  /// The value given as the word after an option, which must not be another option.
  private static func separateValue(
    _ arguments: [String], at index: Int, for option: OptionSpec, spec: CommandSpec
  ) throws(UsageError) -> String {
    let missing = UsageError(message: "missing value for '\(option.display)'", command: spec)
    guard index < arguments.count else { throw missing }
    let next = arguments[index]
    if next.hasPrefix("--") && next.count > 2
      && spec.options.contains(where: { "--" + $0.name == next })
    {
      throw missing
    }
    return next
  }

  private static func checkValue(
    _ value: String, for option: OptionSpec, in parsed: ParsedArguments, spec: CommandSpec
  ) throws(UsageError) {
    func fail(_ message: String) -> UsageError {
      UsageError(message: message, command: spec)
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
  }

  /// Every required argument given, none too many, and no empty path.
  private static func checkPositionals(
    _ parsed: ParsedArguments, arguments: [String], spec: CommandSpec
  ) throws(UsageError) {
    func fail(_ message: String) -> UsageError {
      UsageError(message: message, command: spec)
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
    let scored = candidates.map { ($0, word.editDistance(to: $0)) }.filter { $0.1 <= 2 }
    return scored.min { $0.1 < $1.1 }?.0
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command reads and writes, and what it knows of the terminal. Commands take one, so
/// that tests can run them in-process with captured output.
public struct Console {
  public var writeOut: (String) throws(CommandError) -> Void
  public var writeErr: (String) -> Void
  public var readStandardInput: () throws(CommandError) -> [UInt8]
  public var environment: [String: String]
  public var stdinIsTerminal: Bool
  public var stdoutIsTerminal: Bool
  /// Columns of the terminal on standard output, when it is one.
  public var terminalWidth: Int?
  /// Columns of the terminal on standard error, where prompts go, when it is one.
  public var errorTerminalWidth: Int?

  public init(
    writeOut: @escaping (String) throws(CommandError) -> Void, writeErr: @escaping (String) -> Void,
    readStandardInput: @escaping () throws(CommandError) -> [UInt8], environment: [String: String],
    stdinIsTerminal: Bool, stdoutIsTerminal: Bool, terminalWidth: Int?,
    errorTerminalWidth: Int? = nil
  ) {
    self.writeOut = writeOut
    self.writeErr = writeErr
    self.readStandardInput = readStandardInput
    self.environment = environment
    self.stdinIsTerminal = stdinIsTerminal
    self.stdoutIsTerminal = stdoutIsTerminal
    self.terminalWidth = terminalWidth
    self.errorTerminalWidth = errorTerminalWidth
  }

  /// The process's own standard streams.
  public static func system(environment: [String: String]) -> Console {
    Console(
      writeOut: { text throws(CommandError) in
        try FileDescriptorIO.writeAll(text, to: 1, name: "standard output")
      },
      writeErr: { text in try? FileDescriptorIO.writeAll(text, to: 2, name: "standard error") },
      readStandardInput: { () throws(CommandError) in
        try FileDescriptorIO.readAll(from: 0, name: "standard input")
      },
      environment: environment,
      stdinIsTerminal: isatty(0) == 1,
      stdoutIsTerminal: isatty(1) == 1,
      terminalWidth: Terminal.width(of: 1),
      errorTerminalWidth: Terminal.width(of: 2))
  }

  /// Whether to colour output: only on a terminal, never with NO_COLOR or --no-color, always with
  /// FORCE_COLOR (https://no-color.org).
  func wantsColor(noColorFlag: Bool) -> Bool {
    if noColorFlag { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if let force = environment["FORCE_COLOR"], !force.isEmpty, force != "0" { return true }
    if environment["TERM"] == "dumb" { return false }
    return stdoutIsTerminal
  }

  /// The width to wrap prompts to: the terminal's (TIOCGWINSZ), then COLUMNS, then 80.
  var stderrWidth: Int {
    if let errorTerminalWidth, errorTerminalWidth >= 20 { return errorTerminalWidth }
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns >= 20 { return columns }
    return 80
  }

  /// The width to wrap text to: the terminal's on a TTY, 80 otherwise.
  var textWidth: Int {
    if stdoutIsTerminal, let terminalWidth, terminalWidth >= 20 { return terminalWidth }
    return 80
  }
}

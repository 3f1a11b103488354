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
  /// Whether standard error is a terminal, where a guided review may show back what was typed.
  public var stderrIsTerminal = false
  /// True when the process started with standard input closed (`<&-`).
  public var stdinClosed = false
  /// Rows of the terminal on standard output, when it is one.
  public var terminalHeight: Int? = nil
  /// Shows text through a pager command (run with `sh -c`) and waits for it; false when the
  /// pager could not start. nil where nothing is paged, as when tests run commands in-process.
  public var pager: ((_ text: String, _ command: String) -> Bool)? = nil

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
  ///
  /// A standard stream the process was started without is first opened on /dev/null, so that
  /// no file or pipe seen opens later can take its number (and, say, be read as the terminal).
  public static func system(environment: [String: String]) -> Console {
    var closed: Set<Int32> = []
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
      closed.insert(descriptor)
      _ = open("/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY)
    }
    var console = Console(
      writeOut: { text throws(CommandError) in
        if closed.contains(1) {
          throw CommandError(.ioError, "cannot write to standard output: it is closed.")
        }
        try FileDescriptorIO.writeAll(text, to: 1, name: "standard output", stopOnSignal: true)
      },
      // Everything on standard error passes through the same filter as typed text, so that a
      // file name or a value echoed in a message cannot drive the terminal, reorder the line or
      // start one.
      writeErr: { text in
        try? FileDescriptorIO.writeAll(text.linesSafe, to: 2, name: "standard error")
      },
      readStandardInput: { () throws(CommandError) in
        if closed.contains(0) {
          throw CommandError(
            .noInput, "cannot read standard input: it is closed; give a file, or - with input.")
        }
        // Standard input redirected from a folder (`< /`) is no input, as a folder named is.
        var info = stat()
        if fstat(0, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
          throw CommandError(
            .noInput, "cannot read standard input: it is a folder; give a review file.")
        }
        return try FileDescriptorIO.readAll(from: 0, name: "standard input")
      },
      environment: environment,
      stdinIsTerminal: isatty(0) == 1,
      stdoutIsTerminal: isatty(1) == 1,
      terminalWidth: Terminal.width(of: 1),
      errorTerminalWidth: Terminal.width(of: 2))
    console.stdinClosed = closed.contains(0)
    console.stderrIsTerminal = isatty(2) == 1
    console.terminalHeight = Terminal.height(of: 1)
    console.pager = { text, command in
      Pager.show(text, command: command, environment: environment)
    }
    return console
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

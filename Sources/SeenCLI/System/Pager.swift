#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether text bound for standard output goes through a pager, decided as git decides it.
enum PagerDecision: Equatable {
  /// Print the text directly.
  case print
  /// Pipe the text through this command, run with `sh -c`.
  case page(command: String)

  /// The pager when none is set: less, which quits at once when the text fits on one screen
  /// (-F), shows colour (-R) and leaves the text on the screen when it quits (-X).
  static let defaultCommand = "less -FRX"

  /// Decides for text that takes `lineCount` lines of the screen.
  ///
  /// Pages only on a terminal, without --no-pager, and when the text does not fit on the screen
  /// with a line left for the shell's prompt. The screen has `rows` rows (from TIOCGWINSZ), else
  /// LINES, else 24. The command is SEEN_PAGER, else PAGER, else less when it is installed and
  /// the terminal is not TERM=dumb; a command that is empty or `cat` means print directly.
  static func decide(
    isTerminal: Bool, rows: Int?, lineCount: Int, environment: [String: String], noPager: Bool,
    lessIsInstalled: () -> Bool
  ) -> PagerDecision {
    guard isTerminal, !noPager else { return .print }
    guard lineCount >= screenRows(rows, environment: environment) else { return .print }
    let command: String
    if let chosen = environment["SEEN_PAGER"] ?? environment["PAGER"] {
      command = chosen.trimmingSpaces
    } else if environment["TERM"] != "dumb" && lessIsInstalled() {
      command = defaultCommand
    } else {
      return .print
    }
    return command.isEmpty || command == "cat" ? .print : .page(command: command)
  }

  /// The rows of the screen: the terminal's, else LINES, else 24.
  static func screenRows(_ rows: Int?, environment: [String: String]) -> Int {
    if let rows, rows > 0 { return rows }
    if let lines = environment["LINES"].flatMap(Int.init), lines > 0 { return lines }
    return 24
  }

  /// The lines of a terminal `columns` wide that `text` takes: each line, without its colour
  /// codes, wrapped at the edge. Without a width, one line for each line of text.
  static func lineCount(of text: String, columns: Int?) -> Int {
    guard !text.isEmpty else { return 0 }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if text.hasSuffix("\n") { lines.removeLast() }
    guard let columns, columns > 0 else { return lines.count }
    return lines.reduce(0) { total, line in
      total + max(1, (visibleLength(line) + columns - 1) / columns)
    }
  }

  /// Characters shown for `line`: escape sequences (ESC [ … final byte, or ESC and one more)
  /// take no room.
  private static func visibleLength(_ line: Substring) -> Int {
    var visible = String.UnicodeScalarView()
    var scalars = line.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard scalar == "\u{1B}" else {
        visible.append(scalar)
        continue
      }
      guard scalars.next() == "[" else { continue }
      while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
    }
    return String(visible).count
  }
}

extension String {
  /// Without the spaces, tabs and line ends at either end.
  fileprivate var trimmingSpaces: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    var text = Substring(self)
    while let first = text.first, blank(first) { text.removeFirst() }
    while let last = text.last, blank(last) { text.removeLast() }
    return String(text)
  }
}

extension Console {
  /// Shows `text` through the pager when `PagerDecision` says so. False when it was not shown
  /// (no pager wanted, none possible, or it could not start), so that the caller prints it.
  func page(_ text: String, noPager: Bool) -> Bool {
    guard let pager else { return false }
    let decision = PagerDecision.decide(
      isTerminal: stdoutIsTerminal, rows: terminalHeight,
      // Counted only where it can matter: a long report to a file is not measured for a screen.
      lineCount: stdoutIsTerminal && !noPager
        ? PagerDecision.lineCount(of: text, columns: terminalWidth) : 0,
      environment: environment, noPager: noPager,
      lessIsInstalled: { Pager.isInstalled("less", path: environment["PATH"]) })
    guard case .page(let command) = decision else { return false }
    return pager(text, command)
  }
}

/// The pager's process and the write end of its pipe, for the SIGTERM and SIGHUP handler; -1
/// when no pager runs. Written by the main thread before and after the pager runs.
nonisolated(unsafe) private var pagerProcess: pid_t = -1
nonisolated(unsafe) private var pagerInput: Int32 = -1

/// Runs a pager as git does: `sh -c COMMAND` (so that PAGER may carry options, such as
/// `less -R`), with the text on its standard input and the terminal on its standard output, and
/// LESS=FRX when LESS is unset.
enum Pager {
  /// The signals seen treats differently while the pager runs (see `show`).
  private static let ignored = [SIGINT, SIGQUIT, SIGPIPE]
  private static let deferred = [SIGTERM, SIGHUP]

  /// Shows `text` through `command` and waits for the pager to quit. False when the pager could
  /// not start (no /bin/sh, or the shell could not find or run the command: status 127 or 126),
  /// so that the caller prints the text itself. Quitting the pager before the end is not an
  /// error.
  ///
  /// While it runs, Ctrl-C and Ctrl-\ are the pager's (less uses Ctrl-C itself), as with
  /// system(3); a pager that quits early closes the pipe, which is then EPIPE, not death by
  /// SIGPIPE; and SIGTERM or SIGHUP close the pipe and wait for the pager before ending seen by
  /// that signal, as git does, so that the terminal is never left to a pager in the background.
  /// The signals' earlier handling (SignalTrap's, in the guided review) is restored afterwards.
  static func show(_ text: String, command: String, environment: [String: String]) -> Bool {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    let (readEnd, writeEnd) = (ends[0], ends[1])

    var saved: [(Int32, sigaction)] = []
    for number in ignored { saved.append((number, System.setSignalAction(SIG_IGN, for: number))) }
    pagerInput = writeEnd
    for number in deferred {
      saved.append((number, System.setSignalAction(endAfterPager, for: number)))
    }
    defer {
      pagerProcess = -1
      pagerInput = -1
      for (number, action) in saved {
        var action = action
        sigaction(number, &action, nil)
      }
    }

    var variables = environment
    if variables["LESS"] == nil { variables["LESS"] = "FRX" }
    let started = spawnShell(command, input: readEnd, environment: variables)
    close(readEnd)
    guard let process = started else {
      close(writeEnd)
      return false
    }
    pagerProcess = process

    // EPIPE means the user quit the pager before the end: nothing more to show, not an error.
    // Any other failure leaves nothing more to do either; the pager shows what it has.
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(writeEnd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { break }
      offset += written
    }
    pagerInput = -1
    close(writeEnd)

    var status: Int32 = 0
    while waitpid(process, &status, 0) < 0 && errno == EINTR {}
    let exitedNormally = status & 0x7F == 0
    let exitStatus = (status >> 8) & 0xFF
    return !(exitedNormally && (exitStatus == 126 || exitStatus == 127))
  }

  /// Starts `/bin/sh -c command` with `input` as its standard input and default signal handling;
  /// its process id, or nil when it could not start.
  private static func spawnShell(_ command: String, input: Int32, environment: [String: String])
    -> pid_t?
  {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, input, 0)
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // An ignored signal stays ignored across exec: the pager gets the defaults, and no signal
    // blocked.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in ignored + deferred { sigaddset(&defaults, number) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let copy: (String) -> UnsafeMutablePointer<CChar>? = { strdup($0) }
    let arguments = ["sh", "-c", command].map(copy) + [nil]
    let variables = environment.map { copy("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in arguments + variables { free(pointer) }
    }
    var process: pid_t = 0
    guard posix_spawn(&process, "/bin/sh", &actions, &attributes, arguments, variables) == 0 else {
      return nil
    }
    return process
  }

  /// Whether `name` is an executable file in one of the folders of `path` (PATH).
  static func isInstalled(_ name: String, path: String?) -> Bool {
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
    return folders.contains { folder in
      let file = (folder.isEmpty ? "." : String(folder)) + "/" + name
      var info = stat()
      return stat(file, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
        && access(file, X_OK) == 0
    }
  }
}

/// SIGTERM or SIGHUP while the pager runs: close its input, wait for it to quit, then end by
/// the signal. Only async-signal-safe calls.
private func endAfterPager(_ number: Int32) {
  if pagerInput >= 0 {
    close(pagerInput)
    pagerInput = -1
  }
  if pagerProcess > 0 {
    var status: Int32 = 0
    while waitpid(pagerProcess, &status, 0) < 0 && errno == EINTR {}
  }
  var action = sigaction()
  #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = SIG_DFL
  #else
    action.__sigaction_u.__sa_handler = SIG_DFL
  #endif
  sigemptyset(&action.sa_mask)
  sigaction(number, &action, nil)
  raise(number)
}

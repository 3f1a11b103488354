#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads lines from a file descriptor (the terminal, or a pipe with --interactive), noticing
/// signals: line mode works with screen readers, TERM=dumb, script, tmux and serial consoles.
///
/// Each byte is looked at once, however long the line, and a line may be at most
/// `maximumLineLength` bytes: endless input without a newline (`< /dev/zero`) is refused, not
/// held in memory.
struct LineReader {
  enum Interruption: Error, Equatable {
    case endOfInput
    case signal(Int32)
    /// A line longer than `maximumLineLength` bytes.
    case lineTooLong
  }

  /// The longest line read, in bytes (64 KiB): room for the longest note (`Answer.maximumNoteLength`
  /// characters, up to 4 bytes each) with its answer.
  static let maximumLineLength = 65_536

  /// The longest line a terminal in line-editing mode hands over (Linux: 4,095 bytes and the
  /// newline): what is typed or pasted beyond it is dropped by the terminal, never seen here.
  static let terminalLineLimit = 4095

  /// What a session says of a line that reached the limit (`lastLineMayBeCut`): nothing of it is
  /// kept, so a note or comment is never saved without its end.
  static func cutLineMessage(_ line: String) -> String {
    "That line reached the terminal's limit for one line (\(terminalLineLimit) bytes): it was cut at \(line.unicodeScalars.count) characters and the rest was lost, so nothing of it was kept. Type or paste a shorter text, under 4,000 characters, and keep the full text in the case notes."
  }

  let descriptor: Int32
  /// Whether the last line returned filled the terminal's line limit, so that the terminal may
  /// have cut its end off: the caller says so rather than keep a cut text as if whole.
  private(set) var lastLineMayBeCut = false
  private var buffer: [UInt8] = []
  /// Set when the input ended right after the line still in the buffer.
  private var endsAfterBuffer = false
  /// Where the next line starts in `buffer`; the bytes before it have been returned.
  private var start = 0
  /// How far from `start` the buffer has been searched for a newline without finding one.
  private var searched = 0
  /// Test hook: called after the last look for a signal and before waiting for input, the moment
  /// where a signal used to be lost. Tests raise a signal here to hit that moment every time.
  var beforeWaiting: (() -> Void)? = nil

  init(descriptor: Int32 = 0) {
    self.descriptor = descriptor
  }

  /// The next line without its line ending.
  mutating func readLine() throws(Interruption) -> String {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
        return try takeLine(endingAt: newline)
      }
      if endsAfterBuffer {
        // An answer typed and then Ctrl-D: it counts, and then the input has ended.
        if start == buffer.count { throw .endOfInput }
        return takeRest()
      }
      searched = buffer.count - start
      // One more byte may be a carriage return before the newline.
      if searched > Self.maximumLineLength + 1 { throw .lineTooLong }
      if let number = SignalTrap.take() { throw .signal(number) }
      beforeWaiting?()
      guard waitForInput() else { continue }
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        // EIO: the terminal has gone (its window closed), which is a hang-up, not Ctrl-D.
        if errno == EIO { throw .signal(SignalTrap.take() ?? SIGHUP) }
        throw .endOfInput
      }
      if count == 0 { return try lastLine() }
      buffer.append(contentsOf: chunk[0..<count])
      // A terminal hands over a line without its newline only when Ctrl-D was typed after it:
      // the user has ended the input there.
      if chunk[count - 1] != 0x0A && isLineEditingTerminal() { endsAfterBuffer = true }
    }
  }

  /// The line from `start` to the newline at `newline`, without a carriage return before it.
  private mutating func takeLine(endingAt newline: Int) throws(Interruption) -> String {
    var end = newline
    if end > start && buffer[end - 1] == 0x0D { end -= 1 }
    if end - start > Self.maximumLineLength { throw .lineTooLong }
    let line = String(decoding: buffer[start..<end], as: UTF8.self)
    lastLineMayBeCut = end - start >= Self.terminalLineLimit && isLineEditingTerminal()
    start = newline + 1
    searched = 0
    // Drop the lines returned once they are most of the buffer: each byte moves at most once.
    if start == buffer.count {
      buffer.removeAll(keepingCapacity: true)
      start = 0
    } else if start > 4096 && start * 2 > buffer.count {
      buffer.removeSubrange(..<start)
      start = 0
    }
    return line
  }

  /// What is left in the buffer, as the last line.
  private mutating func takeRest() -> String {
    lastLineMayBeCut = false
    let line = String(decoding: buffer[start...], as: UTF8.self)
    buffer.removeAll()
    start = 0
    searched = 0
    return line
  }

  /// The read found nothing: a signal, a hang-up, or the end of the input after a last line.
  private mutating func lastLine() throws(Interruption) -> String {
    if let number = SignalTrap.take() { throw .signal(number) }
    if buffer.isEmpty && terminalHungUp() { throw .signal(SIGHUP) }
    // A last line without a newline still counts; after it, the input has ended.
    if start == buffer.count { throw .endOfInput }
    if buffer.count - start > Self.maximumLineLength { throw .lineTooLong }
    return takeRest()
  }

  /// Waits for input or a signal's wake-up byte, whichever comes first. False when woken by a
  /// signal alone (or interrupted), so that the caller looks for the signal before reading.
  private func waitForInput() -> Bool {
    guard SignalTrap.wakeReadEnd >= 0 else { return true }
    var waits = [
      pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
      pollfd(fd: SignalTrap.wakeReadEnd, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&waits, 2, -1)
    if ready < 0 && errno == EINTR { return false }
    if waits[1].revents != 0 && waits[0].revents == 0 { return false }
    return true
  }

  /// Whether input comes from a terminal in its usual line-editing (canonical) mode, where a
  /// read returns a whole line, or the part typed before Ctrl-D.
  private func isLineEditingTerminal() -> Bool {
    var settings = termios()
    return isatty(descriptor) != 0 && tcgetattr(descriptor, &settings) == 0
      && (settings.c_lflag & tcflag_t(ICANON)) != 0

  }

  /// Whether the input is a terminal that has hung up (its window closed): Ctrl-D ends the
  /// input too, but leaves the terminal there. A hung-up terminal refuses its settings with EIO
  /// (Linux) or reports POLLHUP.
  private func terminalHungUp() -> Bool {
    var settings = termios()
    if tcgetattr(descriptor, &settings) != 0 { return errno == EIO }
    var wait = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&wait, 1, 0) > 0 && wait.revents & Int16(POLLHUP) != 0
  }
}

/// The exit statuses seen uses: the BSD sysexits codes, so scripts can tell failures apart.
public enum ExitCode: Int32, Equatable, Sendable {
  case success = 0
  /// `--fail-on-gaps` and the review has gaps.
  case gapsFound = 1
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// An input file was malformed or named something unknown (EX_DATAERR).
  case dataError = 65
  /// An input file does not exist or cannot be read (EX_NOINPUT).
  case noInput = 66
  /// An output file cannot be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// Reading or writing failed part way (EX_IOERR).
  case ioError = 74
  /// A temporary failure: the record is in use; try again (EX_TEMPFAIL).
  case tempFail = 75
  /// The interactive review was stopped by a hang-up (128 + SIGHUP).
  case hangUp = 129
  /// The interactive review was stopped with Ctrl-C (128 + SIGINT).
  case interrupted = 130
  /// The interactive review was stopped by SIGTERM (128 + SIGTERM).
  case terminated = 143
}

/// A failure that ends the command with one message on standard error and an exit code.
public struct CommandError: Error, Equatable {
  public var code: ExitCode
  public var message: String

  public init(_ code: ExitCode, _ message: String) {
    self.code = code
    self.message = message
  }
}

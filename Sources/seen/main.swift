import Foundation
import SeenCLI

#if canImport(Glibc)
  import Glibc
#endif

// The executable is only this: run the command with the process's streams and exit with its code.
takeQuitAsInterrupt()
let status = SeenCommand.run(
  // The arguments' bytes, so that a file name that is not UTF-8 still opens.
  PathBytes.commandLineArguments(),
  console: .system(environment: ProcessInfo.processInfo.environment))
exit(status.rawValue)

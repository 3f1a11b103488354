import SeenCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// The executable is only this: run the command with the process's streams and exit with its code.
// No Foundation here: SeenKit and SeenCLI need none, and linking it would triple the binary.
takeQuitAsInterrupt()
let status = SeenCommand.run(
  // The arguments' bytes, so that a file name that is not UTF-8 still opens.
  PathBytes.commandLineArguments(),
  console: .system(environment: ProcessEnvironment.current()))
exit(status.rawValue)

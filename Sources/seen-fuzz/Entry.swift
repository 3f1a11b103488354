#if FUZZING
  /// libFuzzer's entry point: built by Scripts/fuzz.sh with `-sanitize=fuzzer,address`.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzInput.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  /// libFuzzer's driver, which the program's main hands over to (SwiftPM names an executable's
  /// main after its module, so libFuzzer's own main is not the one that runs).
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @_cdecl("seen_fuzz_main")
  public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
  ) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzOneInput)
  }
#else
  import Foundation

  /// In an ordinary build, the same target replays inputs (a corpus, or a crash the fuzzer
  /// found): `swift run seen-fuzz Scripts/fuzz-corpus/*`.
  @main
  enum Replay {
    static func main() {
      var count = 0
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("seen-fuzz: cannot read \(path)\n".utf8))
          exit(66)
        }
        FuzzInput.run(Array(data))
        count += 1
      }
      print("seen-fuzz: \(count) inputs replayed, none failed")
    }
  }
#endif

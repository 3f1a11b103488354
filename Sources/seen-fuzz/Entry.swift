import Foundation
import SeenKit

#if FUZZING
  /// The bundled content, loaded once; nil (and said once) if it does not load.
  nonisolated(unsafe) private let fuzzContent: Content? = {
    do {
      return try Content.bundled()
    } catch {
      FileHandle.standardError.write(
        Data("seen-fuzz: the bundled content does not load: \(error)\n".utf8))
      return nil
    }
  }()

  /// libFuzzer's entry point: built by Scripts/fuzz.sh with `-sanitize=fuzzer,address`. A failed
  /// input is written to standard error and ends the process with abort(), which is how
  /// libFuzzer learns of a crash and keeps the input.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let content = fuzzContent else { return 0 }
    if let failure = FuzzInput.run(
      Array(UnsafeBufferPointer(start: data, count: size)), content: content)
    {
      FileHandle.standardError.write(Data("seen-fuzz: \(failure.message)\n".utf8))
      abort()
    }
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
  /// In an ordinary build, the same target replays inputs (a corpus, or a crash the fuzzer
  /// found): `swift run seen-fuzz Scripts/fuzz-corpus/*`. Each failure is one message; the exit
  /// status is 1 if any input failed, 66 if one cannot be read, 70 if the content does not load.
  @main
  enum Replay {
    static func main() {
      func say(_ text: String) { FileHandle.standardError.write(Data("seen-fuzz: \(text)\n".utf8)) }
      let content: Content
      do {
        content = try Content.bundled()
      } catch {
        say("the bundled content does not load: \(error)")
        exit(70)
      }
      var count = 0
      var failed = 0
      for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          say("cannot read \(path)")
          exit(66)
        }
        if let failure = FuzzInput.run(Array(data), content: content) {
          say("\(path): \(failure.message)")
          failed += 1
        }
        count += 1
      }
      guard failed == 0 else {
        say("\(failed) of \(count) inputs failed")
        exit(1)
      }
      print("seen-fuzz: \(count) inputs replayed, none failed")
    }
  }
#endif

import Foundation
import XCTest

/// Checks of generated PDFs with the tools a user would use: qpdf and pdftotext, from Debian's
/// packages, for the end-to-end and the in-process tests. A test that needs one skips, saying which package to install, when it is missing.
extension XCTestCase {
  public func assertQPDFAccepts(
    _ path: String, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let output = try runProgram("qpdf", ["--check", path])
    XCTAssertTrue(
      output.contains("No syntax or stream encoding errors found"), output, file: file, line: line)
  }

  /// pdftotext's text of a PDF with white space folded, so that wrapped lines can be searched.
  public func pdfText(_ path: String) throws -> String {
    try runProgram("pdftotext", ["-enc", "UTF-8", path, "-"])
      .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  /// `assertQPDFAccepts` for several files, qpdf checking them two at a time.
  public func assertQPDFAccepts(
    _ paths: [String], file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let outputs = try runProgram("qpdf", paths.map { ["--check", $0] })
    for (path, output) in zip(paths, outputs) {
      XCTAssertTrue(
        output.contains("No syntax or stream encoding errors found"), "\(path): \(output)",
        file: file, line: line)
    }
  }

  /// `pdfText` of several files, pdftotext reading them two at a time.
  public func pdfTexts(_ paths: [String]) throws -> [String] {
    try runProgram("pdftotext", paths.map { ["-enc", "UTF-8", $0, "-"] }).map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
  }

  /// Runs an installed program and returns its standard output, failing when it exits non-zero;
  /// skips the test, with the reason, when the program is not installed.
  public func runProgram(_ name: String, _ arguments: [String]) throws -> String {
    try runProgram(name, [arguments])[0]
  }

  /// Runs an installed program once for each list of arguments, two runs at a time (the
  /// machines that run the tests have two cores or more), and returns their standard outputs in
  /// order; fails for each run that exits non-zero, and skips the test, with the reason, when
  /// the program is not installed.
  public func runProgram(_ name: String, _ argumentLists: [[String]]) throws -> [String] {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else {
      throw XCTSkip(
        "\(name) is not installed (Debian: apt-get install \(name == "qpdf" ? "qpdf" : "poppler-utils"))"
      )
    }
    let runs = ProgramRuns(count: argumentLists.count)
    DispatchQueue.concurrentPerform(iterations: min(2, argumentLists.count)) { worker in
      for index in stride(from: worker, to: argumentLists.count, by: 2) {
        runs.set(index, ProgramRuns.run(path, argumentLists[index]))
      }
    }
    return try zip(argumentLists, runs.results).map { arguments, result in
      let result = try result.get()
      XCTAssertEqual(
        result.status, 0,
        "\(name) \(arguments.joined(separator: " ")): \(result.output)\(result.errors)")
      return result.output
    }
  }
}

/// The results of runs of a program made on several threads.
private final class ProgramRuns: @unchecked Sendable {
  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  private let lock = NSLock()
  private var stored: [Swift.Result<Result, Error>]

  init(count: Int) {
    stored = Array(repeating: .failure(CocoaError(.featureUnsupported)), count: count)
  }

  var results: [Swift.Result<Result, Error>] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  func set(_ index: Int, _ result: Swift.Result<Result, Error>) {
    lock.lock()
    stored[index] = result
    lock.unlock()
  }

  /// Runs the program and reads its output; standard error is small for these programs, so it is
  /// read after standard output.
  static func run(_ path: String, _ arguments: [String]) -> Swift.Result<Result, Error> {
    Swift.Result {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: path)
      process.arguments = arguments
      let output = Pipe()
      let errors = Pipe()
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      let errorData = errors.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return Result(
        status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
        errors: String(decoding: errorData, as: UTF8.self))
    }
  }
}

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

  /// Runs an installed program and returns its standard output, failing when it exits non-zero;
  /// skips the test, with the reason, when the program is not installed.
  public func runProgram(_ name: String, _ arguments: [String]) throws -> String {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let path else {
      throw XCTSkip(
        "\(name) is not installed (Debian: apt-get install \(name == "qpdf" ? "qpdf" : "poppler-utils"))"
      )
    }
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
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertEqual(
      process.terminationStatus, 0,
      "\(name) \(arguments.joined(separator: " ")): \(text)\(String(decoding: errorData, as: UTF8.self))"
    )
    return text
  }
}

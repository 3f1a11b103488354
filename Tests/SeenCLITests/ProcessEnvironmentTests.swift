import XCTest

@testable import SeenCLI

#if canImport(Glibc)
  import Glibc
#endif

/// The executable reads its environment without Foundation: the same variables `getenv` sees.
final class ProcessEnvironmentTests: XCTestCase {
  func testEveryVariableIsReadWithItsWholeValue() {
    setenv("SEEN_TEST_VARIABLE", "a=b c", 1)
    defer { unsetenv("SEEN_TEST_VARIABLE") }
    let variables = ProcessEnvironment.current()
    XCTAssertEqual(variables["SEEN_TEST_VARIABLE"], "a=b c")
    XCTAssertEqual(variables["PATH"], getenv("PATH").map { String(cString: $0) })
    XCTAssertNil(variables["SEEN_TEST_VARIABLE_NOT_SET"])
  }
}

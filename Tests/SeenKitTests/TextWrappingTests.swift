import XCTest

@testable import SeenKit

final class TextWrappingTests: XCTestCase {
  func testWrapsAtWordBoundariesWithinWidth() {
    let text = "The men who caused harm to these babies were not invisible they were unseen."
    let wrapped = TextWrapping.wrap(text, width: 30)
    XCTAssertEqual(
      wrapped, "The men who caused harm to\nthese babies were not\ninvisible they were unseen.")
    XCTAssert(wrapped.split(separator: "\n").allSatisfy { $0.count <= 30 })
  }

  func testIndentsAndHangs() {
    XCTAssertEqual(
      TextWrapping.wrap("one two three four", width: 12, indent: "  - ", hanging: "    "),
      "  - one two\n    three\n    four")
  }

  func testNeverCutsAWordLongerThanTheWidth() {
    XCTAssertEqual(
      TextWrapping.wrap("a supercalifragilistic b", width: 8), "a\nsupercalifragilistic\nb")
  }

  func testEmptyTextGivesTheIndentOnly() {
    XCTAssertEqual(TextWrapping.wrap("", width: 10, indent: "  "), "")
  }
}

import Testing

@testable import SeenKit

@Suite struct TextWrappingTests {
  @Test func wrapsAtWordBoundariesWithinWidth() {
    let text = "The men who caused harm to these babies were not invisible they were unseen."
    let wrapped = TextWrapping.wrap(text, width: 30)
    #expect(
      wrapped == "The men who caused harm to\nthese babies were not\ninvisible they were unseen.")
    #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 30 })
  }

  @Test func indentsAndHangs() {
    #expect(
      TextWrapping.wrap("one two three four", width: 12, indent: "  - ", hanging: "    ")
        == "  - one two\n    three\n    four")
  }

  @Test func neverCutsAWordLongerThanTheWidth() {
    #expect(TextWrapping.wrap("a supercalifragilistic b", width: 8) == "a\nsupercalifragilistic\nb")
  }

  @Test func emptyTextGivesTheIndentOnly() {
    #expect(TextWrapping.wrap("", width: 10, indent: "  ") == "")
  }
}

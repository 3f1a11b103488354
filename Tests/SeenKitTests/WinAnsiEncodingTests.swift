import XCTest

@testable import SeenKit

/// Unicode to WinAnsiEncoding, and what happens to text the standard fonts cannot show.
final class WinAnsiEncodingTests: XCTestCase {
  func testASCIIIsUnchanged() {
    let encoded = WinAnsiEncoding.encode("Father (birth) & GP: 100% \\ ok")
    XCTAssertEqual(encoded.bytes, Array("Father (birth) & GP: 100% \\ ok".utf8))
    XCTAssertEqual(encoded.replaced, [])
  }

  func testTypographyMapsToItsCodes() {
    let encoded = WinAnsiEncoding.encode(
      "\u{201C}men\u{2019}s\u{201D} \u{2013} \u{2014} \u{2026} \u{2022} \u{20AC}5")
    XCTAssertEqual(
      encoded.bytes,
      [0x93] + Array("men".utf8) + [0x92] + Array("s".utf8) + [
        0x94, 0x20, 0x96, 0x20, 0x97, 0x20,
        0x85, 0x20, 0x95, 0x20, 0x80, 0x35,
      ])
    XCTAssertEqual(encoded.replaced, [])
  }

  func testLatinLettersComposedOrNot() {
    XCTAssertEqual(WinAnsiEncoding.encode("é").bytes, [0xE9])
    XCTAssertEqual(WinAnsiEncoding.encode("e\u{301}").bytes, [0xE9], "decomposed é")
    XCTAssertEqual(
      WinAnsiEncoding.encode("Straße Œuvre ñ Ÿ").bytes,
      Array("Stra".utf8) + [0xDF] + Array("e ".utf8) + [0x8C] + Array("uvre ".utf8) + [
        0xF1, 0x20, 0x9F,
      ])
  }

  func testInvisibleCharactersAreLeftOutAndLookAlikesMapped() {
    XCTAssertEqual(WinAnsiEncoding.encode("co\u{00AD}op\u{200B}").bytes, Array("coop".utf8))
    XCTAssertEqual(WinAnsiEncoding.encode("a\u{2011}b\u{2212}c").bytes, Array("a-b-c".utf8))
    XCTAssertEqual(WinAnsiEncoding.encode("a\u{2009}b").bytes, Array("a b".utf8))
  }

  func testRunsOfUnsupportedTextBecomeOnePlaceholderEach() {
    let encoded = WinAnsiEncoding.encode("Note: مرحبا بالعالم ok")
    XCTAssertEqual(String(decoding: encoded.bytes, as: UTF8.self), "Note: [?] [?] ok")
    XCTAssertEqual(encoded.replaced.count, 12)
  }

  func testEmojiAndCJKAreReplaced() {
    let encoded = WinAnsiEncoding.encode("ok 😀👨‍👩‍👧 父親")
    XCTAssertEqual(String(decoding: encoded.bytes, as: UTF8.self), "ok [?] [?]")
    XCTAssertEqual(encoded.replaced, ["😀", "👨‍👩‍👧", "父", "親"])
  }

  func testEveryMappedCodeHasAGlyphWidth() {
    for code in WinAnsiEncoding.fromUnicode.values {
      XCTAssertGreaterThan(StandardFont.helvetica.widths[Int(code)], 0, "code \(code)")
      XCTAssertGreaterThan(StandardFont.helveticaBold.widths[Int(code)], 0, "code \(code)")
    }
    for code in 0x20...0x7E {
      XCTAssertGreaterThan(StandardFont.helvetica.widths[code], 0)
    }
  }

  func testWidthsAreAdobes() {
    // A few values from Helvetica.afm and Helvetica-Bold.afm.
    XCTAssertEqual(StandardFont.helvetica.widths[Int(UInt8(ascii: "a"))], 556)
    XCTAssertEqual(StandardFont.helvetica.widths[Int(UInt8(ascii: "i"))], 222)
    XCTAssertEqual(StandardFont.helvetica.widths[Int(UInt8(ascii: "W"))], 944)
    XCTAssertEqual(StandardFont.helvetica.widths[0x20], 278)
    XCTAssertEqual(StandardFont.helvetica.widths[0x97], 1000, "em dash")
    XCTAssertEqual(StandardFont.helveticaBold.widths[Int(UInt8(ascii: "i"))], 278)
    XCTAssertEqual(StandardFont.helveticaBold.widths[Int(UInt8(ascii: "m"))], 889)
    XCTAssertEqual(
      StandardFont.helvetica.width(of: Array("aa".utf8), size: 10), 11.12, accuracy: 1e-9)
  }
}

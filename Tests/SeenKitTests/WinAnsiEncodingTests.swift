import Testing

@testable import SeenKit

/// Unicode to WinAnsiEncoding, and what happens to text the standard fonts cannot show.
@Suite struct WinAnsiEncodingTests {
  @Test func asciiIsUnchanged() {
    let encoded = WinAnsiEncoding.encode("Father (birth) & GP: 100% \\ ok")
    #expect(encoded.bytes == Array("Father (birth) & GP: 100% \\ ok".utf8))
    #expect(encoded.replaced == [])
  }

  @Test func typographyMapsToItsCodes() {
    let encoded = WinAnsiEncoding.encode(
      "\u{201C}men\u{2019}s\u{201D} \u{2013} \u{2014} \u{2026} \u{2022} \u{20AC}5")
    #expect(
      encoded.bytes == [0x93] + Array("men".utf8) + [0x92] + Array("s".utf8) + [
        0x94, 0x20, 0x96, 0x20, 0x97, 0x20,
        0x85, 0x20, 0x95, 0x20, 0x80, 0x35,
      ])
    #expect(encoded.replaced == [])
  }

  @Test func latinLettersComposedOrNot() {
    #expect(WinAnsiEncoding.encode("é").bytes == [0xE9])
    #expect(WinAnsiEncoding.encode("e\u{301}").bytes == [0xE9], "decomposed é")
    #expect(
      WinAnsiEncoding.encode("Straße Œuvre ñ Ÿ").bytes == Array("Stra".utf8) + [0xDF]
        + Array("e ".utf8) + [0x8C] + Array("uvre ".utf8) + [
          0xF1, 0x20, 0x9F,
        ])
  }

  @Test func invisibleCharactersAreLeftOutAndLookAlikesMapped() {
    #expect(WinAnsiEncoding.encode("co\u{00AD}op\u{200B}").bytes == Array("coop".utf8))
    #expect(WinAnsiEncoding.encode("a\u{2011}b\u{2212}c").bytes == Array("a-b-c".utf8))
    #expect(WinAnsiEncoding.encode("a\u{2009}b").bytes == Array("a b".utf8))
  }

  @Test func runsOfUnsupportedTextBecomeOnePlaceholderEach() {
    let encoded = WinAnsiEncoding.encode("Note: مرحبا بالعالم ok")
    #expect(String(decoding: encoded.bytes, as: UTF8.self) == "Note: [?] [?] ok")
    #expect(encoded.replaced.count == 12)
  }

  @Test func emojiAndCJKAreReplaced() {
    let encoded = WinAnsiEncoding.encode("ok 😀👨‍👩‍👧 父親")
    #expect(String(decoding: encoded.bytes, as: UTF8.self) == "ok [?] [?]")
    #expect(encoded.replaced == ["😀", "👨‍👩‍👧", "父", "親"])
  }

  @Test func everyMappedCodeHasAGlyphWidth() {
    for code in WinAnsiEncoding.fromUnicode.values {
      #expect(StandardFont.helvetica.widths[Int(code)] > 0, "code \(code)")
      #expect(StandardFont.helveticaBold.widths[Int(code)] > 0, "code \(code)")
    }
    for code in 0x20...0x7E {
      #expect(StandardFont.helvetica.widths[code] > 0)
    }
  }

  @Test func widthsAreAdobes() {
    // A few values from Helvetica.afm and Helvetica-Bold.afm.
    #expect(StandardFont.helvetica.widths[Int(UInt8(ascii: "a"))] == 556)
    #expect(StandardFont.helvetica.widths[Int(UInt8(ascii: "i"))] == 222)
    #expect(StandardFont.helvetica.widths[Int(UInt8(ascii: "W"))] == 944)
    #expect(StandardFont.helvetica.widths[0x20] == 278)
    #expect(StandardFont.helvetica.widths[0x97] == 1000, "em dash")
    #expect(StandardFont.helveticaBold.widths[Int(UInt8(ascii: "i"))] == 278)
    #expect(StandardFont.helveticaBold.widths[Int(UInt8(ascii: "m"))] == 889)
    #expect(abs(StandardFont.helvetica.width(of: Array("aa".utf8), size: 10) - 11.12) <= 1e-9)
  }
}

import SeenTestSupport
import Testing

@testable import SeenKit

/// A review's id (seen-review/4): kept as read, checked, derived from the content when a record
/// holds none, and the rule that picks one of two differing copies of one review.
@Suite struct ReviewIDTests {
  let content = TestContent.bundled

  @Test func sha256MatchesTheStandardsVectors() {
    func hex(_ text: String) -> String {
      SHA256.hash(Array(text.utf8)).map { String($0, radix: 16) }.map {
        $0.count == 1 ? "0" + $0 : $0
      }.joined()
    }
    #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(
      hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    // Either side of a block's end, where the padding takes one block or two.
    for (count, digest) in [
      (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
      (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
      (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
      (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
      (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
      (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
    ] {
      #expect(hex(String(repeating: "a", count: count)) == digest, "\(count) bytes")
    }
    #expect(
      hex(String(repeating: "a", count: 1000))
        == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }

  @Test func aRandomIdIs32LowerCaseHexDigits() {
    let id = ReviewRecord.id(random: Array(0..<16).map { UInt8($0 * 17) })
    #expect(id == "00112233445566778899aabbccddeeff")
    #expect(ReviewRecord.idProblem(id) == nil)
  }

  @Test func anIdIsReadKeptAndWrittenSecond() throws {
    let record = try TestContent.record(
      #"{"format": "seen-review/4", "id": "Agency-B-0001", "case": "X1"}"#)
    #expect(record.id == "Agency-B-0001")
    let encoded = record.encoded()
    #expect(
      encoded.hasPrefix("{\n  \"format\": \"seen-review/8\",\n  \"id\": \"Agency-B-0001\",\n"))
    #expect(try ReviewRecord.decode(Array(encoded.utf8), file: nil, content: content) == record)
  }

  /// The same bytes give the same id, whatever the file's name; any other byte, another (a
  /// merge is never guessed). Pinned: a record resumed keeps its derived id, saved, and must
  /// still match an older copy read by a later seen.
  @Test func aRecordWithoutAnIdGetsOneFromItsContent() throws {
    let one = try TestContent.record(
      #"{"format": "seen-review/3", "case": "HV-1", "men": [{"label": "Father", "answers": {"contacted": "yes"}}]}"#
    )
    let copy = try TestContent.record(
      #"{"format": "seen-review/3", "case": "HV-1", "men": [{"label": "Father", "answers": {"contacted": "yes"}}]}"#
    )
    let sameContentLaidOutAgain = try TestContent.record(
      #"""
      {
        "men": [ { "answers": { "contacted": "yes" }, "label": "Father" } ],
        "case": "HV-1"
      }
      """#)
    let other = try TestContent.record(
      #"{"case": "HV-2", "men": [{"label": "Father", "answers": {"contacted": "yes"}}]}"#)
    #expect(one.id == copy.id)
    #expect(one.id != sameContentLaidOutAgain.id)
    #expect(one.id != other.id)
    let id = try #require(one.id)
    #expect(id.count == 32 && id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    // The SHA-256 of the two bytes "{}", checked with another SHA-256: the rule in the README.
    #expect(try TestContent.record("{}").id == "44136fa355b3678a1146ad16f7e8649e")
    // A scenario's record, read from no file of its own: from its canonical encoding,
    // {"men": [], "answers": {}, "reflections": {}} as seen writes it.
    #expect(ReviewRecord().derivedID == "41f4676fb64f52d40e121d2b507db4fa")
    // Saved, the derived id is kept: the resumed record and an old copy stay one review.
    let saved = try ReviewRecord.decode(Array(one.encoded().utf8), file: nil, content: content)
    #expect(saved.id == one.id)
    #expect(saved.encoded().contains("\"id\": \"\(id)\""))
  }

  @Test func aBadIdIsRefusedInOneLineWithItsPlace() throws {
    let cases: [(json: String, message: String)] = [
      (#"{"id": ""}"#, "must not be empty"),
      (#"{"id": "1234567"}"#, "an id has 8 to 64 characters, this one has 7"),
      (#"{"id": "\#(String(repeating: "a", count: 65))"}"#, "this one has 65"),
      (#"{"id": "abc def 123"}"#, "ASCII letters, digits and hyphens only"),
      (#"{"id": "abcdéf-12345"}"#, "ASCII letters, digits and hyphens only"),
      (#"{"id": 12345678}"#, "expected a string, found a number"),
    ]
    for (json, message) in cases {
      let bytes = Array(json.utf8)
      do {
        _ = try ReviewRecord.decode(bytes, file: "r.json", content: content)
        Issue.record("accepted: \(json)")
      } catch {
        #expect(error.description.hasPrefix("r.json:1:8: "), Comment(rawValue: error.description))
        #expect(error.description.contains(message), Comment(rawValue: error.description))
        #expect(error.path == "id")
        #expect(!error.description.contains("\n"))
      }
    }
    #expect(ReviewRecord.idProblem(String(repeating: "a", count: 64)) == nil)
    #expect(ReviewRecord.idProblem("12345678") == nil)
  }

  @Test func anIdInAnOlderFormatIsAnUnknownKey() {
    let error = TestContent.decodingError(#"{"format": "seen-review/3", "id": "abcdefgh12"}"#)
    #expect(
      error?.problem
        == .unknownKey("id", valid: ReviewRecord.allowed(ReviewRecord.topLevelKeys, version: 3)))
  }

  /// Of two differing copies of one review, the one with more answers counts; else the one
  /// whose saved form sorts last. Never both, never neither, whatever the order.
  @Test func theCountedCopyIsChosenByContentAlone() {
    var older = ReviewRecord(id: "review-0001", caseReference: "HV-1")
    older.answers["all-men-identified"] = Answer(.no)
    var resumed = older
    resumed.answers["supervision"] = Answer(.yes)
    #expect(resumed.isCountedCopy(over: older))
    #expect(!older.isCountedCopy(over: resumed))
    var edited = older
    edited.answers["all-men-identified"] = Answer(.yes)
    #expect(edited.isCountedCopy(over: older) != older.isCountedCopy(over: edited))
    #expect(!older.isCountedCopy(over: older))
  }

  /// A review taken back out leaves the summary as if it had never been counted, with no empty
  /// group left behind.
  @Test func removingAReviewUndoesAddingIt() throws {
    let few = try TestContent.example("few-gaps")
    let two = try TestContent.example("two-men")
    var alone = GroupedSummary(field: .role)
    alone.add(few, content: content)
    var both = GroupedSummary(field: .role)
    both.add(few, content: content)
    both.add(ReviewRecord(role: "Midwife"), content: content)
    both.add(two, content: content)
    both.remove(two, content: content)
    both.remove(ReviewRecord(role: "Midwife"), content: content)
    #expect(both.groupNames == alone.groupNames)
    #expect(both.overall.reviews == alone.overall.reviews)
    let renderer = SummaryRenderer(content: content)
    #expect(renderer.render(both, as: .json) == renderer.render(alone, as: .json))
  }
}

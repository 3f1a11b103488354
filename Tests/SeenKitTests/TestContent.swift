import Foundation
import SeenTestSupport
import Testing

@testable import SeenKit

/// The built-in content, loaded once for all tests.
enum TestContent {
  static let bundled: Content = {
    do {
      return try Content.bundled()
    } catch {
      fatalError("the built-in content does not load: \(error)")
    }
  }()

  /// The day the goldens count overdue actions from (as SEEN_TODAY=2026-12-03 does).
  static let today = ISODate(year: 2026, month: 12, day: 3)!

  static func example(_ name: String) throws -> ReviewRecord {
    let url = PackagePaths.examples.appendingPathComponent("\(name).json")
    let data = try Data(contentsOf: url)
    return try ReviewRecord.decode(Array(data), file: "examples/\(name).json", content: bundled)
  }

  static func record(_ json: String) throws -> ReviewRecord {
    try ReviewRecord.decode(Array(json.utf8), file: "test.json", content: bundled)
  }

  /// The DataError a JSON text raises, or a failure when it decodes.
  static func decodingError(_ json: String, sourceLocation: SourceLocation = #_sourceLocation)
    -> DataError?
  {
    do {
      _ = try record(json)
      Issue.record("expected the record to be refused", sourceLocation: sourceLocation)
      return nil
    } catch let error as DataError {
      return error
    } catch {
      Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
      return nil
    }
  }
}

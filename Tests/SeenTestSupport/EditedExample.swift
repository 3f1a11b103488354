import Foundation
import XCTest

/// Why an example could not be edited.
public struct EditedExampleError: Error, CustomStringConvertible {
  public var description: String
}

extension XCTestCase {
  /// An example review, changed by `edit`, written to a temporary file.
  public func writeEditedExample(
    _ name: String, in folder: URL, as fileName: String,
    edit: (inout [String: Any]) -> Void
  ) throws -> URL {
    let data = try Data(contentsOf: PackagePaths.examples.appendingPathComponent("\(name).json"))
    guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw EditedExampleError(description: "examples/\(name).json is not a JSON object")
    }
    edit(&object)
    let url = folder.appendingPathComponent(fileName)
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      .write(to: url)
    return url
  }
}

import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a test file could not be made.
public struct TestFileError: Error, CustomStringConvertible {
  public var description: String
}

extension XCTestCase {
  /// An example review, changed by `edit`, written to a file in `folder`.
  public func writeEditedExample(
    _ name: String, in folder: URL, as fileName: String,
    edit: (inout [String: Any]) -> Void
  ) throws -> URL {
    let data = try Data(contentsOf: PackagePaths.examples.appendingPathComponent("\(name).json"))
    guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw TestFileError(description: "examples/\(name).json is not a JSON object")
    }
    edit(&object)
    let url = folder.appendingPathComponent(fileName)
    try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
      .write(to: url)
    return url
  }
}

/// The permission bits of a file, such as 0o600.
public func permissions(of path: String) -> Int? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return Int(info.st_mode) & 0o777
}

/// The names in a folder, hidden files included.
public func names(in folder: URL) throws -> Set<String> {
  Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
}

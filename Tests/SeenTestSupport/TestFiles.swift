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
  /// A new empty folder, removed when the test ends.
  public func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("seen-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

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

/// A test case that works in a folder of its own (`makeTemporaryDirectory` in its set-up), with
/// the paths and contents of the files in it.
public protocol FolderTests: XCTestCase {
  var folder: URL! { get }
}

extension FolderTests {
  /// The path of `name` in the test's folder.
  public func path(_ name: String) -> String {
    folder.appendingPathComponent(name).path
  }

  /// The bytes of `name` in the test's folder, or nil when there is no such file.
  public func contents(_ name: String) -> Data? {
    FileManager.default.contents(atPath: path(name))
  }
}

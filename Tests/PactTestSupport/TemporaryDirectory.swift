import Foundation

/// A new, empty folder under the system's temporary directory, named `pact-tests-…`.
///
/// Call ``remove()`` when done, usually with `defer`. The URL has symbolic links resolved
/// (on macOS the temporary directory lives behind `/var` → `/private/var`), so it
/// compares equal to paths that pact prints.
public struct TemporaryDirectory: Sendable {
  /// The folder.
  public let url: URL

  /// The folder's path.
  public var path: String { url.path }

  /// Creates a new, uniquely named folder.
  ///
  /// - Throws: The file system's error if the folder cannot be created.
  public init() throws {
    let name = "pact-tests-" + UUID().uuidString.prefix(13).lowercased()
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(name)
    // Without intermediate directories, creation fails rather than reuse a folder.
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
    self.url = url.resolvingSymlinksInPath()
  }

  /// Deletes the folder and everything in it; a folder already gone is not an error.
  public func remove() {
    try? FileManager.default.removeItem(at: url)
  }

  /// The root of the package: the folder that holds `Package.swift`, `Fixtures` and
  /// `Tests`, found from where this source file is.
  public static var packageRoot: URL {
    // This file is Tests/PactTestSupport/TemporaryDirectory.swift.
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// A folder `links/pact` in this one that is a symbolic link to an empty folder
  /// `elsewhere`, as a cache folder might be made by someone else: both URLs.
  ///
  /// - Throws: The file system's error if a folder or the link cannot be made.
  public func linkedFolder() throws -> (link: URL, target: URL) {
    let target = url.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let links = url.appendingPathComponent("links")
    try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
    let link = links.appendingPathComponent("pact")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    return (link, target)
  }

  /// Copies the fixture `Fixtures/<name>` into a new temporary folder.
  ///
  /// The copy keeps the fixture's name: the panel is at
  /// `temporary.url.appendingPathComponent(name)`, and the temporary folder around it
  /// is free for other files (a second panel, an export) that the test makes.
  ///
  /// - Parameter name: The fixture's folder name (or path) under `Fixtures`.
  /// - Returns: The temporary folder that holds the copy.
  /// - Throws: ``TestSupportError/missingFixture(_:)`` if there is no such fixture, or
  ///   the file system's error if the copy fails.
  public static func copyFixture(_ name: String) throws -> TemporaryDirectory {
    try copyFixture(name, from: packageRoot.appendingPathComponent("Fixtures"))
  }

  /// Copies the folder `<fixtures>/<name>` into a new temporary folder, as
  /// ``copyFixture(_:)`` does from the package's `Fixtures`.
  ///
  /// - Parameters:
  ///   - name: The folder's name (or path) under `fixtures`.
  ///   - fixtures: The folder that holds it.
  /// - Returns: The temporary folder that holds the copy, at
  ///   `temporary.url.appendingPathComponent(name)`.
  /// - Throws: ``TestSupportError/missingFixture(_:)`` if there is no such folder, or
  ///   the file system's error if the copy fails.
  public static func copyFixture(_ name: String, from fixtures: URL) throws -> TemporaryDirectory {
    let source = fixtures.appendingPathComponent(name)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw TestSupportError.missingFixture(source.path)
    }
    let temporary = try TemporaryDirectory()
    do {
      let destination = temporary.url.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: source, to: destination)
    } catch {
      temporary.remove()
      throw error
    }
    return temporary
  }
}

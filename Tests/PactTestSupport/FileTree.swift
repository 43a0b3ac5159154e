import Foundation

/// Every regular file under a folder, by path relative to it, with its contents.
///
/// Hidden files and folders (`.pact/`, `.gitignore`) are included; symbolic links are
/// not followed. Compare the tree before and after a command to show it changed nothing.
///
/// - Parameter url: The folder.
/// - Returns: The contents of each file, keyed by a relative path such as
///   `meetings/2024-03-12.json`.
/// - Throws: The file system's error if a file cannot be read.
public func fileTree(_ url: URL) throws -> [String: Data] {
  let manager = FileManager.default
  var isDirectory: ObjCBool = false
  guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue,
    let enumerator = manager.enumerator(atPath: url.path)
  else {
    throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: url.path])
  }
  var files: [String: Data] = [:]
  while let relativePath = enumerator.nextObject() as? String {
    let fileURL = url.appendingPathComponent(relativePath)
    let attributes = try manager.attributesOfItem(atPath: fileURL.path)
    if attributes[.type] as? FileAttributeType == .typeRegular {
      files[relativePath] = try Data(contentsOf: fileURL)
    }
  }
  return files
}

import Foundation

/// The three-way merge of one record file: what `pact merge-file`, the merge driver git runs
/// for a panel's files, does (see `RecordMerge` for the rules). The result is the same file
/// whichever version is "ours", and never holds conflict markers.
///
/// ```swift
/// let merged = try RecordFileMerge.merge(base: base, ours: ours, theirs: theirs)
/// ```
public enum RecordFileMerge {
  /// One of the three versions of a file in a merge.
  public enum Version: String, Sendable, Equatable {
    case base
    case ours
    case theirs
  }

  /// A version that is not a JSON object pact can merge, and why.
  public struct Unreadable: Error, Sendable, Equatable {
    public var version: Version
    public var reason: String
  }

  /// What `mergeFiles` did.
  public enum Outcome: Sendable, Equatable {
    /// The merged record was written over ours.
    case merged
    /// A version could not be read as a record, so git's own merge (`git merge-file`) wrote
    /// its result over ours, conflict markers and all, and exited with `status` (the number
    /// of conflicts, 0 when none).
    case leftToGit(Unreadable, status: Int32)
  }

  /// The merge of `ours` and `theirs`, both changed from `base`, as pact writes a record:
  /// pretty-printed with sorted keys and a final newline. An empty `base` (a file added on
  /// both sides) is an empty object.
  ///
  /// - Throws: `Unreadable` when a version is not a JSON object.
  public static func merge(base: Data, ours: Data, theirs: Data) throws(Unreadable) -> Data {
    let baseObject = try object(base, .base)
    let oursObject = try object(ours, .ours)
    let theirsObject = try object(theirs, .theirs)
    return JSONWriter.prettyData(
      .object(RecordMerge.merge(base: baseObject, ours: oursObject, theirs: theirsObject)))
  }

  /// Merges the files `base`, `ours` and `theirs` as git's merge driver protocol asks
  /// (`%O %A %B`): the result replaces `ours`. A version that is not a record pact can read
  /// is left to git's own merge.
  ///
  /// - Parameter environment: Where git is found (`PATH`), for a file left to it.
  /// - Throws: `StorageError.readFailed` when a file cannot be read at all;
  ///   `StorageError.writeFailed` when `ours` cannot be written; `SyncError.gitMissing`
  ///   when git is needed and missing.
  public static func mergeFiles(
    base: URL, ours: URL, theirs: URL, environment: [String: String]
  ) throws -> Outcome {
    let texts = try [base, ours, theirs].map(read)
    let merged: Data
    do throws(Unreadable) {
      merged = try merge(base: texts[0], ours: texts[1], theirs: texts[2])
    } catch {
      let git = try Git(in: ours.deletingLastPathComponent(), environment: environment)
      let result = try git.run([
        "merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours.path, base.path, theirs.path,
      ])
      return .leftToGit(error, status: result.status)
    }
    try AtomicFile.write(merged, to: ours)
    return .merged
  }

  /// A version's bytes, as many as a record may hold and one more: a larger file is not a
  /// record pact can merge, and is left to git.
  private static func read(_ url: URL) throws -> Data {
    do {
      let handle = try FileHandle(forReadingFrom: url)
      defer { try? handle.close() }
      return try handle.read(upToCount: Int(FileSize.recordLimit) + 1) ?? Data()
    } catch {
      throw StorageError.readFailed(path: url.path, reason: AtomicFile.describe(error))
    }
  }

  private static func object(_ data: Data, _ version: Version) throws(Unreadable)
    -> [String: JSONValue]
  {
    guard data.count <= FileSize.recordLimit else {
      throw Unreadable(
        version: version,
        reason: "it is larger than the \(FileSize.text(FileSize.recordLimit)) pact reads")
    }
    // git gives an empty base for a file both sides added.
    if version == .base, data.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
      return [:]
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(data)
    } catch {
      throw Unreadable(version: version, reason: "not valid JSON (\(error.errorDescription ?? ""))")
    }
    guard case .object(let object) = value else {
      throw Unreadable(version: version, reason: "a JSON \(value.typeName), not an object")
    }
    return object
  }
}

import Foundation
import Testing

/// What comparing a text with its golden file found, or did.
public enum SnapshotOutcome: Equatable, Sendable {
  /// The golden file holds exactly the text.
  case matched
  /// There is no golden file, and recording was off.
  case missing
  /// There was no golden file; the text was written as a new one.
  case recorded
  /// The golden file holds another text; the diff is from the golden to the text.
  case mismatched(diff: String)
  /// The golden file held another text and was overwritten; the diff is of the change.
  case rerecorded(diff: String)
  /// The golden file could not be read or written.
  case failed(String)

  /// The message a test failure shows for this outcome, or nil for ``matched``.
  ///
  /// - Parameter goldenURL: The golden file, named in the message.
  /// - Returns: What happened and what to do about it.
  public func failureMessage(goldenURL: URL) -> String? {
    let golden = displayPath(goldenURL)
    switch self {
    case .matched:
      return nil
    case .missing:
      return "no snapshot at \(golden); run the tests with RECORD_SNAPSHOTS=1 to record it, "
        + "then read it before committing it"
    case .recorded:
      return "recorded snapshot \(golden), re-run without RECORD_SNAPSHOTS"
    case .mismatched(let diff):
      return "snapshot \(golden) does not match (- snapshot, + actual):\n\(diff)\n"
        + "If the change is intended, re-record it with RECORD_SNAPSHOTS=1."
    case .rerecorded(let diff):
      return "re-recorded snapshot \(golden), re-run without RECORD_SNAPSHOTS "
        + "(- old, + new):\n\(diff)"
    case .failed(let reason):
      return "snapshot \(golden): \(reason)"
    }
  }
}

/// The golden file for a snapshot name: `Tests/<directory>/<name>` in the package.
///
/// - Parameters:
///   - name: The file's path under the directory, extension included, such as
///     `status/borough-green.txt`.
///   - directory: The folder under `Tests` that holds the golden files.
/// - Returns: The golden file's URL.
public func snapshotURL(named name: String, directory: String = "Golden") -> URL {
  TemporaryDirectory.packageRoot
    .appendingPathComponent("Tests")
    .appendingPathComponent(directory)
    .appendingPathComponent(name)
}

/// Whether the environment asks for snapshots to be recorded: `RECORD_SNAPSHOTS` set
/// to anything but empty or `0`.
public var isRecordingSnapshots: Bool {
  let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] ?? ""
  return !value.isEmpty && value != "0"
}

/// Checks a text against its golden file, and records an issue if it differs.
///
/// The golden file is ``snapshotURL(named:directory:)``, compared byte for byte. A
/// missing golden file fails the test. With `RECORD_SNAPSHOTS=1` in the environment,
/// a missing or different golden file is written with `actual` instead, and the test
/// still fails, so that recording is never mistaken for passing.
///
/// - Parameters:
///   - actual: The text produced.
///   - name: The golden file's path under the directory, such as
///     `status/borough-green.txt`.
///   - directory: The folder under `Tests` that holds the golden files.
///   - sourceLocation: Where the failure is reported.
public func assertSnapshot(
  _ actual: String,
  named name: String,
  directory: String = "Golden",
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let goldenURL = snapshotURL(named: name, directory: directory)
  let outcome = compareSnapshot(actual: actual, goldenURL: goldenURL, record: isRecordingSnapshots)
  if let message = outcome.failureMessage(goldenURL: goldenURL) {
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
  }
}

/// Compares a text with a golden file, writing the file if asked to record.
///
/// - Parameters:
///   - actual: The text produced.
///   - goldenURL: The golden file.
///   - record: Whether to write `actual` to the golden file when it is missing or
///     differs, creating folders as needed.
/// - Returns: What the comparison found, or did.
public func compareSnapshot(actual: String, goldenURL: URL, record: Bool) -> SnapshotOutcome {
  let actualData = Data(actual.utf8)
  let expected: Data?
  if FileManager.default.fileExists(atPath: goldenURL.path) {
    do {
      expected = try Data(contentsOf: goldenURL)
    } catch {
      return .failed("cannot read it: \(error.localizedDescription)")
    }
  } else {
    expected = nil
  }
  if expected == actualData {
    return .matched
  }
  let diff = expected.map {
    lineDiff(expected: String(decoding: $0, as: UTF8.self), actual: actual)
  }
  guard record else {
    return diff.map { .mismatched(diff: $0) } ?? .missing
  }
  do {
    try FileManager.default.createDirectory(
      at: goldenURL.deletingLastPathComponent(), withIntermediateDirectories: true)
    try actualData.write(to: goldenURL, options: .atomic)
  } catch {
    return .failed("cannot write it: \(error.localizedDescription)")
  }
  return diff.map { .rerecorded(diff: $0) } ?? .recorded
}

/// A path relative to the package root when it is inside it, else the whole path.
private func displayPath(_ url: URL) -> String {
  let root = TemporaryDirectory.packageRoot.standardizedFileURL.path + "/"
  let path = url.standardizedFileURL.path
  return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
}

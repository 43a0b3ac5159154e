import Foundation

/// A borough report that cannot be made at all (exit 1). Panels that fail to load are not
/// errors of this kind: they are listed in the report (see `BoroughReport.failures`).
public enum BoroughReportError: Error, Equatable, PactError {
  /// A path given to `pact report` is not a folder.
  case notAFolder(path: String)
  /// No folder under the paths given holds a panel.
  case noPanels(paths: [String])

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .notAFolder(let path):
      "\(path) is not a folder"
    case .noPanels(let paths):
      "no panels found under \(paths.joined(separator: ", ")): no folder there holds panel.json"
    }
  }

}

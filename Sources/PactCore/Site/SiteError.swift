import Foundation

/// A website that cannot be built where it was asked for (exit 1). Panels that fail to load
/// are not errors of this kind: they are listed in the build's failures.
public enum SiteError: Error, Equatable, PactError {
  /// The output folder is a panel's folder or inside one: the site would mix with records.
  case outputInsidePanel(path: String, panel: String)
  /// The output folder holds a panel, whose files a site must never touch.
  case outputHoldsPanel(path: String, panel: String)
  /// The output path exists and is not a folder, or a folder in it is a link or a file.
  case outputNotAFolder(path: String)

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .outputInsidePanel(let path, let panel):
      "\(path) is inside the panel \(panel); the website must be written outside every panel"
    case .outputHoldsPanel(let path, let panel):
      "\(path) holds the panel \(panel); the website must be written outside every panel"
    case .outputNotAFolder(let path):
      "\(path) is not a folder pact can write the website in"
    }
  }
}

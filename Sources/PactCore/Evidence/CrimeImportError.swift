/// A row of a street-level file that cannot be read, named by its file and line.
public struct CrimeFileProblem: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

/// Why `crime import` read nothing. Nothing from the run is kept.
public enum CrimeImportError: Error, Equatable, PactError {
  /// There is nothing at the path given.
  case fileNotFound(path: String)
  /// A file or folder exists but cannot be read.
  case readFailed(path: String, reason: String)
  /// A folder holds no file named like a street-level file (`…-street.csv`).
  case noStreetFiles(folder: String)
  /// The file does not start with the street-level header; `found` is its first row.
  case notStreetLevel(file: String, found: [String])
  /// Rows that cannot be read: the first ones, and how many there are in all.
  case badRows(problems: [CrimeFileProblem], total: Int)
  /// Two files of the same name whose contents differ: which one to count is not clear.
  case differentRepeat(name: String, first: String, second: String)
  /// The panel has no area to count crime in.
  case noArea(panel: String)
  /// None of the panels found has an area.
  case noPanelWithArea(paths: [String], panels: Int)

  public var kind: ErrorKind {
    switch self {
    case .fileNotFound, .readFailed, .noStreetFiles, .noArea, .noPanelWithArea: .refused
    case .notStreetLevel, .badRows, .differentRepeat: .invalidData
    }
  }

  public var errorDescription: String? {
    switch self {
    case .fileNotFound(let path):
      return "no file or folder at \(path)"
    case .readFailed(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .noStreetFiles(let folder):
      return "\(folder) holds no police.uk street-level file (named YYYY-MM-FORCE-street.csv)"
    case .notStreetLevel(let file, let found):
      let first = found.prefix(4).map { "\"\($0)\"" }.joined(separator: ", ")
      return "\(file) is not a police.uk street-level crime file: its first line "
        + (found.isEmpty ? "is missing" : "starts \(first)\(found.count > 4 ? ", …" : "")")
        + ", not the header \"\(StreetLevelFile.header.joined(separator: ","))\""
    case .badRows(let problems, let total):
      guard total > 1 else { return problems.first?.description ?? "a row cannot be read" }
      var lines = ["\(total) rows cannot be read:"] + problems.map { "  \($0)" }
      if total > problems.count { lines.append("  … and \(total - problems.count) more") }
      return lines.joined(separator: "\n")
    case .differentRepeat(let name, let first, let second):
      return "\(first) and \(second) are both named \(name) but hold different rows"
    case .noArea(let panel):
      return "the panel at \(panel) has no area to count crime in"
    case .noPanelWithArea(let paths, let panels):
      return "none of the \(panels) panel\(panels == 1 ? "" : "s") under "
        + "\(paths.joined(separator: ", ")) has an area to count crime in"
    }
  }
}

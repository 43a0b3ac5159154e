import Foundation

/// One row of a spreadsheet that `pact import` cannot read, named by the line it starts on.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
  /// The physical line of the file the row starts on (quoted line breaks counted).
  public var line: Int
  public var message: String

  public init(line: Int, message: String) {
    self.line = line
    self.message = message
  }

  public var description: String { "line \(line): \(message)" }
}

/// A lead agency named in a spreadsheet that the panel does not have.
public struct UnknownAgency: Equatable, Sendable {
  /// The name as the spreadsheet writes it.
  public var name: String
  /// The lines of the rows that name it.
  public var lines: [Int]

  public init(name: String, lines: [Int]) {
    self.name = name
    self.lines = lines
  }
}

/// A spreadsheet `pact import` cannot read (exit 65). Nothing is imported.
public enum ImportDataError: Error, Equatable, PactError {
  /// The file is a workbook or other binary file, not CSV text.
  case notCSV(file: String, workbook: Bool)
  /// The CSV itself is broken: a quote never closed, text after a closing quote.
  case malformed(file: String, line: Int, message: String)
  /// No row names both the action and the lead agency columns; `found` is the first row.
  case missingColumns(file: String, found: [String])
  /// Two columns of the header name the same thing.
  case repeatedColumn(file: String, column: ImportColumn, headings: [String])
  /// Rows that cannot be read, and `--skip-bad-rows` was not given.
  case badRows(file: String, problems: [ImportProblem])

  public var kind: ErrorKind { .invalidData }

  public var errorDescription: String? {
    switch self {
    case .notCSV(let file, let workbook):
      return workbook
        ? "\(file) is an Excel workbook, not a CSV file"
        : "\(file) is not a CSV file: it holds binary data"
    case .malformed(let file, let line, let message):
      return "\(file):\(line): \(message)"
    case .missingColumns(let file, let found):
      let names = found.filter { !$0.trimmed.isEmpty }
      return "\(file): no header row names both the action and the lead agency columns; "
        + (names.isEmpty
          ? "the file has no header row"
          : "the first row names \(names.map { "\"\($0)\"" }.joined(separator: ", "))")
    case .repeatedColumn(let file, let column, let headings):
      return "\(file): \(headings.count) columns hold the \(column.noun): "
        + headings.map { "\"\($0)\"" }.joined(separator: " and ")
    case .badRows(let file, let problems):
      guard problems.count > 1 else {
        return problems.first.map { "\(file):\($0.line): \($0.message)" } ?? file
      }
      return
        (["\(file): \(problems.count) rows cannot be read:"]
        + problems.map { "  \(file):\($0.line): \($0.message)" }).joined(separator: "\n")
    }
  }

}

/// An import that cannot be done as asked (exit 1). Nothing is imported.
public enum ImportError: Error, Equatable, PactError {
  /// There is no file at the path given.
  case fileNotFound(path: String)
  /// The file exists but cannot be read.
  case readFailed(path: String, reason: String)
  /// The path names something other than a file: a named pipe, a device, a folder.
  case notAFile(path: String, kind: FileKind)
  /// Rows name lead agencies the panel does not have, and `--create-agencies` was not given.
  case unknownAgencies(file: String, agencies: [UnknownAgency], available: [String])
  /// Columns pact does not read hold something, and were not named as to be left behind.
  case unreadColumns(file: String, headings: [String])

  public var kind: ErrorKind { .refused }

  public var errorDescription: String? {
    switch self {
    case .fileNotFound(let path):
      return "no file \(path)"
    case .readFailed(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .notAFile(let path, let kind):
      return "\(path) is \(kind.described), not a file"
    case .unknownAgencies(let file, let agencies, _):
      let list = agencies.map { agency in
        "\"\(agency.name)\" (line\(agency.lines.count == 1 ? "" : "s") "
          + agency.lines.map(String.init).joined(separator: ", ") + ")"
      }
      return "\(file) names \(agencies.count) lead agenc\(agencies.count == 1 ? "y" : "ies") "
        + "the panel does not have: \(list.joined(separator: ", "))"
    case .unreadColumns(let file, let headings):
      return "\(file) has column\(headings.count == 1 ? "" : "s") pact does not read: "
        + headings.map { "\"\($0)\"" }.joined(separator: ", ")
    }
  }

}

import Foundation

/// Why a document is not valid JSON, and where.
///
/// `line` and `column` are 1-based and locate the offending character, or the end of
/// the file when it ended too soon. Lines are counted by line feeds (a Windows `\r\n`
/// ending counts once). Columns count Unicode scalars, not bytes, so `é` and `€` each
/// count one, as most editors show them; a tab counts one, and a byte-order mark at the
/// start of the file is not counted.
public struct JSONSyntaxError: Error, Equatable, LocalizedError {
  /// The 1-based line of the problem.
  public var line: Int
  /// The 1-based column of the problem, in Unicode scalars.
  public var column: Int
  /// What is wrong, such as `unterminated string` or `duplicate key "title"`.
  public var message: String

  /// Creates an error at a position.
  ///
  /// - Parameters:
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, in Unicode scalars.
  ///   - message: What is wrong.
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }

  /// `line L, column C: message`.
  public var errorDescription: String? {
    "line \(line), column \(column): \(message)"
  }
}

import Foundation

/// One problem in one data file, named like a compiler diagnostic:
/// `Fixtures/x/members/M7K3MQ.json: email: expected a string, found a number`.
public struct DataFileDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// The file as the user would type it.
  public var file: String
  /// The field, or nil when the problem is with the whole file.
  public var field: String?
  public var message: String
  /// Set when the file is something pact will not read: a link, a named pipe, a device, a
  /// file too large to be a record.
  public var unsafe: UnsafeEntry?

  public init(file: String, field: String? = nil, message: String, unsafe: UnsafeEntry? = nil) {
    self.file = file
    self.field = field
    self.message = message
    self.unsafe = unsafe
  }

  /// A file or folder pact will not read or write through.
  public init(file: String, unsafe: UnsafeEntry) {
    self.init(file: file, message: unsafe.message, unsafe: unsafe)
  }

  public var description: String {
    if let field { return "\(file): \(field): \(message)" }
    return "\(file): \(message)"
  }
}

/// Data files pact cannot read. pact changes nothing when it meets one (exit 65).
public enum DataFileError: Error, Equatable, PactError {
  /// One or more files are not valid JSON or not valid records.
  case invalid([DataFileDiagnostic])
  /// The panel was written by a newer pact, whose files this version must not rewrite.
  case newerSchema(file: String, found: Int, supported: Int)

  public var diagnostics: [DataFileDiagnostic] {
    switch self {
    case .invalid(let diagnostics): diagnostics
    case .newerSchema(let file, let found, _):
      [DataFileDiagnostic(file: file, field: "schema", message: "schema \(found)")]
    }
  }

  public var kind: ErrorKind { .invalidData }

  public var errorDescription: String? {
    switch self {
    case .invalid(let diagnostics):
      guard diagnostics.count > 1 else { return diagnostics.first?.description }
      let files = Set(diagnostics.map(\.file)).count
      let header =
        files == 1
        ? "\(diagnostics[0].file) has \(diagnostics.count) problems:"
        : "\(files) data files have problems:"
      return ([header] + diagnostics.map { "  \($0)" }).joined(separator: "\n")
    case .newerSchema(let file, let found, let supported):
      return
        "\(file): the panel uses storage schema \(found), but this pact understands schema "
        + "\(supported) at most"
    }
  }

}

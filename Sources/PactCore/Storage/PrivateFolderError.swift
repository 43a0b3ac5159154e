/// Problems with a panel's private `.pact` folder, which is pact's own and local to one
/// copy of the panel.
public enum PrivateFolderError: Error, Equatable, PactError {
  /// `.pact`, or something in it, is not what pact makes there: a symbolic link, a file
  /// where a folder should be, a journal entry that is not a regular file. It came from
  /// elsewhere (a repository, another copy), and pact will not use it (exit 65).
  case foreign(path: String, unsafe: UnsafeEntry)
  /// A change was interrupted (the process was killed, the disk filled) and pact can
  /// neither finish it nor put the files back as they were, because these files hold
  /// neither what they held before it nor what it wrote (exit 1).
  case interruptedChange(label: String, files: [String], reason: String)

  public var kind: ErrorKind {
    switch self {
    case .foreign: .invalidData
    case .interruptedChange: .refused
    }
  }

  public var errorDescription: String? {
    switch self {
    case .foreign(let path, let unsafe):
      "\(path) is \(Self.what(unsafe)): pact keeps its lock and undo history in a folder of "
        + "this copy's own, and will not use one it did not make"
    case .interruptedChange(let label, let files, let reason):
      "a change was interrupted (\(label)) and cannot be finished or undone: "
        + (files.isEmpty ? reason : "\(files.joined(separator: ", ")) \(reason)")
    }
  }

  private static func what(_ unsafe: UnsafeEntry) -> String {
    switch unsafe {
    case .symbolicLink: "a symbolic link"
    case .notAFolder(let kind), .notARegularFile(let kind): kind.described
    case .tooLarge(let bytes, _): "\(FileSize.text(bytes)), too large"
    }
  }
}

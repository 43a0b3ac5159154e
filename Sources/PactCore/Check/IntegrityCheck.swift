import Foundation

/// `pact check`: every integrity error in a panel, and the gaps in its set-up as warnings.
///
/// Errors are problems with the records themselves: files pact cannot read (see
/// `hasUnreadableFiles`), references to records that do not exist, duplicate ids, more
/// than three active priorities, dates in the wrong order. Warnings are the Tonbridge
/// set-up checklist: no chair or secretary, not endorsed, a criterion not met, no recent
/// or next meeting. Each finding has a stable code (`CheckCode`, `StatusWarning.Code`).
public struct IntegrityCheck: Sendable {
  /// Integrity errors, by file.
  public private(set) var errors: [CheckFinding] = []
  /// Set-up warnings.
  public private(set) var warnings: [CheckFinding] = []
  /// Whether some file could not be read at all, so the rules about references could not
  /// be applied (exit 65).
  public private(set) var hasUnreadableFiles = false

  /// Checks an already loaded panel (the records only; not the folders they are in).
  ///
  /// - Parameters:
  ///   - snapshot: The panel.
  ///   - today: The day held meetings must not be after; also the day set-up warnings are
  ///     judged on.
  ///   - displayPath: How a file inside the panel is named in findings.
  init(
    _ records: PanelRecords, readFrom base: WriteBase = WriteBase(), today: Day,
    displayPath: @escaping (String) -> String = { $0 }
  ) {
    let snapshot = CheckedRecords(records, base: base)
    errors =
      ReferenceRules(snapshot, path: displayPath).findings
      + ConsistencyRules(snapshot, today: today, path: displayPath).findings
    errors = IntegrityCheck.byFile(errors)
    warnings = SetUpChecklist(snapshot, today: today, path: displayPath).findings
  }

  /// Checks the panel in `store`'s folder: what is in its records folders, every file pact
  /// cannot read, and, when all can be read, the records themselves.
  ///
  /// - Throws: `StorageError` when a folder or file cannot be read for a reason other
  ///   than its contents (permissions, a failing disk).
  init(store: PanelStore, today: Day) throws {
    let scan = try FolderScan(store).findings
    do {
      let (records, base) = try store.recordsWithFiles()
      self.init(records, readFrom: base, today: today, displayPath: store.displayPath)
      errors = IntegrityCheck.byFile(scan + errors)
    } catch let error as DataFileError {
      self.init(unreadable: IntegrityCheck.byFile(scan + IntegrityCheck.findings(for: error)))
    }
  }

  private init(unreadable errors: [CheckFinding]) {
    self.errors = errors
    hasUnreadableFiles = true
  }

  /// The loader's diagnostics as findings, each with a code and a fix.
  static func findings(for error: DataFileError) -> [CheckFinding] {
    switch error {
    case .newerSchema:
      return error.diagnostics.map { diagnostic in
        let text = error.errorDescription ?? diagnostic.message
        let prefix = diagnostic.file + ": "
        return CheckFinding(
          file: diagnostic.file, field: diagnostic.field, code: CheckCode.newerSchema.rawValue,
          message: text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text,
          fix: "upgrade pact to read this panel; pact changed nothing")
      }
    case .invalid(let diagnostics):
      return diagnostics.map(finding)
    }
  }

  private static func finding(for diagnostic: DataFileDiagnostic) -> CheckFinding {
    let message = diagnostic.message
    let code: CheckCode
    let fix: String
    if message.hasPrefix("an unresolved git merge conflict") {
      code = .mergeConflict
      fix =
        "keep the lines you want, delete the <<<<<<<, ======= and >>>>>>> lines, "
        + "and check the JSON is whole"
    } else if message.hasPrefix("not valid JSON") {
      code = .invalidJSON
      fix = "correct the JSON by hand (git diff shows recent edits)"
    } else if message.hasPrefix("a folder") {
      code = .notARecord
      fix = "move the folder out of the panel"
    } else if diagnostic.field == nil || diagnostic.field == "(file name)" {
      code = .badFileName
      fix = renameFix(diagnostic.file)
    } else {
      code = .invalidField
      fix = "correct the field by hand (git diff shows recent edits)"
    }
    return CheckFinding(
      file: diagnostic.file, field: diagnostic.field, code: code.rawValue, message: message,
      fix: fix)
  }

  /// How to rename a record file whose name pact cannot use, by the folder it is in.
  private static func renameFix(_ file: String) -> String {
    let folder = file.split(separator: "/").dropLast().last.map(String.init) ?? ""
    switch RecordKind.allCases.first(where: { PanelPaths.directory(of: $0) == folder }) {
    case .meeting:
      return "rename it to the meeting's date, such as 2024-03-12.json (2024-03-12b.json for "
        + "a second that day)"
    case .agency:
      return "rename it to a lower-case id such as police.json, and change every reference to it"
    case .some(let kind):
      return "rename it to the \(kind.noun)'s id, such as \(kind.idPrefix ?? "X")7K3MQ2.json"
    case nil:
      return "rename it to a valid id"
    }
  }

  /// Findings grouped by file, in file order, keeping their order within a file.
  static func byFile(_ findings: [CheckFinding]) -> [CheckFinding] {
    findings.enumerated().sorted { ($0.element.file, $0.offset) < ($1.element.file, $1.offset) }
      .map(\.element)
  }

  /// Whether the check passes: no errors, and with `strict` no warnings either.
  public func passes(strict: Bool) -> Bool {
    errors.isEmpty && (!strict || warnings.isEmpty)
  }

  /// One line per finding, errors first, warnings marked `warning:`; empty when there
  /// are none.
  public var text: String {
    (errors.map { $0.line + "\n" } + warnings.map { "warning: \($0.line)\n" }).joined()
  }

  /// `{"errors": [...], "warnings": [...]}`, each finding with `file`, `field`, `code`,
  /// `message` and `fix`.
  public var json: JSONValue {
    .object(["errors": .array(errors.map(\.json)), "warnings": .array(warnings.map(\.json))])
  }
}

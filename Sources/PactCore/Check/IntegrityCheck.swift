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
      + ControlCharacterRule(snapshot, path: displayPath).findings
    errors = IntegrityCheck.byFile(errors)
    warnings = SetUpChecklist(snapshot, today: today, path: displayPath).findings
  }

  /// Checks the panel in `store`'s folder: what is in its records folders, every file pact
  /// cannot read, and, when all can be read, the records themselves.
  ///
  /// - Throws: `StorageError` when a folder or file cannot be read for a reason other
  ///   than its contents (permissions, a failing disk).
  init(store: PanelStore, today: Day) throws {
    // git answers while the panel is read.
    let git = GitTracking(tracksFilesUnder: PanelPaths.privateFolder, in: store.root)
    var scan: [CheckFinding]
    do {
      scan = try PrivateFolderScan(store).findings + FolderScan(store).findings
    } catch {
      _ = git?.answer
      throw error
    }
    do {
      let (records, base) = try store.recordsWithFiles(settling: false)
      self.init(records, readFrom: base, today: today, displayPath: store.displayPath)
      if git?.answer == true { scan.insert(PrivateFolderScan.trackedByGit(store), at: 0) }
      errors = IntegrityCheck.byFile(scan + errors)
    } catch let error as DataFileError {
      if git?.answer == true { scan.insert(PrivateFolderScan.trackedByGit(store), at: 0) }
      self.init(unreadable: IntegrityCheck.byFile(scan + IntegrityCheck.findings(for: error)))
    } catch {
      _ = git?.answer
      throw error
    }
  }

  private init(unreadable errors: [CheckFinding]) {
    self.errors = errors
    hasUnreadableFiles = true
  }

  /// The loader's diagnostics as findings, each a typed problem.
  static func findings(for error: DataFileError) -> [CheckFinding] {
    switch error {
    case .newerSchema(_, let found, let supported):
      return error.diagnostics.map { diagnostic in
        let text = error.errorDescription ?? diagnostic.message
        let prefix = diagnostic.file + ": "
        let detail = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
        return CheckFinding(
          file: diagnostic.file, field: diagnostic.field,
          problem: .newerSchema(found: found, supported: supported, detail: detail))
      }
    case .invalid(let diagnostics):
      return diagnostics.map(finding)
    }
  }

  /// A loader's diagnostic as a finding, its kind told by its message and field.
  private static func finding(for diagnostic: DataFileDiagnostic) -> CheckFinding {
    let detail = diagnostic.message
    let problem: CheckProblem
    if let unsafe = diagnostic.unsafe {
      problem = .unsafeFile(unsafe, detail: detail)
    } else if detail.hasPrefix("an unresolved git merge conflict") {
      problem = .mergeConflict(detail: detail)
    } else if detail.hasPrefix("not valid JSON") {
      problem = .invalidJSON(detail: detail)
    } else if detail.hasPrefix("a folder") {
      problem = .folderAsRecord(detail: detail)
    } else if diagnostic.field == nil || diagnostic.field == "(file name)" {
      problem = .badFileName(detail: detail, kind: kind(holding: diagnostic.file))
    } else {
      problem = .invalidField(detail: detail)
    }
    return CheckFinding(file: diagnostic.file, field: diagnostic.field, problem: problem)
  }

  /// The kind of record the folder a file is in holds, by the folder's name.
  private static func kind(holding file: String) -> RecordKind? {
    let folder = file.split(separator: "/").dropLast().last.map(String.init) ?? ""
    return RecordKind.allCases.first { PanelPaths.directory(of: $0) == folder }
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

  /// One line per finding with the facts alone, as `text(advice:)` writes them.
  public var text: String { text(advice: .none) }

  /// One line per finding, errors first, warnings marked `warning:`; empty when there
  /// are none.
  ///
  /// - Parameter advice: What the front end adds to each finding: its fix and any remark.
  public func text(advice: FindingAdvice) -> String {
    (errors.map { $0.line(advice: advice) + "\n" }
      + warnings.map { "warning: \($0.line(advice: advice))\n" }).joined()
  }

  /// The findings as JSON with the facts alone, as `json(advice:)` writes them.
  public var json: JSONValue { json(advice: .none) }

  /// `{"errors": [...], "warnings": [...]}`, each finding with `file`, `field`, `code`,
  /// `message` and `fix`.
  ///
  /// - Parameter advice: What the front end adds to each finding: its fix and any remark.
  public func json(advice: FindingAdvice) -> JSONValue {
    .object([
      "errors": .array(errors.map { $0.json(advice: advice) }),
      "warnings": .array(warnings.map { $0.json(advice: advice) }),
    ])
  }
}

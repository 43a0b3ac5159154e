import Foundation

/// An action log spreadsheet saved as CSV, read into rows pact can import.
///
/// The header is the first row that names both an action and a lead agency column (see
/// `ImportColumn`); rows above it (a title, a blank line) are passed over, and so are blank
/// rows below it. Columns pact does not know are left out, and listed in `ignoredHeadings`.
public struct ActionSpreadsheet: Sendable {
  /// The file as messages name it.
  public let file: String
  /// Where each column pact reads is, by its index in a row.
  public let columns: [ImportColumn: Int]
  /// The header row's headings, as written.
  public let headings: [String]
  /// The headings of columns pact does not read.
  public var ignoredHeadings: [String] {
    let used = Set(columns.values)
    return headings.enumerated()
      .filter { !used.contains($0.offset) && !$0.element.allSatisfy(\.isWhitespace) }
      .map { $0.element.trimmed }
  }
  /// The headings of columns pact does not read that hold something in a row below the
  /// header: what an import would leave behind.
  public private(set) var unreadHeadingsWithContent: [String] = []
  /// The rows that can be read, in file order.
  public private(set) var rows: [ImportRow] = []
  /// The rows that cannot, in file order.
  public private(set) var problems: [ImportProblem] = []

  /// Reads the spreadsheet at `url`.
  ///
  /// - Parameters:
  ///   - url: The CSV file.
  ///   - display: The file as messages name it (as the user typed it).
  /// - Throws: `ImportError.fileNotFound` or `.readFailed`; `ImportDataError` when it is
  ///   not CSV or has no header that pact can use.
  public static func read(_ url: URL, display: String) throws -> ActionSpreadsheet {
    let data: Data
    do throws(FastFile.Failure) {
      // A named pipe or a device is refused without waiting on it; a link is the user's.
      data = Data(try FastFile.read(url.path, limit: FileSize.workingLimit, followingLinks: true))
    } catch {
      switch error {
      case .missing: throw ImportError.fileNotFound(path: display)
      case .folder: throw ImportError.notAFile(path: display, kind: .folder)
      case .unsafe(.notARegularFile(let kind)), .unsafe(.notAFolder(let kind)):
        throw ImportError.notAFile(path: display, kind: kind)
      case .unsafe(let unsafe): throw ImportError.readFailed(path: display, reason: unsafe.message)
      case .system(let reason): throw ImportError.readFailed(path: display, reason: reason)
      }
    }
    // A workbook is a zip archive; other binary files hold NUL bytes, which text never does.
    if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
      throw ImportDataError.notCSV(file: display, workbook: true)
    }
    // Searched as raw bytes: going through `Data`'s iterator cost a byte at a time.
    if data.withUnsafeBytes({ $0.contains(0) }) {
      throw ImportDataError.notCSV(file: display, workbook: false)
    }
    return try ActionSpreadsheet(text: CSVReader.decode(data), file: display)
  }

  /// Reads the spreadsheet from CSV text.
  ///
  /// - Throws: `ImportDataError` for broken CSV, no usable header, or a column given twice.
  public init(text: String, file: String) throws(ImportDataError) {
    self.file = file
    let records: [CSVRecord]
    do {
      records = try CSVReader.records(in: text)
    } catch {
      throw .malformed(file: file, line: error.line, message: error.message)
    }
    guard
      let headerIndex = records.firstIndex(where: { record in
        let columns = Set(record.fields.compactMap(ImportColumn.init(heading:)))
        return columns.contains(.action) && columns.contains(.lead)
      })
    else {
      throw .missingColumns(
        file: file, found: records.first(where: { !$0.isBlank })?.fields ?? [])
    }
    headings = records[headerIndex].fields
    var columns: [ImportColumn: Int] = [:]
    for (index, heading) in headings.enumerated() {
      guard let column = ImportColumn(heading: heading) else { continue }
      if let earlier = columns[column] {
        throw .repeatedColumn(file: file, column: column, headings: [headings[earlier], heading])
      }
      columns[column] = index
    }
    self.columns = columns
    // The columns pact does not read, until a row is found to hold something in each.
    var unread = Set(headings.indices).subtracting(columns.values)
    var filled: Set<Int> = []
    for record in records[(headerIndex + 1)...] where !record.isBlank {
      if !unread.isEmpty {
        for index in unread where index < record.fields.count {
          if !record.fields[index].allSatisfy(\.isWhitespace) { filled.insert(index) }
        }
        unread.subtract(filled)
      }
      switch readRow(record) {
      case .row(let row): rows.append(row)
      case .problem(let problem): problems.append(problem)
      }
    }
    unreadHeadingsWithContent = filled.sorted()
      .map { headings[$0].trimmed.isEmpty ? "(column \($0 + 1))" : headings[$0].trimmed }
  }

  /// The heading of a column, for messages.
  private func heading(_ column: ImportColumn) -> String {
    columns[column].map { headings[$0].trimmed }
      ?? column.headings[0]
  }

  private func readRow(_ record: CSVRecord) -> RowReading {
    func cell(_ column: ImportColumn) -> String? {
      guard let index = columns[column], index < record.fields.count else { return nil }
      let value = ImportRow.trimmed(record.fields[index])
      return value.isEmpty ? nil : value
    }
    func line(_ column: ImportColumn) -> String? {
      cell(column).map(ImportRow.oneLine)
    }
    var messages: [String] = []
    if record.fields.count > headings.count {
      messages.append(
        "it has \(record.fields.count) cells but the header has \(headings.count) "
          + "(a comma in a cell that is not in quotes?)")
    }
    let title = line(.action)
    if title == nil { messages.append("no action (the \"\(heading(.action))\" cell is empty)") }
    let lead = line(.lead)
    if lead == nil {
      messages.append("no lead agency (the \"\(heading(.lead))\" cell is empty)")
    }
    var raised: Day?
    let raisedCell = cell(.raised) ?? ""
    switch SpreadsheetDate(raisedCell) {
    case .blank: break
    case .day(let day): raised = day
    case .notReal, .words:
      messages.append(dateProblem(raisedCell, column: .raised))
    }
    var due: Day?
    var timescale: String?
    let dueCell = cell(.due) ?? ""
    switch SpreadsheetDate(dueCell) {
    case .blank: break
    case .day(let day): due = day
    case .words(let words): timescale = words
    case .notReal: messages.append(dateProblem(dueCell, column: .due))
    }
    let statusCell = cell(.status) ?? cell(.rag)
    let status = ImportRow.status(statusCell ?? "")
    if status == nil, let words = statusCell {
      messages.append(
        "unknown status \"\(words)\" in \"\(heading(columns[.status] == nil ? .rag : .status))\": "
          + "expected \(ImportRow.statusWords)")
    }
    guard messages.isEmpty, let title, let lead, let status else {
      return .problem(ImportProblem(line: record.line, message: messages.joined(separator: "; ")))
    }
    var row = ImportRow(line: record.line, title: title, lead: lead, status: status)
    row.owner = line(.owner)
    row.due = due
    row.timescale = timescale
    row.raised = raised
    row.priority = line(.priority)
    row.progress = cell(.progress)
    row.outcome = cell(.outcome)
    return .row(row)
  }

  private enum RowReading {
    case row(ImportRow)
    case problem(ImportProblem)
  }

  private func dateProblem(_ text: String, column: ImportColumn) -> String {
    switch SpreadsheetDate(text) {
    case .notReal:
      "\"\(text)\" in \"\(heading(column))\" is not a real date (write dates day first: "
        + "DD/MM/YYYY)"
    default:
      "\"\(text)\" in \"\(heading(column))\" is not a date (write DD/MM/YYYY, or leave it empty)"
    }
  }
}

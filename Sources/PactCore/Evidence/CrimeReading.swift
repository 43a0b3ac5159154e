import Foundation

/// What reading a run's street-level files gave: for each file and month, the rows read,
/// the rows with no location, and each panel's rows by type. Files are read side by side,
/// one per processor, each a chunk at a time.
struct CrimeReading: Sendable {
  /// One file's counts for one month.
  struct FileMonth: Sendable {
    var file: String
    var rows: Int
    var noLocation: Int
    /// The rows in each panel's area by type, for the panels that had any.
    var panels: [Int: [CrimeType: Int]]
  }

  /// The counts, by month, each month's files in name order.
  private(set) var months: [YearMonth: [FileMonth]] = [:]
  /// How many rows were read, and how many had no location.
  private(set) var rows = 0
  private(set) var noLocation = 0

  /// Bad rows listed in an error before the rest are only counted.
  static let problemLimit = 20

  /// Reads every file, counting rows into the areas' panels (by their index in `areas`).
  ///
  /// - Throws: `CrimeImportError` for the first file that is not a street-level file or
  ///   cannot be read; `.badRows` listing the rows that cannot be read.
  init(_ files: [CrimeSourceFiles.File], areas: [CrimeArea]) throws {
    let matcher = AreaMatcher(areas)
    let results = Slots<Result<(CrimeTally, [CrimeFileProblem], Int), CrimeImportError>>(
      count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let file = files[index]
      var tally = CrimeTally(panels: areas.count)
      var problems: [(line: Int, message: String)] = []
      do throws(StreetLevelFile.Failure) {
        let bad = try StreetLevelFile.count(
          path: file.path, matcher: matcher, into: &tally, problems: &problems,
          limit: CrimeReading.problemLimit)
        let named = problems.map {
          CrimeFileProblem(file: file.display, line: $0.line, message: $0.message)
        }
        results[index] = .success((tally, named, bad))
      } catch {
        results[index] = .failure(CrimeReading.error(error, file: file))
      }
    }
    var problems: [CrimeFileProblem] = []
    var badRows = 0
    for (index, result) in results.values.enumerated() {
      guard let result else { continue }
      let (tally, fileProblems, bad) = try result.get()
      problems += fileProblems
      badRows += bad
      add(tally, from: files[index].name)
    }
    guard badRows == 0 else {
      throw CrimeImportError.badRows(
        problems: Array(problems.prefix(CrimeReading.problemLimit)), total: badRows)
    }
    for month in months.keys { months[month]?.sort { $0.file < $1.file } }
  }

  private static func error(_ failure: StreetLevelFile.Failure, file: CrimeSourceFiles.File)
    -> CrimeImportError
  {
    switch failure {
    case .unreadable(let reason): .readFailed(path: file.display, reason: reason)
    case .notStreetLevel(let found): .notStreetLevel(file: file.display, found: found)
    case .badRow(let line, let message):
      .badRows(
        problems: [CrimeFileProblem(file: file.display, line: line, message: message)], total: 1)
    }
  }

  private mutating func add(_ tally: CrimeTally, from name: String) {
    for (month, counts) in tally.months {
      var panels: [Int: [CrimeType: Int]] = [:]
      for panel in 0..<tally.panels {
        let byType = counts.counts(ofPanel: panel)
        if !byType.isEmpty { panels[panel] = byType }
      }
      months[month, default: []].append(
        FileMonth(file: name, rows: counts.rows, noLocation: counts.noLocation, panels: panels))
      rows += counts.rows
      noLocation += counts.noLocation
    }
  }

  /// What the run says about one panel's month: the sources with rows in its area, and
  /// every file read for the month (a file read again replaces its earlier counts even
  /// when it has nothing in the area now).
  func sources(ofPanel panel: Int, in month: YearMonth) -> (
    sources: [CrimeMonth.Source], read: Set<String>
  ) {
    let files = months[month] ?? []
    let sources = files.compactMap { file -> CrimeMonth.Source? in
      guard let counts = file.panels[panel] else { return nil }
      return CrimeMonth.Source(
        file: file.file, rows: file.rows, noLocation: file.noLocation, counts: counts)
    }
    return (sources, Set(files.map(\.file)))
  }
}

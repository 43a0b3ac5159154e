extension PanelStore {
  /// The panel's area for crime data, or nil when it has none.
  ///
  /// - Throws: `DataFileError` when `area.json` cannot be read as an area.
  func crimeArea() throws -> CrimeArea? {
    try PanelStore.area(from: readJSON(PanelPaths.areaFile), file: displayPath(PanelPaths.areaFile))
  }

  /// The area in `area.json`'s JSON, named `file` in messages.
  static func area(from json: JSONValue?, file: String) throws -> CrimeArea? {
    guard let json else { return nil }
    var reader = RecordReader(json)
    guard let area = CrimeArea(reading: &reader) else {
      throw DataFileError.invalid(
        reader.problems.map {
          DataFileDiagnostic(file: file, field: $0.field, message: $0.message)
        })
    }
    return area
  }

  /// The months that have a file of crime counts, oldest first, from the folder's listing.
  func crimeMonthList() throws -> [YearMonth] {
    try folder.fileNames(in: PanelPaths.crimeFolder).compactMap(PanelPaths.crimeMonth(fileName:))
      .sorted()
  }

  /// The crime counts of each of `months` that has a file.
  ///
  /// - Throws: `DataFileError` naming every file that cannot be read.
  func crimeMonths(_ months: some Sequence<YearMonth>) throws -> [YearMonth: CrimeMonth] {
    var result: [YearMonth: CrimeMonth] = [:]
    var diagnostics: [DataFileDiagnostic] = []
    for month in months {
      let relative = PanelPaths.crimeFile(month)
      do {
        guard let json = try readJSON(relative) else { continue }
        result[month] = try PanelStore.crimeMonth(month, from: json, file: displayPath(relative))
      } catch let error as DataFileError {
        diagnostics += error.diagnostics
      }
    }
    guard diagnostics.isEmpty else { throw DataFileError.invalid(diagnostics) }
    return result
  }

  /// The month in a crime file's JSON, named `file` in messages.
  static func crimeMonth(_ month: YearMonth, from json: JSONValue, file: String) throws
    -> CrimeMonth
  {
    var reader = RecordReader(json)
    guard let read = CrimeMonth(month: month, reading: &reader) else {
      throw DataFileError.invalid(
        reader.problems.map {
          DataFileDiagnostic(file: file, field: $0.field, message: $0.message)
        })
    }
    return read
  }
}

extension PanelStore {
  /// The panel's name, from `panel.json` alone.
  ///
  /// - Throws: `DataFileError` when `panel.json` cannot be read or is of a newer schema;
  ///   `StorageError.readFailed` when it is missing.
  func panelName() throws -> String {
    let relative = PanelPaths.panelFile
    guard let json = try readJSON(relative) else {
      throw StorageError.readFailed(path: displayPath(relative), reason: "no such file")
    }
    if let schema = json["schema"]?.intValue, schema > Panel.currentSchema {
      throw DataFileError.newerSchema(
        file: displayPath(relative), found: schema, supported: Panel.currentSchema)
    }
    var reader = RecordReader(json)
    guard let panel = Panel(reading: &reader) else {
      throw DataFileError.invalid(
        reader.problems.map {
          DataFileDiagnostic(file: displayPath(relative), field: $0.field, message: $0.message)
        })
    }
    return panel.name
  }
}

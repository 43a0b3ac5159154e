import Foundation

/// One `crime import`: the files found and read, then each panel's months written.
struct CrimeImportRun {
  let sources: CrimeSourceFiles

  /// Finds the files under `paths`.
  ///
  /// - Throws: `CrimeImportError`.
  init(_ paths: [String], relativeTo directory: URL) throws {
    sources = try CrimeSourceFiles(paths, in: directory)
  }

  /// Reads every file once, counting rows into each target's area, then writes each
  /// target's months: all or nothing.
  func write(
    to targets: [(store: PanelStore, name: String, area: CrimeArea)], withoutArea: [String]
  )
    throws -> CrimeImportSummary
  {
    let reading = try CrimeReading(sources.files, areas: targets.map(\.area))
    let months = reading.months.keys.sorted()
    var parts: [CrimeImportSummary.PanelPart] = []
    var jobs: [PanelBatchWriter.Job] = []
    for (index, target) in targets.enumerated() {
      var part = CrimeImportSummary.PanelPart(
        path: target.store.display, name: target.name, changed: [], unchanged: [], noRows: [],
        rows: 0)
      var plans: [(YearMonth, [CrimeMonth.Source], Set<String>)] = []
      for month in months {
        let (found, read) = reading.sources(ofPanel: index, in: month)
        part.rows += found.reduce(0) { $0 + $1.counts.values.reduce(0, +) }
        plans.append((month, found, read))
      }
      parts.append(part)
      let store = target.store
      jobs.append(
        PanelBatchWriter.Job(
          store: store, paths: months.map(PanelPaths.crimeFile),
          change: { originals in
            var files = originals
            for (month, found, read) in plans {
              let path = PanelPaths.crimeFile(month)
              let existing = try originals[path].map {
                try PanelStore.crimeMonth(month, from: $0, file: store.displayPath(path))
              }
              // A month with no row in the area is left as it was: a file for another force
              // is not evidence that the area had no crime.
              guard existing != nil || !found.isEmpty else { continue }
              let merged = (existing ?? CrimeMonth(month: month, sources: []))
                .merging(found, replacing: read)
              files[path] = merged.json
            }
            return files
          }))
    }
    let outcomes = try PanelBatchWriter.run(jobs)
    for (index, outcome) in outcomes.enumerated() {
      for month in months {
        let path = PanelPaths.crimeFile(month)
        if outcome.changed.contains(path) {
          parts[index].changed.append(month)
        } else if outcome.unchanged.contains(path) {
          parts[index].unchanged.append(month)
        } else {
          parts[index].noRows.append(month)
        }
      }
    }
    return CrimeImportSummary(
      files: sources.files.map(\.display), repeats: sources.repeats.map(\.display),
      rows: reading.rows, noLocation: reading.noLocation, months: months, panels: parts,
      withoutArea: withoutArea)
  }
}

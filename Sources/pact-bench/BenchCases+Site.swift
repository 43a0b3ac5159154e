import Foundation

/// `pact site` on the county: a first build into an empty folder, a build that finds
/// nothing changed, and a build after one panel changed (which should rewrite only that
/// panel's pages and the borough's pages that list it).
extension BenchCases {
  static func site(
    pact: String, county: URL, root: URL, label: String, environment: [String: String]
  )
    -> [CaseItem]
  {
    let output = root.appendingPathComponent("county-site")
    func siteCase(_ name: String) -> BenchCase {
      BenchCase(
        command: name, panel: label, executable: pact,
        arguments: ["site", county.path, "-o", output.path], environment: environment)
    }
    var first = siteCase("pact site COUNTY (empty folder)")
    let runs = SiteRuns()
    first.prepare = {
      // Moved aside rather than removed: see `pactImport` on creating files after removing.
      let manager = FileManager.default
      if manager.fileExists(atPath: output.path) {
        runs.count += 1
        try manager.moveItem(
          at: output, to: root.appendingPathComponent("county-site-run\(runs.count)"))
      }
    }
    let unchanged = siteCase("pact site COUNTY (nothing changed)")
    var changed = siteCase("pact site COUNTY (one panel changed)")
    let meeting = county.appendingPathComponent("panel-001/meetings")
    changed.prepare = {
      try runs.reportWritten(in: output)
      // New notes for the panel's latest meeting: a change every run.
      let manager = FileManager.default
      // The latest held meeting: its notes are in its newsletter, minutes and the feed.
      var found: (URL, String)?
      for name in try manager.contentsOfDirectory(atPath: meeting.path).sorted().reversed() {
        let url = meeting.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        if text.contains("\"status\": \"held\"") {
          found = (url, text)
          break
        }
      }
      guard let (file, text) = found else { return }
      runs.count += 1
      guard
        var record = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      else { return }
      record["notes"] = "Bench change \(runs.count)."
      let edited = try JSONSerialization.data(
        withJSONObject: record, options: [.prettyPrinted, .sortedKeys])
      try edited.write(to: file)
      runs.stamp = Date()
    }
    return [.run(first), .run(unchanged), .run(changed)]
  }
}

/// What the site cases remember between runs.
private final class SiteRuns {
  var count = 0
  var stamp: Date?

  /// Prints how many files of the site changed since the last change was made.
  func reportWritten(in output: URL) throws {
    guard let stamp else { return }
    let manager = FileManager.default
    var written: [String] = []
    if let walker = manager.enumerator(atPath: output.path) {
      for case let path as String in walker {
        let attributes = try manager.attributesOfItem(
          atPath: output.appendingPathComponent(path).path)
        if attributes[.type] as? FileAttributeType == .typeRegular,
          let modified = attributes[.modificationDate] as? Date, modified > stamp
        {
          written.append(path)
        }
      }
    }
    let panels = Set(written.map { $0.split(separator: "/").first.map(String.init) ?? $0 })
    FileHandle.standardError.write(
      Data(
        "  site after one panel changed: \(written.count) files written "
          .appending("(\(panels.sorted().joined(separator: ", ")))\n").utf8))
  }
}

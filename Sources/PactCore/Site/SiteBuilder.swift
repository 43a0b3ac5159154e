import Foundation

/// Builds the website for the panels found: each panel's pages, read and written in
/// parallel, then the borough's register and agency pages and the stylesheet.
struct SiteBuilder {
  let found: [PanelFinder.Found]
  let folder: SiteFolder
  let asOf: Day
  let title: String
  /// How recently a panel's files may have changed for its stamp still to be trusted.
  var settle: TimeInterval = 2

  /// The folder names of the panels in the site, in the order found: each panel's folder
  /// name made safe for a web address, with `-2`, `-3` … after a name already taken.
  static func slugs(_ found: [PanelFinder.Found]) -> [String] {
    var taken: Set<String> = []
    return found.map { panel in
      let base = MeetingCalendar.slug(panel.url.standardizedFileURL.lastPathComponent)
      var slug = base
      var number = 2
      while taken.contains(slug) {
        slug = "\(base)-\(number)"
        number += 1
      }
      taken.insert(slug)
      return slug
    }
  }

  /// Changes with what pact's pages look like, so that a new pact rebuilds every page.
  static let format = "site-2"

  /// What reading and writing one panel gave.
  private enum Outcome: Sendable {
    case built(SiteEntry, files: [String], stamp: String?, read: Bool)
    case failed(BoroughReport.Failure)
    case unwritable(String)
  }

  func build() throws -> SiteBuild {
    let slugs = SiteBuilder.slugs(found)
    let results = Slots<Outcome>(count: found.count)
    let now = Date()
    let settings =
      "\(asOf) \(SiteBuilder.format) \(StableID.fnv(title, basis: 0xcbf2_9ce4_8422_2325))"
    let previous = folder.stamps()
    let earlier = Dictionary(grouping: folder.manifest()) { String($0.prefix { $0 != "/" }) }
    DispatchQueue.concurrentPerform(iterations: found.count) { index in
      let panel = found[index]
      let slug = slugs[index]
      let stamp = FolderStamp.stamp(of: panel.url, now: now, settle: settle)
      // A panel whose files are as they were at the last build, with the same settings,
      // keeps its pages: only its open work is read, for the borough's pages.
      if let stamp, previous.build == settings, previous.panels[slug] == stamp,
        let files = earlier[slug], !files.isEmpty, folder.exist(files),
        let open = try? PanelStore(root: panel.url, display: panel.display).openWork()
      {
        results[index] = .built(
          SiteEntry(open, slug: slug, asOf: asOf), files: files, stamp: stamp, read: false)
        return
      }
      let records: PanelRecords
      let crime: CrimeHistory
      do {
        let store = PanelStore(root: panel.url, display: panel.display)
        records = try store.records()
        crime = try CrimeHistory(store)
      } catch {
        results[index] = .failed(
          BoroughReport.Failure(path: panel.display, problems: BoroughReport.problems(error, panel))
        )
        return
      }
      var site = PanelSite(
        record: PublicRecord(records), asOf: asOf, siteTitle: title, slug: slugs[index])
      site.crime = crime
      do {
        var paths: [String] = []
        for file in site.files() {
          let path = slugs[index] + "/" + file.path
          try folder.write(path, file.contents)
          paths.append(path)
        }
        results[index] = .built(SiteEntry(site), files: paths, stamp: stamp, read: true)
      } catch {
        results[index] = .unwritable((error as? LocalizedError)?.errorDescription ?? "\(error)")
      }
    }
    var entries: [SiteEntry] = []
    var files: Set<String> = []
    var failures: [BoroughReport.Failure] = []
    var stamps: [String: String] = [:]
    var read = 0
    for result in results.values {
      switch result {
      case .built(let entry, let paths, let stamp, let wasRead):
        entries.append(entry)
        if wasRead { read += 1 }
        files.formUnion(paths)
        if let stamp { stamps[entry.slug] = stamp }
      case .failed(let failure): failures.append(failure)
      case .unwritable(let reason):
        throw StorageError.writeFailed(path: folder.display, reason: reason)
      case nil: break
      }
    }
    let borough = BoroughPages(entries: entries, siteTitle: title, asOf: asOf)
    for (path, contents) in [
      ("index.html", borough.index), ("agencies.html", borough.agencies),
      ("style.css", SiteStyle.css),
    ] {
      try folder.write(path, contents)
      files.insert(path)
    }
    // While a panel cannot be read its pages cannot be told from a removed panel's, so
    // nothing is removed until every panel reads.
    let removed = try folder.finish(files: files, keepOthers: !failures.isEmpty)
    try folder.recordStamps(build: settings, panels: stamps)
    return SiteBuild(
      panels: entries.count, panelsRead: read, files: files.count, written: folder.written.sorted(),
      removed: removed, failures: failures)
  }
}

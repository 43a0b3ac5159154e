import Foundation

/// What building the website did.
public struct SiteBuild: Sendable {
  /// How many panels the site shows.
  public var panels: Int
  /// How many of them were read in full and their pages made again; the others' files had
  /// not changed since the last build, so their pages were kept.
  public var panelsRead: Int
  /// How many files the site has (pages, stylesheet, calendars, feeds, data).
  public var files: Int
  /// The files written because they were new or their bytes changed, relative to the
  /// site's folder (the manifest among them when it changed).
  public var written: [String]
  /// The files of an earlier build that are no longer part of the site and were removed.
  public var removed: [String]
  /// The panels that could not be read; their earlier pages are kept.
  public var failures: [BoroughReport.Failure]
}

extension PanelService {
  /// The site's name when none is given.
  public static let defaultSiteTitle = "PACT panels"

  /// Builds the panels' website in `output`: the borough's register, a page per panel and
  /// per meeting, the lead agencies' page, and each panel's calendar, newsletter feed and
  /// priorities, from what the public may see of each panel as of `day`.
  ///
  /// Only files whose bytes change are written, and only files an earlier build wrote
  /// (listed in `output/.pact-site`) are removed. A panel that cannot be read is listed in
  /// the build's failures and the others are built.
  ///
  /// - Parameters:
  ///   - paths: Folders of panels, or panels, as a person typed them.
  ///   - directory: The folder relative paths start from.
  ///   - output: The site's folder, as typed.
  ///   - day: The day the site describes.
  ///   - title: The site's name.
  /// - Throws: `BoroughReportError` when a path is not a folder or no panel is found;
  ///   `SiteError` when `output` is in a panel, holds one, or is not a folder;
  ///   `StorageError.writeFailed`.
  public static func site(
    panelsUnder paths: [String], relativeTo directory: URL, output: String, asOf day: Day,
    title: String = defaultSiteTitle
  ) throws -> SiteBuild {
    let found = try PanelFinder.find(paths, in: directory)
    guard !found.isEmpty else { throw BoroughReportError.noPanels(paths: paths) }
    return try site(found, output: output, relativeTo: directory, asOf: day, title: title)
  }

  /// Builds the website of the panels `found` in `output`; see
  /// `site(panelsUnder:relativeTo:output:asOf:title:)`.
  public static func site(
    _ found: [PanelFinder.Found], output: String, relativeTo directory: URL, asOf day: Day,
    title: String = defaultSiteTitle
  ) throws -> SiteBuild {
    try site(found, output: output, relativeTo: directory, asOf: day, title: title, settle: 2)
  }

  /// `settle`: how many seconds a panel's files must have been left alone for the next
  /// build to trust their stamp (tests use 0).
  static func site(
    _ found: [PanelFinder.Found], output: String, relativeTo directory: URL, asOf day: Day,
    title: String, settle: TimeInterval
  ) throws -> SiteBuild {
    let root = resolve(output, in: directory)
    try SiteLocation.check(root, display: output, panels: found)
    let folder = try SiteFolder(root: root, display: output)
    var builder = SiteBuilder(found: found, folder: folder, asOf: day, title: title)
    builder.settle = settle
    return try builder.build()
  }
}

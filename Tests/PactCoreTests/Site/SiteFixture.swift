import Foundation
import PactTestSupport

@testable import PactCore

/// The two sample panels copied under `panels/` in a temporary folder, and a site built
/// from them in `site/`.
struct SiteFixture {
  static let asOf = Day("2024-06-01") ?? Day.first
  static let fixtures = ["borough-green-wrotham-platt", "medway-gillingham-north"]

  let directory: TemporaryDirectory

  init() throws {
    directory = try TemporaryDirectory()
    let panels = directory.url.appendingPathComponent("panels")
    try FileManager.default.createDirectory(at: panels, withIntermediateDirectories: true)
    for name in SiteFixture.fixtures {
      try FileManager.default.copyItem(
        at: TemporaryDirectory.packageRoot.appendingPathComponent("Fixtures/\(name)"),
        to: panels.appendingPathComponent(name))
    }
  }

  var panels: URL { directory.url.appendingPathComponent("panels") }
  var site: URL { directory.url.appendingPathComponent("site") }

  func panel(_ name: String) -> URL { panels.appendingPathComponent(name) }

  /// Builds the site of every panel under `panels/` in `output` (default `site`).
  ///
  /// - Parameter settle: How long a panel's files must be left alone for their stamp to be
  ///   trusted (0: at once; nil: the command line's default).
  @discardableResult
  func build(output: String = "site", asOf: Day = SiteFixture.asOf, settle: TimeInterval? = nil)
    throws -> SiteBuild
  {
    guard let settle else {
      return try PanelService.site(
        panelsUnder: ["panels"], relativeTo: directory.url, output: output, asOf: asOf)
    }
    return try PanelService.site(
      PanelFinder.find(["panels"], in: directory.url), output: output,
      relativeTo: directory.url, asOf: asOf, title: PanelService.defaultSiteTitle, settle: settle)
  }

  /// Every file of the site, by path, but the stamps a build keeps for the next.
  func files(_ output: String = "site") throws -> [String: Data] {
    try fileTree(directory.url.appendingPathComponent(output)).filter {
      $0.key != ".pact-site-stamps"
    }
  }

  /// Every page and feed of the site as text.
  func texts(_ output: String = "site") throws -> [String: String] {
    try files(output).mapValues { String(decoding: $0, as: UTF8.self) }
  }

  /// Rewrites a record file of a panel through a change to its JSON text.
  func edit(_ panel: String, _ relative: String, _ change: (String) -> String) throws {
    let url = self.panel(panel).appendingPathComponent(relative)
    let text = try String(contentsOf: url, encoding: .utf8)
    try Data(change(text).utf8).write(to: url)
  }

  func remove() { directory.remove() }
}

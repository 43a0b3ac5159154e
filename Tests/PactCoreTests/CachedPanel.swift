import Foundation
import PactTestSupport
import Testing

@testable import PactCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A panel read with the user's cache folder, for the tests of what pact keeps there.
enum CachedPanel {
  /// A copy of the Borough Green fixture, read with a cache folder beside it, where files
  /// and folders changed a moment ago count as settled, so that they are kept at once.
  static func make() throws -> (TemporaryDirectory, PanelStore) {
    let directory = try TemporaryDirectory.copyFixture("borough-green-wrotham-platt")
    var store = PanelStore(
      root: directory.url.appendingPathComponent("borough-green-wrotham-platt"), display: "bgwp")
    store.recordCacheFolder = directory.url.appendingPathComponent("cache/pact")
    store.indexSettling = -60_000_000_000
    return (directory, store)
  }

  /// The file `kind` (`records-actions-done`) that pact keeps in `folder` for the panel of
  /// `store`, named by the panel folder's device and inode.
  static func cacheURL(_ store: PanelStore, _ kind: String, in folder: URL?) throws -> URL {
    var info = stat()
    #expect(stat(store.root.path, &info) == 0)
    let folder = try #require(folder)
    return folder.appendingPathComponent("\(kind)-\(info.st_dev)-\(info.st_ino)")
  }
}

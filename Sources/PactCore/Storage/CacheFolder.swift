import Foundation

/// Where pact keeps what it may throw away: the user's cache folder.
public enum CacheFolder {
  /// `$XDG_CACHE_HOME/pact`, else `$HOME/.cache/pact`; nil when neither is set to an
  /// absolute path.
  public static func standard(environment: [String: String]) -> URL? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return URL(fileURLWithPath: cache).appendingPathComponent("pact")
    }
    if let home = environment["HOME"], home.hasPrefix("/") {
      return URL(fileURLWithPath: home).appendingPathComponent(".cache/pact")
    }
    return nil
  }
}

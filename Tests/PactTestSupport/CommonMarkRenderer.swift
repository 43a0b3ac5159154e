import Foundation

/// cmark-gfm, the CommonMark renderer the tests check pact's Markdown with.
public enum CommonMarkRenderer {
  /// The renderer's command name.
  public static let command = "cmark-gfm"

  /// How to install it.
  public static let installAdvice = "apt-get install cmark-gfm (on macOS, brew install cmark-gfm)"

  /// The folders searched for it: those on `PATH`, then where package managers put it.
  public static var searchPath: [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map(String.init)
      + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
  }

  /// The installed renderer.
  ///
  /// A test that needs it calls this and so fails, naming the tool and how to install it,
  /// when it is missing, rather than passing without having checked anything.
  ///
  /// - Parameter folders: Where to look.
  /// - Returns: The executable.
  /// - Throws: ``TestSupportError/missingTool(_:install:)`` when no folder holds it.
  public static func url(searching folders: [String] = searchPath) throws -> URL {
    for folder in folders where !folder.isEmpty {
      let path = (folder as NSString).appendingPathComponent(command)
      if FileManager.default.isExecutableFile(atPath: path) {
        return URL(fileURLWithPath: path)
      }
    }
    throw TestSupportError.missingTool(command, install: installAdvice)
  }
}

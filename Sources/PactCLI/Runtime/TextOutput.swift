import Foundation

/// A destination for text: standard output or error, or a buffer in tests.
final class TextOutput: @unchecked Sendable {
  private let handle: FileHandle?
  private var buffer = ""
  private let lock = NSLock()

  /// Writes to `handle`.
  init(_ handle: FileHandle) {
    self.handle = handle
  }

  /// Collects text in memory (tests read it with `text`).
  init() {
    handle = nil
  }

  func write(_ text: String) {
    lock.lock()
    defer { lock.unlock() }
    if let handle {
      handle.write(Data(text.utf8))
    } else {
      buffer += text
    }
  }

  /// What has been written, when collecting in memory.
  var text: String {
    lock.lock()
    defer { lock.unlock() }
    return buffer
  }
}

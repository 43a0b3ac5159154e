import Foundation
import PactCore

/// A destination for text: standard output or error, or a buffer in tests. Everything
/// written passes the one rule for control characters (`VisibleText`): text from a panel
/// can never drive the terminal.
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
    put(VisibleText.escaped(text))
  }

  /// Writes text that carries pact's own colours (`VisibleText.escaped(_:keepingColours:)`):
  /// only colour sequences pass, and the text inside them was made visible already.
  func writeStyled(_ text: String) {
    put(VisibleText.escaped(text, keepingColours: true))
  }

  private func put(_ text: String) {
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

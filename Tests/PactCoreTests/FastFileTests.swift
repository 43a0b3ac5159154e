import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Reading a file whole with the system calls directly.
@Suite struct FastFileTests {
  @Test func aFileIsReadWholeByteForByte() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
    let file = directory.url.appendingPathComponent("records")
    try Data(bytes).write(to: file)
    #expect(try FastFile.read(file.path) == bytes)
  }

  @Test func anEmptyFileIsEmpty() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let file = directory.url.appendingPathComponent("empty")
    try Data().write(to: file)
    #expect(try FastFile.read(file.path) == [])
  }

  /// The system gives no size for files such as those in /proc: they are read to their end.
  @Test func aFileThatGivesNoSizeIsReadToItsEnd() throws {
    let text = String(decoding: try FastFile.read("/proc/self/status"), as: UTF8.self)
    #expect(text.hasPrefix("Name:"))
    #expect(text.contains("\nPid:"))
    #expect(text.hasSuffix("\n"))
  }

  @Test func aFileThatGivesNoSizeIsNotReadPastTheLimit() {
    #expect(throws: FastFile.Failure.self) {
      try FastFile.read("/proc/self/status", limit: 64)
    }
  }
}

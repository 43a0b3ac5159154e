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

  /// A file that holds fewer bytes than its size said when it was opened (it shrank) gives
  /// the bytes it holds, and no more.
  @Test func aShortReadGivesTheBytesRead() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let written = [UInt8]("four".utf8)
    #expect(write(ends[1], written, written.count) == written.count)
    close(ends[1])
    defer { close(ends[0]) }
    #expect(try FastFile.readAll(ends[0], expected: 10, limit: 100) == written)
  }

  @Test func aReadTheSystemRefusesIsAnError() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let fd = open(directory.path, O_RDONLY | O_DIRECTORY)
    #expect(fd >= 0)
    defer { close(fd) }
    #expect(throws: FastFile.ReadFailure.self) {
      try FastFile.readAll(fd, expected: 10, limit: 100)
    }
  }

  /// The system gives no size for files such as those in /proc: they are read to their end.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
  func aFileThatGivesNoSizeIsReadToItsEnd() throws {
    let text = String(decoding: try FastFile.read("/proc/self/status"), as: UTF8.self)
    #expect(text.hasPrefix("Name:"))
    #expect(text.contains("\nPid:"))
    #expect(text.hasSuffix("\n"))
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
  func aFileThatGivesNoSizeIsNotReadPastTheLimit() {
    #expect(throws: FastFile.Failure.self) {
      try FastFile.read("/proc/self/status", limit: 64)
    }
  }
}

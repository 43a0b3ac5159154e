import Foundation
import PactTestSupport
import Testing

@testable import PactCore

/// Reading CSV a chunk at a time gives what reading the whole text gives, wherever the
/// chunks break.
@Suite struct CSVStreamTests {
  /// The records of `text` read through a stream with chunks of `chunk` bytes.
  private func streamed(_ text: String, chunk: Int, in folder: TemporaryDirectory? = nil) throws
    -> [CSVRecord]
  {
    let directory = try folder ?? TemporaryDirectory()
    defer { if folder == nil { directory.remove() } }
    let url = directory.url.appendingPathComponent("file.csv")
    try Data(text.utf8).write(to: url)
    var stream = try CSVStream(path: url.path, chunk: chunk)
    var records: [CSVRecord] = []
    try stream.forEachRecord { row in
      records.append(CSVRecord(fields: (0..<row.count).map { row.string($0) }, line: row.line))
    }
    return records
  }

  @Test(arguments: [1, 2, 3, 7, 64])
  func quirksReadAsTheWholeTextReadsThem(chunk: Int) throws {
    let text =
      "\u{FEFF}a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\n"
      + "plain,5\" pipe,\"\"  \rlast,\"cr\rinside\",end"
    #expect(try streamed(text, chunk: chunk) == (try CSVReader.records(in: text)))
  }

  @Test func randomTextsReadAlikeAtEveryChunkSize() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var generator = SplitMix64(seed: 14)
    let pieces = ["a", "bc", ",", "\"", "\"\"", "\r\n", "\n", "\r", " ", "é", "\"q,\r\nq\""]
    for _ in 0..<100 {
      let count = Int.random(in: 0...40, using: &generator)
      let text = (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
      let whole = Result { try CSVReader.records(in: text) }
      for chunk in [1, 2, 5, 11] {
        let parts = Result { try streamed(text, chunk: chunk, in: directory) }
        switch (whole, parts) {
        case (.success(let expected), .success(let actual)):
          #expect(actual == expected, "\(text.debugDescription) in chunks of \(chunk)")
        case (.failure, .failure):
          continue
        default:
          Issue.record("\(text.debugDescription) in chunks of \(chunk): \(whole) but \(parts)")
        }
      }
    }
  }

  @Test func aQuoteNeverClosedIsNamedByTheLineItOpensOn() throws {
    #expect(throws: CSVStream.Failure.self) { try streamed("a,b\n\"open\nmore\n", chunk: 4) }
    do {
      _ = try streamed("a,b\nc,\"open\nmore\n", chunk: 4)
    } catch let failure as CSVStream.Failure {
      guard case .syntax(let error) = failure else {
        Issue.record("expected a syntax error, got \(failure)")
        return
      }
      #expect(error.line == 2)
    }
  }

  @Test func aFileOfOneLongLineIsReadByGrowingTheBuffer() throws {
    let long = String(repeating: "x", count: 10_000)
    let records = try streamed("h\n\(long)\n", chunk: 16)
    #expect(records.map(\.fields) == [["h"], [long]])
  }
}

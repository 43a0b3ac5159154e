import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a CSV file a chunk at a time, as `CSVReader` reads text (RFC 4180, CRLF, LF or
/// CR line ends, a byte-order mark skipped), so that a file of any size is read in a
/// fixed amount of memory: only the record being read is held, never the whole file.
///
/// Each record is handed to the caller as a `CSVRow`, a view of the fields' bytes that is
/// valid only during the call.
public struct CSVStream: ~Copyable {
  /// Why a file could not be read as CSV.
  public enum Failure: Error, Equatable {
    /// The system could not open or read the file.
    case unreadable(String)
    /// The text breaks the CSV rules at a line.
    case syntax(CSVSyntaxError)
  }

  /// The longest record read: a row longer than this is a quote left open, not data.
  public static let maximumRecordLength = 16 << 20

  private let descriptor: Int32
  private var buffer: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// Bytes read into `buffer`, and where the next record starts.
  private var filled = 0
  private var position = 0
  private var atEnd = false
  private var line = 1
  /// How many bytes have been read from the file.
  public private(set) var bytesRead = 0

  /// Opens the file at `path`.
  ///
  /// - Parameter chunk: How many bytes to read at a time.
  /// - Throws: `Failure.unreadable`.
  public init(path: String, chunk: Int = 1 << 20) throws(Failure) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
    descriptor = fd
    capacity = max(chunk, 1)
    buffer = .allocate(capacity: capacity)
  }

  deinit {
    close(descriptor)
    buffer.deallocate()
  }

  /// Calls `body` with each record in turn, with the line it starts on.
  ///
  /// - Throws: `Failure` for a read error or a broken record; whatever `body` throws.
  public mutating func forEachRecord(_ body: (CSVRow) throws -> Void) throws {
    var fields: [CSVRow.Field] = []
    fields.reserveCapacity(16)
    while filled < 3 && !atEnd { try refill() }
    if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3 }
    while true {
      if position == filled {
        if atEnd { return }
        try refill()
        continue
      }
      fields.removeAll(keepingCapacity: true)
      switch try scanRecord(into: &fields) {
      case .needMore:
        guard !atEnd else {
          throw Failure.syntax(CSVSyntaxError(line: line, message: "the file ends inside a record"))
        }
        try refill()
      case .record(let end, let lines):
        let row = CSVRow(base: UnsafePointer(buffer), fields: fields, line: line)
        position = end
        line += lines
        try body(row)
      }
    }
  }

  private enum Scan {
    case needMore
    /// The record ends before `end`, spanning `lines` line breaks.
    case record(end: Int, lines: Int)
  }

  private static let comma = UInt8(ascii: ",")
  private static let quote = UInt8(ascii: "\"")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let lineFeed = UInt8(ascii: "\n")

  /// Reads one record from `position` without moving it: `.needMore` when the buffer ends
  /// first and more of the file may follow.
  private func scanRecord(into fields: inout [CSVRow.Field]) throws(Failure) -> Scan {
    if let scan = scanPlainLine(into: &fields) { return scan }
    fields.removeAll(keepingCapacity: true)
    return try scanQuoted(into: &fields)
  }

  /// Most lines of most files hold no quote and end with LF or CRLF: such a line is split
  /// at its commas with `memchr`, which looks at many bytes at a time. Nil for any other
  /// line, which `scanQuoted` reads byte by byte.
  private func scanPlainLine(into fields: inout [CSVRow.Field]) -> Scan? {
    let start = buffer + position
    let length = filled - position
    guard let newline = memchr(start, Int32(CSVStream.lineFeed), length) else { return nil }
    let end = newline.assumingMemoryBound(to: UInt8.self) - buffer
    var last = end
    if last > position, buffer[last - 1] == CSVStream.carriageReturn { last -= 1 }
    let count = last - position
    guard memchr(start, Int32(CSVStream.quote), count) == nil,
      memchr(start, Int32(CSVStream.carriageReturn), count) == nil
    else { return nil }
    var fieldStart = position
    while let comma = memchr(buffer + fieldStart, Int32(CSVStream.comma), last - fieldStart) {
      let at = comma.assumingMemoryBound(to: UInt8.self) - buffer
      fields.append(CSVRow.Field(start: fieldStart, end: at, escaped: false))
      fieldStart = at + 1
    }
    fields.append(CSVRow.Field(start: fieldStart, end: last, escaped: false))
    return .record(end: end + 1, lines: 1)
  }

  /// Reads a record byte by byte, as `CSVReader` does.
  private func scanQuoted(into fields: inout [CSVRow.Field]) throws(Failure) -> Scan {
    var index = position
    var lines = 0
    let end = filled
    while true {
      if index < end, buffer[index] == CSVStream.quote {
        let opened = line + lines
        var escaped = false
        var cursor = index + 1
        let start = cursor
        while true {
          guard cursor < end else {
            if atEnd {
              throw .syntax(
                CSVSyntaxError(
                  line: opened,
                  message: "a quoted field opened on line \(opened) is never closed (a missing \")"
                ))
            }
            return .needMore
          }
          let byte = buffer[cursor]
          if byte == CSVStream.quote {
            guard cursor + 1 < end || atEnd else { return .needMore }
            if cursor + 1 < end, buffer[cursor + 1] == CSVStream.quote {
              escaped = true
              cursor += 2
              continue
            }
            break
          }
          if byte == CSVStream.lineFeed {
            lines += 1
            escaped = true
          } else if byte == CSVStream.carriageReturn {
            escaped = true
            guard cursor + 1 < end || atEnd else { return .needMore }
            if cursor + 1 >= end || buffer[cursor + 1] != CSVStream.lineFeed { lines += 1 }
          }
          cursor += 1
        }
        fields.append(CSVRow.Field(start: start, end: cursor, escaped: escaped))
        index = cursor + 1
        while index < end, buffer[index] == UInt8(ascii: " ") || buffer[index] == UInt8(ascii: "\t")
        {
          index += 1
        }
        if index < end {
          let byte = buffer[index]
          if byte != CSVStream.comma && byte != CSVStream.lineFeed
            && byte != CSVStream.carriageReturn
          {
            throw .syntax(
              CSVSyntaxError(
                line: line + lines,
                message: "text after the closing quote of a quoted field; a quote inside a "
                  + "quoted field is written twice (\"\")"))
          }
        }
      } else {
        let start = index
        while index < end {
          let byte = buffer[index]
          if byte == CSVStream.comma || byte == CSVStream.lineFeed
            || byte == CSVStream.carriageReturn
          {
            break
          }
          index += 1
        }
        fields.append(CSVRow.Field(start: start, end: index, escaped: false))
      }
      guard index < end else {
        // The file's last record may end without a line break.
        return atEnd ? .record(end: index, lines: 1) : .needMore
      }
      switch buffer[index] {
      case CSVStream.comma:
        index += 1
      case CSVStream.lineFeed:
        return .record(end: index + 1, lines: lines + 1)
      default:  // a carriage return, alone or before a line feed
        guard index + 1 < end || atEnd else { return .needMore }
        let next =
          index + 1 < end && buffer[index + 1] == CSVStream.lineFeed ? index + 2 : index + 1
        return .record(end: next, lines: lines + 1)
      }
    }
  }

  /// Moves the unread bytes to the front of the buffer and reads more after them, growing
  /// the buffer when one record fills it.
  private mutating func refill() throws(Failure) {
    if position > 0 {
      let remaining = filled - position
      if remaining > 0 { buffer.update(from: buffer + position, count: remaining) }
      filled = remaining
      position = 0
    }
    if filled == capacity {
      guard capacity < CSVStream.maximumRecordLength else {
        throw .syntax(
          CSVSyntaxError(
            line: line,
            message: "a record longer than \(CSVStream.maximumRecordLength >> 20) MB "
              + "(a quote left open?)"))
      }
      let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      larger.update(from: buffer, count: filled)
      buffer.deallocate()
      buffer = larger
      capacity *= 2
    }
    while true {
      let count = read(descriptor, buffer + filled, capacity - filled)
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(String(cString: strerror(errno)))
      }
      if count == 0 { atEnd = true }
      filled += count
      bytesRead += count
      return
    }
  }
}

/// One record of a `CSVStream`: its fields as bytes in the stream's buffer, valid only
/// while the stream hands it over.
public struct CSVRow {
  /// Where a field's bytes are: inside its quotes, if it has them.
  struct Field {
    var start: Int
    var end: Int
    /// A quoted field holding a doubled quote or a line break, which reading must undo.
    var escaped: Bool
  }

  let base: UnsafePointer<UInt8>
  let fields: [Field]
  /// The line of the file the record starts on, counting from 1.
  public let line: Int

  /// How many fields the record has.
  public var count: Int { fields.count }

  /// Whether field `index` is empty.
  public func isEmpty(_ index: Int) -> Bool { fields[index].start == fields[index].end }

  /// Calls `body` with the bytes of field `index`, its quotes undone.
  public func withBytes<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T)
    rethrows -> T
  {
    let field = fields[index]
    let raw = UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
    guard field.escaped else { return try body(raw) }
    return try CSVRow.unescaped(raw).withUnsafeBufferPointer(body)
  }

  /// The text of field `index`.
  public func string(_ index: Int) -> String {
    withBytes(index) { String(decoding: $0, as: UTF8.self) }
  }

  /// A quoted field's bytes with each doubled quote made one and each line break LF.
  private static func unescaped(_ raw: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
      } else if byte == UInt8(ascii: "\r") {
        if index + 1 < raw.count, raw[index + 1] == UInt8(ascii: "\n") { index += 1 }
        bytes.append(UInt8(ascii: "\n"))
        index += 1
        continue
      }
      if index < raw.count { bytes.append(raw[index]) }
      index += 1
    }
    return bytes
  }
}

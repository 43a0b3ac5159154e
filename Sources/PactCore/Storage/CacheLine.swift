/// Writes the lines of a cache file (`RecordCache`, `ClosedActionIndex`) straight onto
/// its bytes: fields separated by tabs, whole numbers in decimal. A county's report writes
/// hundreds of thousands of such lines on its first run, where making a string of each
/// field and joining them cost a tenth of its work.
struct CacheLine {
  private(set) var bytes: [UInt8]
  private var atLineStart = true

  /// Lines written after `start` (a first line, already ended).
  init(after start: String) {
    bytes = Array(start.utf8)
  }

  /// Adds a field of text.
  mutating func field(_ text: String) {
    separate()
    bytes.append(contentsOf: text.utf8)
  }

  /// Adds a field of a whole number, in decimal, with a `-` before one below zero.
  mutating func field(_ number: some FixedWidthInteger) {
    separate()
    if number < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = UInt64(truncatingIfNeeded: number.magnitude)
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    let start = bytes.count
    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits))
    var position = start + digits - 1
    repeat {
      bytes[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
      position -= 1
    } while magnitude > 0
  }

  /// Adds a file's stamp as five fields: device, inode, size, modified and changed.
  mutating func fields(_ stamp: FileStamp) {
    field(stamp.device)
    field(stamp.inode)
    field(stamp.size)
    field(stamp.modified)
    field(stamp.changed)
  }

  /// Ends the line.
  mutating func endLine() {
    bytes.append(UInt8(ascii: "\n"))
    atLineStart = true
  }

  /// Adds bytes as they are, after the line has ended (a record file's contents).
  mutating func raw(_ contents: some Collection<UInt8>) {
    bytes.append(contentsOf: contents)
  }

  private mutating func separate() {
    if !atLineStart { bytes.append(UInt8(ascii: "\t")) }
    atLineStart = false
  }
}

/// The content lines of an iCalendar document, unfolded byte by byte (as Characters, a
/// continuation's space and a combining mark after it would be one character).
public func iCalendarContentLines(_ ics: String) -> [String] {
  var lines: [String] = []
  var line: [UInt8] = []
  let bytes = Array(ics.utf8)
  var index = 0
  while index < bytes.count {
    if bytes[index...].starts(with: [0x0D, 0x0A]) {
      if bytes[(index + 2)...].first == 0x20 {
        index += 3
        continue
      }
      lines.append(String(decoding: line, as: UTF8.self))
      line = []
      index += 2
    } else {
      line.append(bytes[index])
      index += 1
    }
  }
  if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
  return lines
}

// Errors, located by line and column only once a problem is found.
extension JSONParser {
  /// An error at byte `offset`, with the line and column counted from the document's start.
  func error(_ message: String, at offset: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = start
    var position = start
    while position < offset {
      if bytes[position] == 0x0A {
        line += 1
        lineStart = position + 1
      }
      position += 1
    }
    var column = 1
    for byte in bytes[lineStart..<offset] where byte & 0xC0 != 0x80 {
      column += 1
    }
    return JSONSyntaxError(line: line, column: column, message: message)
  }

  /// The input ends where more was needed.
  func endOfFileError() -> JSONSyntaxError {
    error("the file ends in the middle of a value", at: bytes.count)
  }

  /// A container opened at `index` beyond ``maximumDepth``.
  func tooDeepError() -> JSONSyntaxError {
    error("arrays and objects are nested deeper than \(Self.maximumDepth) levels", at: index)
  }

  /// An error for an unexpected character at `index`, naming what was found.
  func unexpectedError(expected: String) -> JSONSyntaxError {
    let byte = bytes[index]
    if Self.isWordByte(byte) {
      var end = index
      while end < bytes.count && end - index < 20 && Self.isWordByte(bytes[end]) {
        end += 1
      }
      let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
      return error("\(expected), found '\(word)'", at: index)
    }
    if byte == UInt8(ascii: "'") {
      return error("\(expected), found \"'\"", at: index)
    }
    if Self.isPrintableASCII(byte) {
      return error("\(expected), found '\(Character(Unicode.Scalar(byte)))'", at: index)
    }
    if byte < 0x80 {
      let code = String(byte, radix: 16, uppercase: true)
      let padded = String(repeating: "0", count: 4 - code.count) + code
      return error("\(expected), found the control character U+\(padded)", at: index)
    }
    guard let length = Self.validUTF8Length(bytes, at: index) else {
      return error("invalid UTF-8", at: index)
    }
    let character = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[index..<index + length]), as: UTF8.self)
    return error("\(expected), found '\(character)'", at: index)
  }
}

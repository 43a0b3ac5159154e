/// Writes iCalendar (RFC 5545) content lines: `NAME;PARAM=VALUE:value`, TEXT values
/// escaped, each line folded at 75 octets and ended by CRLF.
public struct ICalendarWriter: Sendable {
  /// The longest a physical line may be, in UTF-8 bytes, not counting its CRLF.
  public static let maximumLineOctets = 75

  /// The content lines written so far, unfolded.
  public private(set) var lines: [String] = []

  public init() {}

  /// `BEGIN:` a component, such as `VEVENT`.
  public mutating func begin(_ component: String) {
    lines.append("BEGIN:\(component)")
  }

  /// `END:` a component.
  public mutating func end(_ component: String) {
    lines.append("END:\(component)")
  }

  /// A property whose value is written as given (a date, a number, a URI or a code such as
  /// `GREGORIAN`); the caller makes sure it holds no control characters.
  ///
  /// - Parameters:
  ///   - name: The property name, such as `DTSTART`.
  ///   - parameters: Parameters in order, such as `("TZID", "Europe/London")`; their
  ///     values must be safe parameter text (no `"`, `;`, `:` or `,`).
  ///   - value: The value.
  public mutating func raw(
    _ name: String, _ value: String, parameters: [(String, String)] = []
  ) {
    let parameterText = parameters.map { ";\($0.0)=\($0.1)" }.joined()
    lines.append("\(name)\(parameterText):\(value)")
  }

  /// A property whose value is TEXT, escaped with ``escape(_:)``.
  public mutating func text(_ name: String, _ value: String) {
    raw(name, ICalendarWriter.escape(value))
  }

  /// The calendar so far: every content line folded and ended by CRLF.
  public var document: String {
    lines.map { ICalendarWriter.fold($0) + "\r\n" }.joined()
  }

  /// A TEXT value escaped as RFC 5545 §3.3.11 asks: `\` as `\\`, `;` as `\;`, `,` as
  /// `\,`, and a line break (CRLF, LF or CR) as `\n`. Other control characters, which TEXT
  /// may not hold, are dropped; a tab is kept.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasCR { result += "\\n" }
      case "\t": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// One content line folded as RFC 5545 §3.1 asks: no physical line longer than 75
  /// octets, each continuation starting with a single space, and no break inside a UTF-8
  /// character. The lines are joined with CRLF; the last has no line break.
  public static func fold(_ line: String) -> String {
    var physical: [String] = []
    var current = String.UnicodeScalarView()
    var octets = 0
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if octets + size > maximumLineOctets {
        physical.append(String(current))
        current = String.UnicodeScalarView([" "])
        octets = 1
      }
      current.append(scalar)
      octets += size
    }
    physical.append(String(current))
    return physical.joined(separator: "\r\n")
  }
}

/// Small pieces of plain English for documents residents read: lists, counts, times.
public enum PlainWords {
  /// "a", "a and b", "a, b and c".
  static func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    let rest = items.dropLast()
    return rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last
  }

  /// A whole number with thousands separated by commas, as UK print writes it: "1,240".
  public static func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  /// "1 question", "27 questions".
  static func count(_ value: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(number(value)) " + (value == 1 ? singular : plural ?? singular + "s")
  }

  /// "once", "twice", "3 times".
  static func times(_ count: Int) -> String {
    switch count {
    case 1: "once"
    case 2: "twice"
    default: "\(number(count)) times"
    }
  }

  /// A 24-hour `HH:MM` time as UK newsletters write it: "7pm", "6.30pm", "10am", "12 noon".
  static func time(_ text: String) -> String {
    let parts = text.split(separator: ":")
    guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else {
      return text
    }
    if hours == 12, minutes == 0 { return "12 noon" }
    if hours == 0, minutes == 0 { return "midnight" }
    let clock = hours % 12 == 0 ? 12 : hours % 12
    let suffix = hours < 12 ? "am" : "pm"
    return minutes == 0
      ? "\(clock)\(suffix)" : "\(clock).\(minutes < 10 ? "0" : "")\(minutes)\(suffix)"
  }

  /// `text` with its first letter in capitals.
  static func capitalisingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// Escaped text ending as a sentence, keeping its paragraphs: those after the first
  /// start on lines of their own indented by `indent` spaces, so that in a list item they
  /// stay within the item.
  static func paragraphs(_ text: String, indent: Int = 2) -> String {
    let parts = Markdown.paragraphTexts(text)
    guard parts.count > 1 else { return sentence(text) }
    let margin = String(repeating: " ", count: indent)
    return parts.map(sentence).enumerated()
      .map { $0.offset == 0 ? $0.element : margin + $0.element }
      .joined(separator: "\n\n")
  }

  /// Escaped text ending as a sentence: a full stop is added unless the text already ends
  /// with one, a question mark or an exclamation mark.
  static func sentence(_ text: String) -> String {
    // Printable ASCII alone (the common case): its words are its characters between spaces.
    if text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) {
      let escaped = Markdown.inline(text)
      guard let last = text.utf8.last(where: { $0 != 0x20 }),
        last != UInt8(ascii: "."), last != UInt8(ascii: "!"), last != UInt8(ascii: "?")
      else { return escaped }
      return escaped + "."
    }
    let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let escaped = Markdown.inline(trimmed)
    guard let last = trimmed.last, !".!?".contains(last) else { return escaped }
    return escaped + "."
  }
}

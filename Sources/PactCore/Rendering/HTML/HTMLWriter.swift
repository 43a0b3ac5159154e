/// Builds HTML (or SVG) text element by element. Element and attribute names are string
/// literals in pact's code; everything else — text and attribute values — is escaped, so
/// nothing a person typed can become markup.
struct HTMLWriter: Sendable {
  /// The markup written so far.
  private(set) var output = ""

  init() {}

  /// An attribute: a literal name and a value that is escaped when written.
  struct Attribute: Sendable {
    let name: StaticString
    let value: String

    init(_ name: StaticString, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// `<tag attributes>`.
  mutating func open(_ tag: StaticString, _ attributes: [Attribute] = []) {
    output += "<\(tag)"
    for attribute in attributes {
      output += " \(attribute.name)=\"" + HTMLEscape.attribute(attribute.value) + "\""
    }
    output += ">"
  }

  /// `</tag>`.
  mutating func close(_ tag: StaticString) {
    output += "</\(tag)>"
  }

  /// An element holding escaped text.
  mutating func element(_ tag: StaticString, _ attributes: [Attribute] = [], text: String) {
    open(tag, attributes)
    self.text(text)
    close(tag)
  }

  /// An element whose content `body` writes.
  mutating func element(
    _ tag: StaticString, _ attributes: [Attribute] = [], _ body: (inout HTMLWriter) -> Void
  ) {
    open(tag, attributes)
    body(&self)
    close(tag)
  }

  /// An element with no content and no end tag, such as `<meta>` (in SVG, written `/>`).
  mutating func void(_ tag: StaticString, _ attributes: [Attribute] = [], selfClosing: Bool = false)
  {
    open(tag, attributes)
    if selfClosing {
      output.removeLast()
      output += "/>"
    }
  }

  /// Escaped text; white space runs become one space.
  mutating func text(_ text: String) {
    output += HTMLEscape.text(text)
  }

  /// Escaped text whose line breaks are kept as `<br>`, and blank lines as paragraph
  /// breaks written by the caller's element: for notes people wrote over several lines.
  mutating func lines(_ text: String) {
    let lines = text.split(whereSeparator: \.isNewline).map { HTMLEscape.text(String($0)) }
      .filter { !$0.isEmpty }
    output += lines.joined(separator: "<br>")
  }

  /// Markup already escaped by `HTMLEscape` (for this file's helpers only).
  mutating func appendMarkup(_ markup: String) {
    output += markup
  }

  /// Markup made by another writer, which escaped its own text.
  mutating func append(_ other: HTMLWriter) {
    output += other.output
  }

  /// The attributes of the box around a table: a labelled region that can be scrolled
  /// from the keyboard when the table is wider than a small screen.
  static func tableRegion(_ label: String) -> [Attribute] {
    [
      .init("class", "table-wrap"), .init("role", "region"), .init("aria-label", label),
      .init("tabindex", "0"),
    ]
  }

  /// The text of the markup, without its tags (entities left as they are), for a label.
  var plainText: String {
    var result = ""
    var inTag = false
    for character in output {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        result.append(character)
      }
    }
    return result.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
      of: "&gt;", with: ">"
    )
    .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// A line break in the source, which keeps the files readable and their diffs small.
  mutating func newline() {
    output += "\n"
  }
}

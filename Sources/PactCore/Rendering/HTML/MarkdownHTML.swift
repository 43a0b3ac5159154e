/// Turns the Markdown that pact's own documents write (`MarkdownDocument`: headings,
/// paragraphs, lists, tables, bold, hard line breaks, and text escaped with `Markdown`)
/// into HTML, so the web pages say exactly what the agenda, minutes and newsletter say.
///
/// It is not a general CommonMark renderer: it relies on every piece of typed text having
/// been escaped, so that a line can only start a list, heading or table, and `**` can only
/// mean bold, where pact wrote them. Every character of text is escaped for HTML again.
struct MarkdownHTML {
  /// The level each Markdown heading level becomes, or nil to leave that heading out.
  var headingLevel: (Int) -> Int? = { $0 }
  /// Lines already turned into HTML, for documents that repeat many of them (every
  /// newsletter of a panel lists much the same open actions).
  var cache: Cache?

  /// The HTML of lines of inline Markdown, by their Markdown; used by one thread at a time.
  final class Cache {
    fileprivate var lines: [Key: String] = [:]
    fileprivate var labels: [String: String] = [:]

    init() {}

    /// A line by its bytes: hashed and compared without the Unicode normalisation that a
    /// `String` key costs.
    fileprivate struct Key: Hashable {
      let bytes: [UInt8]

      func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
      }
    }
  }

  /// The HTML of `markdown`.
  func html(_ markdown: String) -> HTMLWriter {
    var output: [UInt8] = []
    var markdown = markdown
    markdown.withUTF8 { bytes in
      output.reserveCapacity(bytes.count + bytes.count / 4 + 64)
      for block in MarkdownHTML.blockRanges(bytes) where !block.isEmpty {
        if !byteBlock(bytes, block, into: &output) {
          var writer = HTMLWriter()
          self.block(String(decoding: Bytes(rebasing: bytes[block]), as: UTF8.self), into: &writer)
          output += writer.output.utf8
        }
        output.append(0x0A)
      }
    }
    var writer = HTMLWriter()
    writer.appendMarkup(String(decoding: output, as: UTF8.self))
    return writer
  }

  /// The HTML of `markdown` with every block read character by character (`block`), as
  /// `html` reads the blocks that need it: what the byte path is held to in tests.
  func characterHTML(_ markdown: String) -> HTMLWriter {
    var writer = HTMLWriter()
    var markdown = markdown
    markdown.withUTF8 { bytes in
      for block in MarkdownHTML.blockRanges(bytes) where !block.isEmpty {
        self.block(String(decoding: Bytes(rebasing: bytes[block]), as: UTF8.self), into: &writer)
        writer.newline()
      }
    }
    return writer
  }

  private func block(_ block: String, into writer: inout HTMLWriter) {
    let lines = block.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    guard let first = lines.first else { return }
    if first.hasPrefix("#") {
      let hashes = first.prefix { $0 == "#" }.count
      guard let level = headingLevel(hashes) else { return }
      let text = inline(String(first.dropFirst(hashes + 1)))
      writer.open(MarkdownHTML.headingTag(level))
      writer.appendMarkup(text)
      writer.close(MarkdownHTML.headingTag(level))
    } else if first.hasPrefix("- ") {
      writer.element("ul", [.init("class", "list")]) { list in
        for line in lines {
          list.element("li") { $0.appendMarkup(inline(String(line.dropFirst(2)))) }
        }
      }
    } else if MarkdownHTML.numberedItem(first) != nil {
      writer.element("ol", [.init("class", "list list-number")]) { list in
        for line in lines {
          list.element("li") {
            $0.appendMarkup(inline(MarkdownHTML.numberedItem(line) ?? line))
          }
        }
      }
    } else if first.hasPrefix("| "), lines.count >= 2, lines[1].hasPrefix("| ---") {
      table(header: first, rows: Array(lines.dropFirst(2)), into: &writer)
    } else {
      writer.element("p") { $0.appendMarkup(inline(lines.joined(separator: "\n"))) }
    }
  }

  /// `MarkdownHTML.inline(markdown)`, from the cache when it has it.
  private func inline(_ markdown: String) -> String {
    guard let cache else { return MarkdownHTML.inline(markdown).output }
    let key = Cache.Key(bytes: Array(markdown.utf8))
    if let known = cache.lines[key] { return known }
    let html = MarkdownHTML.inline(markdown).output
    cache.lines[key] = html
    return html
  }

  /// The words that name a table, its header cells', from the cache when it has them.
  func tableLabel(_ header: String) -> String {
    if let known = cache?.labels[header] { return known }
    let label = MarkdownHTML.cells(header).map { MarkdownHTML.inline($0).plainText }
      .joined(separator: ", ")
    cache?.labels[header] = label
    return label
  }

  private func table(header: String, rows: [String], into writer: inout HTMLWriter) {
    let label = tableLabel(header)
    writer.element("div", HTMLWriter.tableRegion("Table: " + label)) { wrap in
      wrap.element("table") { table in
        table.element("thead") { head in
          head.element("tr") { row in
            for cell in MarkdownHTML.cells(header) {
              row.element("th", [.init("scope", "col")]) { $0.append(MarkdownHTML.inline(cell)) }
            }
          }
        }
        table.element("tbody") { body in
          for line in rows where !line.isEmpty {
            body.element("tr") { row in
              for cell in MarkdownHTML.cells(line) {
                row.element("td") { $0.append(MarkdownHTML.inline(cell)) }
              }
            }
          }
        }
      }
    }
  }

  static func headingTag(_ level: Int) -> StaticString {
    switch level {
    case ...1: "h1"
    case 2: "h2"
    case 3: "h3"
    case 4: "h4"
    case 5: "h5"
    default: "h6"
    }
  }

  /// The text of a numbered list item (`12. text`), or nil when the line is not one.
  static func numberedItem(_ line: String) -> String? {
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return String(line.dropFirst(digits.count + 2))
  }

  /// The cells of a table row `| a | b |`, still escaped as Markdown.
  static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = String.UnicodeScalarView()
    var escaped = false
    for scalar in line.unicodeScalars {
      if escaped {
        current.append(scalar)
        escaped = false
      } else if scalar == "\\" {
        current.append(scalar)
        escaped = true
      } else if scalar == "|" {
        cells.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    // The text before the first bar and after the last is not a cell. Cells were escaped
    // as inline Markdown, whose only white space is single spaces.
    return cells.dropFirst().map { cell in
      var cell = Substring(cell)
      while cell.first == " " { cell.removeFirst() }
      while cell.last == " " { cell.removeLast() }
      return String(cell)
    }
  }

  /// One line (or lines joined by hard breaks) of pact's inline Markdown as HTML: a
  /// backslash before ASCII punctuation is dropped, `**` opens and closes bold, and a line
  /// break is a space, or a hard break after two spaces. One pass over the scalars.
  static func inline(_ markdown: String) -> HTMLWriter {
    var output: [UInt8] = []
    output.reserveCapacity(markdown.utf8.count + 16)
    var isStrong = false
    // The spaces typed at the end of the text so far, for a hard break.
    var spaces = 0
    let scalars = Array(markdown.unicodeScalars)
    var index = 0
    func literal(_ scalar: Unicode.Scalar) {
      switch scalar {
      case " ":
        output.append(0x20)
        spaces += 1
        return
      case "&": output += HTMLEscape.entityAmp
      case "<": output += HTMLEscape.entityLt
      case ">": output += HTMLEscape.entityGt
      case "\t", "\n": output.append(0x20)
      default: if HTMLEscape.isAllowed(scalar) { HTMLEscape.append(scalar, to: &output) }
      }
      spaces = 0
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if scalar == "\\", let next, MarkdownHTML.isASCIIPunctuation(next) {
        literal(next)
        index += 2
      } else if scalar == "*", next == "*" {
        output += isStrong ? MarkdownHTML.closeStrong : MarkdownHTML.openStrong
        isStrong.toggle()
        spaces = 0
        index += 2
      } else if scalar == "\n" {
        // Two spaces before a line break make a hard break; otherwise it is a space.
        if spaces >= 2 {
          output.removeLast(2)
          output += MarkdownHTML.lineBreak
          spaces = 0
        } else {
          literal(" ")
        }
        index += 1
      } else {
        literal(scalar)
        index += 1
      }
    }
    if isStrong { output += MarkdownHTML.closeStrong }
    var writer = HTMLWriter()
    writer.appendMarkup(String(decoding: output, as: UTF8.self))
    return writer
  }

  static let openStrong = Array("<strong>".utf8)
  static let closeStrong = Array("</strong>".utf8)
  static let lineBreak = Array("<br>".utf8)

  /// Whether a backslash before `scalar` escapes it in CommonMark: ASCII punctuation.
  static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
    default: false
    }
  }
}

extension HTMLWriter {
  /// Text whose spacing is already settled, escaped.
  mutating func appendEscaped(_ text: String) {
    appendMarkup(HTMLEscape.verbatim(text))
  }
}

/// Builds a Markdown document block by block, with a blank line between blocks, so every
/// document pact writes has the same shape. Text given to the `text` parameters is
/// escaped; `raw` blocks are pact's own Markdown.
public struct MarkdownDocument: Sendable {
  private var blocks: [String] = []

  public init() {}

  /// A heading of `level` (1–6) whose text is escaped.
  public mutating func heading(_ level: Int, _ text: String) {
    blocks.append(
      String(repeating: "#", count: min(6, max(1, level))) + " " + Markdown.inline(text))
  }

  /// A paragraph of escaped text.
  public mutating func paragraph(_ text: String) {
    let escaped = Markdown.paragraphs(text)
    if !escaped.isEmpty { blocks.append(escaped) }
  }

  /// A block of pact's own Markdown, added as it is.
  public mutating func raw(_ markdown: String) {
    let trimmed = markdown.trimmingSuffix(while: \.isNewline)
    if !trimmed.isEmpty { blocks.append(trimmed) }
  }

  /// A bulleted list; each item is pact's own Markdown (escape user text with
  /// `Markdown.inline` when building it).
  public mutating func list(_ items: [String]) {
    guard !items.isEmpty else { return }
    blocks.append(items.map { "- " + $0 }.joined(separator: "\n"))
  }

  /// A numbered list of pact's own Markdown items.
  public mutating func numbered(_ items: [String]) {
    guard !items.isEmpty else { return }
    blocks.append(
      items.enumerated().map { "\($0.offset + 1). " + $0.element }.joined(separator: "\n"))
  }

  /// A table of escaped cells.
  public mutating func table(header: [String], rows: [[String]]) {
    blocks.append(Markdown.table(header: header, rows: rows).trimmingSuffix(while: \.isNewline))
  }

  /// The document, ending in a single newline.
  public var text: String { blocks.joined(separator: "\n\n") + "\n" }
}

extension String {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> String {
    var result = self
    while let last = result.last, predicate(last) { result.removeLast() }
    return result
  }
}

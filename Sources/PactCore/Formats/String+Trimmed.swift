extension StringProtocol {
  /// The text without whitespace or line breaks at either end.
  ///
  /// Pure Swift: Foundation's `trimmingCharacters(in:)` goes through NSString on Linux and
  /// cost a sixth of an import's time, called for every field of every record.
  var trimmed: String {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[first...last])
  }

  /// Whether the text is empty or only whitespace and line breaks: what `trimmed` would make
  /// empty, told without making it.
  var isBlank: Bool { !contains { !$0.isWhitespace } }
}

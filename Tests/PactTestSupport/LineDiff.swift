/// A short, readable diff of two texts by line, for test failure messages.
///
/// Hunks in the unified style (`@@ -12,4 +12,5 @@`) show each changed line with its line
/// number, `-` for a line only in `expected` and `+` for a line only in `actual`, with
/// `context` unchanged lines around each change. Output stops after `maximumLines`
/// lines, saying how many changed lines were left out. A difference only in the final
/// newline is spelled out, since it cannot be seen.
///
/// - Parameters:
///   - expected: The text wanted, such as a golden file.
///   - actual: The text produced.
///   - context: Unchanged lines to show around each change.
///   - maximumLines: The most lines of diff to show.
/// - Returns: The diff, or an empty string if the texts are the same.
public func lineDiff(
  expected: String, actual: String, context: Int = 2, maximumLines: Int = 40
) -> String {
  let old = DiffText(expected)
  let new = DiffText(actual)
  guard old.lines == new.lines else {
    let edits = LineEdits(old: old.lines, new: new.lines).edits
    return render(edits, context: context, maximumLines: maximumLines)
  }
  guard old.endsWithNewline == new.endsWithNewline else {
    return old.endsWithNewline
      ? "\\ expected ends with a newline, actual does not"
      : "\\ actual ends with a newline, expected does not"
  }
  // Equal lines, equal endings: only canonically equivalent Unicode can differ here.
  if Array(expected.utf8) != Array(actual.utf8) {
    return "\\ the texts differ only in the Unicode normalisation of some characters"
  }
  return ""
}

/// A text as lines, without their line feeds.
private struct DiffText {
  var lines: [Substring]
  var endsWithNewline: Bool

  init(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    endsWithNewline = text.hasSuffix("\n")
    if endsWithNewline {
      lines.removeLast()
    }
  }
}

/// One line of a diff, with its 0-based line number on each side.
private struct Edit {
  enum Kind {
    case same
    case removed
    case added
  }

  var kind: Kind
  var oldLine: Int
  var newLine: Int
  var text: Substring
}

/// The edits that turn one list of lines into another, using as few as a longest common
/// subsequence allows when the changed region is small, else replacing it whole.
private struct LineEdits {
  var edits: [Edit] = []

  init(old: [Substring], new: [Substring]) {
    var prefix = 0
    while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] {
      prefix += 1
    }
    var suffix = 0
    while suffix < old.count - prefix && suffix < new.count - prefix
      && old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    for line in 0..<prefix {
      edits.append(Edit(kind: .same, oldLine: line, newLine: line, text: old[line]))
    }
    let oldMiddle = prefix..<(old.count - suffix)
    let newMiddle = prefix..<(new.count - suffix)
    if oldMiddle.count * newMiddle.count <= 1_000_000 {
      appendCommonSubsequenceEdits(old: old, oldRange: oldMiddle, new: new, newRange: newMiddle)
    } else {
      for line in oldMiddle {
        edits.append(
          Edit(kind: .removed, oldLine: line, newLine: newMiddle.lowerBound, text: old[line]))
      }
      for line in newMiddle {
        edits.append(
          Edit(kind: .added, oldLine: oldMiddle.upperBound, newLine: line, text: new[line]))
      }
    }
    for offset in 0..<suffix {
      let oldLine = old.count - suffix + offset
      let newLine = new.count - suffix + offset
      edits.append(Edit(kind: .same, oldLine: oldLine, newLine: newLine, text: old[oldLine]))
    }
  }

  private mutating func appendCommonSubsequenceEdits(
    old: [Substring], oldRange: Range<Int>, new: [Substring], newRange: Range<Int>
  ) {
    let rows = oldRange.count
    let columns = newRange.count
    // lengths[i * (columns + 1) + j]: the longest common subsequence of the old lines
    // from i and the new lines from j, both counted within the ranges.
    var lengths = [Int](repeating: 0, count: (rows + 1) * (columns + 1))
    for i in stride(from: rows - 1, through: 0, by: -1) {
      for j in stride(from: columns - 1, through: 0, by: -1) {
        lengths[i * (columns + 1) + j] =
          old[oldRange.lowerBound + i] == new[newRange.lowerBound + j]
          ? lengths[(i + 1) * (columns + 1) + j + 1] + 1
          : max(lengths[(i + 1) * (columns + 1) + j], lengths[i * (columns + 1) + j + 1])
      }
    }
    var i = 0
    var j = 0
    while i < rows || j < columns {
      let oldLine = oldRange.lowerBound + i
      let newLine = newRange.lowerBound + j
      if i < rows && j < columns && old[oldLine] == new[newLine] {
        edits.append(Edit(kind: .same, oldLine: oldLine, newLine: newLine, text: old[oldLine]))
        i += 1
        j += 1
      } else if j == columns
        || (i < rows && lengths[(i + 1) * (columns + 1) + j] >= lengths[i * (columns + 1) + j + 1])
      {
        edits.append(Edit(kind: .removed, oldLine: oldLine, newLine: newLine, text: old[oldLine]))
        i += 1
      } else {
        edits.append(Edit(kind: .added, oldLine: oldLine, newLine: newLine, text: new[newLine]))
        j += 1
      }
    }
  }
}

/// Renders the edits near changes as unified-style hunks with line numbers.
private func render(_ edits: [Edit], context: Int, maximumLines: Int) -> String {
  // The edits to show: every change and up to `context` lines either side of it.
  var shown = [Bool](repeating: false, count: edits.count)
  for (position, edit) in edits.enumerated() where edit.kind != .same {
    for near in max(0, position - context)...min(edits.count - 1, position + context) {
      shown[near] = true
    }
  }
  let largestLine = edits.reduce(0) { max($0, $1.oldLine + 1, $1.newLine + 1) }
  let width = String(largestLine).count
  func number(_ line: Int) -> String {
    let digits = String(line + 1)
    return String(repeating: " ", count: width - digits.count) + digits
  }

  var output: [String] = []
  var position = 0
  while position < edits.count {
    guard shown[position] else {
      position += 1
      continue
    }
    var end = position
    while end < edits.count && shown[end] {
      end += 1
    }
    let hunk = edits[position..<end]
    let oldCount = hunk.filter { $0.kind != .added }.count
    let newCount = hunk.filter { $0.kind != .removed }.count
    let first = edits[position]
    output.append(
      "@@ -\(first.oldLine + (oldCount == 0 ? 0 : 1)),\(oldCount) "
        + "+\(first.newLine + (newCount == 0 ? 0 : 1)),\(newCount) @@")
    for edit in hunk {
      switch edit.kind {
      case .same: output.append("  \(number(edit.oldLine)) | \(edit.text)")
      case .removed: output.append("- \(number(edit.oldLine)) | \(edit.text)")
      case .added: output.append("+ \(number(edit.newLine)) | \(edit.text)")
      }
    }
    position = end
  }
  guard output.count > maximumLines else {
    return output.joined(separator: "\n")
  }
  let hiddenChanges = output[maximumLines...].filter { $0.hasPrefix("-") || $0.hasPrefix("+") }
  return (output[..<maximumLines] + ["… and \(hiddenChanges.count) more changed lines"])
    .joined(separator: "\n")
}

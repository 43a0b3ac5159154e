/// "Label:  value" lines with the values aligned and wrapped, as `panel show` and
/// `meeting show` print them.
enum LabelledRows {
  static func render(_ rows: [(String, String)], width: Int, indent: Int = 2) -> String {
    let labelWidth = (rows.map(\.0.count).max() ?? 0) + 2
    var output = ""
    for (label, value) in rows {
      let start = indent + labelWidth
      let lines = TextWrapper.wrap(
        value, width: max(start + 20, width), indent: start, breakingLongWords: true)
      for (index, line) in lines.enumerated() {
        if index == 0 {
          output +=
            String(repeating: " ", count: indent)
            + (label + ":").padding(toLength: labelWidth, withPad: " ", startingAt: 0)
            + line.dropFirst(start) + "\n"
        } else {
          output += line + "\n"
        }
      }
    }
    return output
  }
}

/// Quoting of generated words for the shells' source code.
enum ShellQuoting {
  /// A single-quoted bash or zsh word: `it's` becomes `'it'\''s'`.
  static func posix(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }

  /// A word for a command line shown to a person: as it is when the shell would read it
  /// so, else single-quoted as `posix` does.
  static func word(_ text: String) -> String {
    let safe = text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "-_./=:@%+,".unicodeScalars.contains($0)
    }
    return safe && !text.isEmpty ? text : posix(text)
  }

  /// A single-quoted fish word, in which only `\` and `'` are escaped.
  static func fish(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: #"\"#, with: #"\\"#)
      .replacingOccurrences(of: "'", with: #"\'"#)
    return "'" + escaped + "'"
  }

  /// An identifier made of the name's letters and digits, others turned into `_`.
  static func identifier(_ name: String) -> String {
    String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
  }
}

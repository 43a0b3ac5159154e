/// Quotes a word for a command line shown to the user, only when the shell needs it.
enum ShellQuote {
  static func quote(_ word: String) -> String {
    let safe = word.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "-_./=:@%+,".unicodeScalars.contains($0)
    }
    if safe, !word.isEmpty { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

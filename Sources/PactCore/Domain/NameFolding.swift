/// When two pieces of text that people wrote count as the same.
///
/// Two questions are asked, and they have different answers:
///
/// - ``key(_:)``: is this the same *name*? Case and spacing are ignored, punctuation is
///   not. Finding the record a person names (a member, an agency, a priority), refusing a
///   second member or agency with a name already taken, matching an import's lead
///   agencies, titles and priorities, and grouping agencies across panels in the borough
///   report all ask it.
/// - ``wordsKey(_:)``: are these the same *words*? Punctuation is ignored as well. An issue
///   raised again under a title written afresh, and the headings and status words of a
///   council's spreadsheet, ask it.
///
/// They differ because a name key tells records apart. What a person types is matched
/// against names as listings show them, exactly and then as a prefix, and a new name is
/// refused when its key is taken; ignoring punctuation there would merge names that
/// panels already keep apart ("A&E" and "AE", "Smith-Jones" and "Smith Jones"), so
/// lookups that work today would become ambiguous. A title is compared only to count a
/// concern raised again, where different punctuation is the same concern.
enum NameFolding {
  /// A name as lookups compare it: lower case, with every run of whitespace made one space
  /// and none at either end.
  ///
  /// "St Michael's  School" and "st michael's school" are the same name; "St Michaels
  /// School" is another.
  static func key(_ name: String) -> String {
    asciiWords(name, lowercased: true, between: .whitespace)
      ?? name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Text as its words: lower case, letters and digits only, apostrophes dropped (so
  /// "Michael's" reads "michaels"), and every other run of characters made one space,
  /// none at either end.
  ///
  /// "St Michael's school", "ST MICHAELS SCHOOL!" and "St Michael’s  school" say the same
  /// words; so do "Lead agency:" and "LEAD_AGENCY".
  static func wordsKey(_ text: String) -> String {
    asciiWords(text, lowercased: true, between: .nonAlphanumeric)
      ?? wordsKeyByCharacter(text)
  }

  /// ``wordsKey(_:)`` for any text, one character at a time.
  static func wordsKeyByCharacter(_ text: String) -> String {
    var key = ""
    var spaceDue = false
    for character in text.lowercased() {
      if apostrophes.contains(character) { continue }
      guard character.isLetter || character.isNumber else {
        spaceDue = !key.isEmpty
        continue
      }
      if spaceDue { key.append(" ") }
      key.append(character)
      spaceDue = false
    }
    return key
  }

  /// The characters written as an apostrophe: typed, typographic, the modifier letter, and
  /// the opening quote that word processors sometimes put in its place.
  static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "\u{2018}"]
}

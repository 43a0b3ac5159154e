/// Pieces of newsletter text worked out once for all the newsletters of a panel: the
/// escaped titles, lead agencies, notes and dates that an open action's line repeats from
/// one newsletter to the next, each by the text it is made from. Used by one thread at a
/// time.
final class NewsletterPhrases {
  private var inlines = Remembered<String> { Markdown.inline($0) }
  private var sentences = Remembered<String> { PlainWords.sentence($0) }
  private var paragraphTexts = Remembered<String> { PlainWords.paragraphs($0) }
  private var days = Remembered<Day> { $0.mediumText }

  init() {}

  /// `Markdown.inline(text)`.
  func inline(_ text: String) -> String { inlines[text] }

  /// `PlainWords.sentence(text)`.
  func sentence(_ text: String) -> String { sentences[text] }

  /// `PlainWords.paragraphs(text)`.
  func paragraphs(_ text: String) -> String { paragraphTexts[text] }

  /// `day.mediumText`.
  func mediumText(_ day: Day) -> String { days[day] }

  /// What `make` gives for each key, made the first time it is asked for.
  private struct Remembered<Key: Hashable> {
    let make: (Key) -> String
    var made: [Key: String] = [:]

    init(_ make: @escaping (Key) -> String) { self.make = make }

    subscript(key: Key) -> String {
      mutating get {
        if let known = made[key] { return known }
        let phrase = make(key)
        made[key] = phrase
        return phrase
      }
    }
  }
}

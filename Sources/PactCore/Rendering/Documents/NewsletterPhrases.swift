/// Pieces of newsletter text worked out once for all the newsletters of a panel: the
/// escaped titles, lead agencies, notes and dates that an open action's line repeats from
/// one newsletter to the next, each by the text it is made from. Used by one thread at a
/// time.
final class NewsletterPhrases {
  private var inline: [String: String] = [:]
  private var sentences: [String: String] = [:]
  private var paragraphs: [String: String] = [:]
  private var days: [Day: String] = [:]

  init() {}

  /// `Markdown.inline(text)`.
  func inline(_ text: String) -> String {
    if let known = inline[text] { return known }
    let made = Markdown.inline(text)
    inline[text] = made
    return made
  }

  /// `PlainWords.sentence(text)`.
  func sentence(_ text: String) -> String {
    if let known = sentences[text] { return known }
    let made = PlainWords.sentence(text)
    sentences[text] = made
    return made
  }

  /// `PlainWords.paragraphs(text)`.
  func paragraphs(_ text: String) -> String {
    if let known = paragraphs[text] { return known }
    let made = PlainWords.paragraphs(text)
    paragraphs[text] = made
    return made
  }

  /// `day.mediumText`.
  func mediumText(_ day: Day) -> String {
    if let known = days[day] { return known }
    let made = day.mediumText
    days[day] = made
    return made
  }
}

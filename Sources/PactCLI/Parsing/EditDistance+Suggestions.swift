import PactCore

/// "Did you mean …?" for commands, options and values, on PactCore's edit distance
/// (optimal string alignment, case ignored).
extension EditDistance {
  /// How far a mistyped word may be from a suggestion: `min(3, max(1, count / 2))`.
  ///
  /// A one- to three-letter word gets 1 (so `ab` is not "corrected" to an unrelated short
  /// name), four- and five-letter words get 2, anything longer gets 3.
  static func suggestionThreshold(for word: String) -> Int {
    min(3, max(1, word.count / 2))
  }

  /// The single best suggestion for a mistyped word, compared without regard to case,
  /// within `suggestionThreshold(for:)`; nil when nothing is close or the word is exact.
  static func suggestion(for word: String, in candidates: [String]) -> String? {
    let threshold = suggestionThreshold(for: word)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = distance(word, candidate)
      if distance <= threshold, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}

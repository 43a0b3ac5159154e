/// "Did you mean …?": how far a word may be from what was meant and still be taken for a
/// mistyping of it, wherever pact suggests one (commands, options and values on the command
/// line, names in lookups, references in `pact check`).
public enum Suggestion {
  /// The largest edit distance at which `word` is taken for a mistyping:
  /// `min(3, max(1, count / 2))`.
  ///
  /// A word of one to three characters gets 1, so that `ab` is not "corrected" to an
  /// unrelated short name; four and five characters get 2; anything longer gets 3, and
  /// nothing more than 3 is ever a typo.
  ///
  /// - Parameter word: The word as it was typed.
  /// - Returns: The distance allowed, from 1 to 3.
  public static func allowedDistance(for word: String) -> Int {
    min(3, max(1, word.count / 2))
  }

  /// The candidate closest to `word` within ``allowedDistance(for:)``, comparing without
  /// regard to case, the earliest of those equally close.
  ///
  /// - Parameters:
  ///   - word: The word as it was typed.
  ///   - candidates: What it may have meant, in order of preference on a tie.
  /// - Returns: The suggestion, or nil when nothing is close enough.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    EditDistance.closest(to: word, in: candidates, maxDistance: allowedDistance(for: word))
      .first
  }
}

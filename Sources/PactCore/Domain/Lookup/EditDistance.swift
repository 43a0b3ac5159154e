/// Edit distance between words, for "did you mean" suggestions.
public enum EditDistance {
  /// The optimal-string-alignment distance (Levenshtein with adjacent transpositions
  /// counting one), compared without regard to case.
  public static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased())
    let y = Array(b.lowercased())
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var before = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          best = min(best, before[j - 2] + 1)
        }
        current[j] = best
      }
      (before, previous, current) = (previous, current, before)
    }
    return previous[y.count]
  }

  /// The candidates within `maxDistance` of `word`, closest first (ties keep the
  /// candidates' order).
  public static func closest(to word: String, in candidates: [String], maxDistance: Int = 3)
    -> [String]
  {
    candidates.enumerated()
      .map { (index: $0.offset, candidate: $0.element, distance: distance(word, $0.element)) }
      .filter { $0.distance <= maxDistance }
      .sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }
      .map(\.candidate)
  }
}

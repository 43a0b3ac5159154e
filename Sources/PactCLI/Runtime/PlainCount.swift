/// Counts in words for the command line's messages.
enum PlainCount {
  /// "5 actions, 1 priority and 3 issues", leaving out what there is none of.
  static func list(_ counts: [(Int, String)]) -> String {
    let parts = counts.filter { $0.0 > 0 }.map { count, noun in
      "\(count) " + (count == 1 ? noun : noun == "priority" ? "priorities" : noun + "s")
    }
    guard let last = parts.last else { return "nothing" }
    return parts.count == 1 ? last : parts.dropLast().joined(separator: ", ") + " and " + last
  }
}

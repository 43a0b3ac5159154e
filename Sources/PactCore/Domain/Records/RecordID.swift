/// Generates and abbreviates record ids.
///
/// A generated id is the kind's letter and six characters from an alphabet without
/// look-alikes (no 0/O, 1/I/L, U): `A7K3MQ`. Ids are random rather than counted so that two
/// copies of a panel that each add records offline never choose the same file name, and a
/// `git merge` of the two keeps both records without a conflict. People type the shortest
/// unique prefix (`A7K`), as git accepts abbreviated commit ids.
public enum RecordID {
  /// The characters a generated id draws from after its kind letter.
  public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTVWXYZ")

  /// The number of random characters after the kind letter.
  public static let randomLength = 6

  /// The shortest prefix shown for an id, kind letter included.
  public static let minimumShownLength = 4

  /// A new id of `kind` that is not in `existing`.
  ///
  /// - Parameters:
  ///   - kind: A kind with an id letter (member, issue, priority, action).
  ///   - existing: Ids already in use, compared without regard to case.
  ///   - generator: The source of randomness; tests pass a seeded one.
  public static func generate<G: RandomNumberGenerator>(
    _ kind: RecordKind, existing: Set<String>, using generator: inout G
  ) -> String {
    let letter = kind.idPrefix ?? "R"
    let base = UInt64(alphabet.count)
    let combinations = (0..<randomLength).reduce(UInt64(1)) { product, _ in product * base }
    while true {
      // One draw for all six characters: each draw from the system's generator is a system
      // call, and an import makes thousands of ids.
      var value = UInt64.random(in: 0..<combinations, using: &generator)
      var id = String(letter)
      for _ in 0..<randomLength {
        id.append(alphabet[Int(value % base)])
        value /= base
      }
      if !existing.contains(id) { return id }
    }
  }

  /// Whether `text` has the shape of a generated id of `kind`.
  public static func isGenerated(_ text: String, kind: RecordKind) -> Bool {
    guard let letter = kind.idPrefix, text.count == randomLength + 1, text.first == letter else {
      return false
    }
    return text.dropFirst().allSatisfy { alphabet.contains($0) }
  }

  /// The shortest prefix of each id (at least `minimumShownLength` characters) that no other
  /// id in `ids` shares.
  public static func shortForms(_ ids: [String]) -> [String: String] {
    // Sorted as strings, then compared character by character: sorting the arrays of
    // characters made a string of both for every comparison.
    let strings = ids.sorted()
    // Ids as pact makes them are ASCII, where a character is a byte (CR LF, one character
    // of two, aside) and bytes are quicker to walk than characters.
    if strings.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) {
      return shortForms(
        sorted: strings, unitsOf: \.utf8, text: { String(decoding: $0, as: UTF8.self) })
    }
    return shortForms(sorted: strings, unitsOf: { $0 }, text: { String($0) })
  }

  /// `shortForms` of ids already sorted, compared unit by unit (bytes, or characters) in
  /// one run of every id's units: ten years of actions are ten thousand ids, and an array
  /// of each one's units cost more than the walk.
  private static func shortForms<Units: Sequence>(
    sorted ids: [String], unitsOf: (String) -> Units,
    text: (ArraySlice<Units.Element>) -> String
  ) -> [String: String] where Units.Element: Equatable {
    var units: [Units.Element] = []
    var starts = [0]
    starts.reserveCapacity(ids.count + 1)
    for id in ids {
      units.append(contentsOf: unitsOf(id))
      starts.append(units.count)
    }
    // How many units the id at `first` has in common at its start with the next.
    func sharedWithNext(_ first: Int) -> Int {
      let (start, other) = (starts[first], starts[first + 1])
      let length = min(other - start, starts[first + 2] - other)
      var common = 0
      while common < length, units[start + common] == units[other + common] { common += 1 }
      return common
    }
    var result: [String: String] = [:]
    result.reserveCapacity(ids.count)
    var sharedWithBefore = -1
    for index in ids.indices {
      let count = starts[index + 1] - starts[index]
      let sharedWithAfter = index + 1 < ids.count ? sharedWithNext(index) : -1
      // A neighbour that shares `n` units needs `n + 1` shown; none needs none.
      let needed = max(
        min(minimumShownLength, count), min(count, max(sharedWithBefore, sharedWithAfter) + 1))
      result[ids[index]] =
        needed == count ? ids[index] : text(units[starts[index]..<(starts[index] + needed)])
      sharedWithBefore = sharedWithAfter
    }
    return result
  }
}

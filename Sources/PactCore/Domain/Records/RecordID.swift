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
      return shortForms(asciiSorted: strings)
    }
    return shortForms(sorted: strings.map { Array($0) }) { String($0) }
  }

  /// `shortForms` of ASCII ids already sorted, walked as one run of bytes: ten years of
  /// actions are ten thousand ids, and an array of each one's bytes cost more than the walk.
  private static func shortForms(asciiSorted ids: [String]) -> [String: String] {
    var bytes: [UInt8] = []
    var starts = [0]
    starts.reserveCapacity(ids.count + 1)
    for id in ids {
      bytes.append(contentsOf: id.utf8)
      starts.append(bytes.count)
    }
    var result: [String: String] = [:]
    result.reserveCapacity(ids.count)
    bytes.withUnsafeBufferPointer { bytes in
      // How many bytes the id at `first` has in common at its start with the next.
      func sharedWithNext(_ first: Int) -> Int {
        let (start, other) = (starts[first], starts[first + 1])
        let length = min(other - start, starts[first + 2] - other)
        var common = 0
        while common < length, bytes[start + common] == bytes[other + common] { common += 1 }
        return common
      }
      var sharedWithBefore = -1
      for index in ids.indices {
        let count = starts[index + 1] - starts[index]
        let sharedWithAfter = index + 1 < ids.count ? sharedWithNext(index) : -1
        // A neighbour that shares `n` characters needs `n + 1` shown; none needs none.
        let needed = max(
          min(minimumShownLength, count), min(count, max(sharedWithBefore, sharedWithAfter) + 1))
        result[ids[index]] =
          needed == count
          ? ids[index]
          : String(
            decoding: UnsafeBufferPointer(
              rebasing: bytes[starts[index]..<(starts[index] + needed)]),
            as: UTF8.self)
        sharedWithBefore = sharedWithAfter
      }
    }
    return result
  }

  /// `shortForms` of ids already sorted, each as an array of its characters (or bytes).
  private static func shortForms<Unit: Equatable>(
    sorted: [[Unit]], text: (ArraySlice<Unit>) -> String
  ) -> [String: String] {
    var result: [String: String] = [:]
    result.reserveCapacity(sorted.count)
    for (index, id) in sorted.enumerated() {
      var needed = min(minimumShownLength, id.count)
      for neighbour in [index - 1, index + 1] where sorted.indices.contains(neighbour) {
        let other = sorted[neighbour]
        var common = 0
        while common < id.count, common < other.count, id[common] == other[common] {
          common += 1
        }
        needed = max(needed, min(id.count, common + 1))
      }
      result[text(id[...])] = text(id.prefix(needed))
    }
    return result
  }
}

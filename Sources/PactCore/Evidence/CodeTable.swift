/// The panels of each LSOA code, in an open-addressing table with a multiplicative hash:
/// looked up once for every row of a national month, where Swift's seeded hashing of a
/// `Dictionary` key costs more than the rest of the lookup.
struct CodeTable {
  private var keys: [AreaMatcher.CodeKey?] = Array(repeating: nil, count: 16)
  private var lists: [[Int32]] = Array(repeating: [], count: 16)
  private var count = 0

  private var mask: Int { keys.count - 1 }

  private static func hash(_ key: AreaMatcher.CodeKey) -> Int {
    let mixed = (key.head ^ (key.tail &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
    return Int(truncatingIfNeeded: mixed >> 20)
  }

  /// The slot holding `key`, or the empty slot where it belongs.
  private func slot(_ key: AreaMatcher.CodeKey) -> Int {
    var index = CodeTable.hash(key) & mask
    while let found = keys[index], found != key { index = (index + 1) & mask }
    return index
  }

  /// Adds `panel` to the code's list, once.
  mutating func add(_ panel: Int32, for key: AreaMatcher.CodeKey) {
    if (count + 1) * 2 > keys.count { grow() }
    let index = slot(key)
    if keys[index] == nil {
      keys[index] = key
      count += 1
    }
    if !lists[index].contains(panel) { lists[index].append(panel) }
  }

  /// The panels of a code; none for a code no panel has.
  func panels(for key: AreaMatcher.CodeKey) -> ArraySlice<Int32> {
    lists[slot(key)][...]
  }

  private mutating func grow() {
    let old = zip(keys, lists)
    keys = Array(repeating: nil, count: keys.count * 2)
    lists = Array(repeating: [], count: keys.count)
    for (key, list) in old {
      guard let key else { continue }
      let index = slot(key)
      keys[index] = key
      lists[index] = list
    }
  }
}

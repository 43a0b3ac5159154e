/// SplitMix64 (Steele, Lea and Flood): a tiny seeded generator, so that every generated
/// panel is the same on every run and every machine.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A uniformly chosen element of a non-empty array (the first of an empty one is never
  /// asked for; an empty array gives `fallback`).
  mutating func pick<T>(_ items: [T], or fallback: T) -> T {
    items.isEmpty ? fallback : items[Int.random(in: 0..<items.count, using: &self)]
  }

  /// Whether an event of probability `chance` (0...1) happens.
  mutating func chance(_ chance: Double) -> Bool {
    Double.random(in: 0..<1, using: &self) < chance
  }

  /// A whole number in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    Int.random(in: range, using: &self)
  }
}

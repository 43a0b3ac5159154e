import Foundation

/// The randomness new record ids are drawn from (`RecordID`): the system's, or a seeded
/// sequence so that a script run twice (the sample panels, a test) gives the same ids.
///
/// A generator is shared by every change a `PanelService` makes, so one seeded run draws
/// one sequence.
public final class IDGenerator: RandomNumberGenerator, @unchecked Sendable {
  private let lock = NSLock()
  private var seeded: UInt64?
  private var system = SystemRandomNumberGenerator()

  /// Ids from the system's randomness.
  public init() {}

  /// Ids from a fixed sequence starting at `seed` (SplitMix64).
  public init(seed: UInt64) {
    seeded = seed
  }

  public func next() -> UInt64 {
    lock.lock()
    defer { lock.unlock() }
    guard var state = seeded else { return system.next() }
    state &+= 0x9E37_79B9_7F4A_7C15
    seeded = state
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

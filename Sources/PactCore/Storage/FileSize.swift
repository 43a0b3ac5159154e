/// Sizes in words.
enum FileSize {
  /// The most pact reads of one record file: far more than ten years of notes on one
  /// action, far less than would exhaust memory.
  static let recordLimit: Int64 = 4 * 1_024 * 1_024
  /// The most pact reads of one of its own working files (an undo record, an index), which
  /// hold a whole import.
  static let workingLimit: Int64 = 256 * 1_024 * 1_024

  /// `4 MB`, `1.2 GB`, `310 bytes`.
  static func text(_ bytes: Int64) -> String {
    let units: [(Int64, String)] = [(1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")]
    for (size, unit) in units where bytes >= size {
      let whole = bytes / size
      let tenth = (bytes % size) * 10 / size
      return tenth == 0 || whole >= 10 ? "\(whole) \(unit)" : "\(whole).\(tenth) \(unit)"
    }
    return "\(bytes) bytes"
  }
}

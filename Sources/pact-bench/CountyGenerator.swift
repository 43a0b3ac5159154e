import Foundation
import PactCore

/// Writes a county's panels, one folder each, generating them on every core.
struct CountyGenerator {
  let sizes: BenchSizes
  let today: Day

  /// Generates `sizes.countyPanels` panels under `folder` (`panel-001` …) and returns how
  /// many actions they hold in all.
  func write(to folder: URL) throws -> Int {
    let failures = FailureList()
    let count = sizes.countyPanels
    DispatchQueue.concurrentPerform(iterations: count) { [sizes, today] index in
      do {
        let shape = sizes.countyShape(index)
        let snapshot = try PanelGenerator(shape: shape, today: today).snapshot()
        let name = "panel-" + String(index + 1).leftPadded(to: 3)
        let root = folder.appendingPathComponent(name)
        try PanelService.create(at: root, records: snapshot)
      } catch {
        failures.append("panel \(index + 1): \(error)")
      }
    }
    if let first = failures.all.first { throw BenchError("could not write the county: \(first)") }
    return (0..<count).map { sizes.countyShape($0).totalActions }.reduce(0, +)
  }
}

/// Failures collected from concurrent work.
private final class FailureList: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []

  func append(_ message: String) {
    lock.lock()
    defer { lock.unlock() }
    messages.append(message)
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return messages
  }
}

extension String {
  /// The string with zeros before it to make `width` characters.
  func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

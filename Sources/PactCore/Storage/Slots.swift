import Foundation

/// Results filled in by work spread over the machine's cores (`concurrentPerform`), one slot
/// per task, each written by its own task and read once all are done: used by the borough
/// report, the website and the crime import. (`concurrentMap` is the lock-free kind, for
/// many small tasks.)
final class Slots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
  }

  subscript(index: Int) -> Value? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return slots[index]
    }
    set {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = newValue
    }
  }

  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}

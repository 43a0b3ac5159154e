import Foundation
import Testing

@testable import PactCore

/// Work spread over the cores gives what a plain `map` would, in order.
@Suite struct ConcurrentMapTests {
  @Test(arguments: [0, 1, 511, 512, 513, 10_007])
  func eachIndexIsTransformedOnceInOrder(count: Int) {
    let calls = Counter()
    let mapped = concurrentMap(count) { index -> String in
      calls.add()
      return "item \(index * 3)"
    }
    #expect(mapped == (0..<count).map { "item \($0 * 3)" })
    #expect(calls.value == count)
  }

  @Test func aHigherMinimumKeepsTheWorkOnOneThread() {
    let threads = Counter()
    let caller = pthread_self()
    let mapped = concurrentMap(600, minimum: 601) { index -> Int in
      if pthread_equal(pthread_self(), caller) == 0 { threads.add() }
      return index
    }
    #expect(mapped == Array(0..<600))
    #expect(threads.value == 0)
  }

  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
  }
}

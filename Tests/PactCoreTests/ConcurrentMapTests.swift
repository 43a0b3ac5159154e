import Foundation
import Testing

@testable import PactCore

/// Work spread over several threads gives what a plain `map` would, in order.
///
/// The thread count is forced, so the runs and the uninitialised storage are exercised on
/// any machine; which threads Dispatch then uses is its own affair (under a loaded test run
/// it may use one), so that is not asserted.
@Suite struct ConcurrentMapTests {
  @Test(arguments: [0, 1, 511, 512, 513, 10_007])
  func eachIndexIsTransformedOnceInOrder(count: Int) {
    let calls = Counter()
    let mapped = concurrentMap(count, workers: 3) { index -> String in
      calls.add(thread: pthread_self())
      return "item \(index * 3)"
    }
    #expect(mapped == (0..<count).map { "item \($0 * 3)" })
    #expect(calls.count == count)
  }

  @Test func belowTheMinimumTheWorkStaysOnTheCallingThread() {
    let calls = Counter()
    let caller = pthread_self()
    let mapped = concurrentMap(600, minimum: 601, workers: 4) { index -> Int in
      calls.add(thread: pthread_self())
      return index
    }
    #expect(mapped == Array(0..<600))
    #expect(calls.threads == 1)
    #expect(calls.onlyOn(caller))
  }

  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var calls = 0
    private var seen: [pthread_t] = []

    func add(thread: pthread_t) {
      lock.withLock {
        calls += 1
        if !seen.contains(where: { pthread_equal($0, thread) != 0 }) { seen.append(thread) }
      }
    }

    var count: Int { lock.withLock { calls } }
    var threads: Int { lock.withLock { seen.count } }
    func onlyOn(_ thread: pthread_t) -> Bool {
      lock.withLock { seen.allSatisfy { pthread_equal($0, thread) != 0 } }
    }
  }
}

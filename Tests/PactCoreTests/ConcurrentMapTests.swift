import Foundation
import Testing

@testable import PactCore

/// Work spread over several threads gives what a plain `map` would, in order.
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

  /// Whatever the machine's cores, the work is shared when there is enough of it.
  @Test func theWorkIsSharedBetweenThreads() {
    let calls = Counter()
    let mapped = concurrentMap(4_000, workers: 4) { index -> Int in
      calls.add(thread: pthread_self())
      // Long enough that one thread cannot finish every run before the others start.
      usleep(50)
      return index
    }
    #expect(mapped == Array(0..<4_000))
    #expect(calls.threads > 1)
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

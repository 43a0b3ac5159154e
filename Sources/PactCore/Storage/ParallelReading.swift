import Foundation

/// Work on many files spread over the machine's cores: a panel's history is thousands of
/// small files, and opening and reading each costs the system more than parsing it.
enum ParallelReading {
  /// `body` of each index below `count`, in index order, worked out in runs of indices on
  /// all cores when there are enough; few are done on this thread alone. When `body`
  /// throws, the error of the lowest index is thrown, as a loop in order would throw it.
  static func map<T: Sendable>(
    _ count: Int, perTask: Int = 64, _ body: @Sendable (Int) throws -> T
  ) throws -> [T] {
    let cores = ProcessInfo.processInfo.activeProcessorCount
    guard cores > 1, count >= 2 * perTask else { return try (0..<count).map(body) }
    // A few runs per core, so that a core slowed by other work does not hold up the rest.
    let tasks = min(count / perTask, cores * 4)
    let runs = Runs<T>(count: tasks)
    DispatchQueue.concurrentPerform(iterations: tasks) { task in
      let range = (count * task / tasks)..<(count * (task + 1) / tasks)
      var values: [T] = []
      values.reserveCapacity(range.count)
      do {
        for index in range { values.append(try body(index)) }
        runs.set(task, .success(values))
      } catch {
        runs.set(task, .failure(error))
      }
    }
    var values: [T] = []
    values.reserveCapacity(count)
    for run in runs.results {
      switch run {
      case .success(let part): values += part
      case .failure(let error): throw error
      case nil: break
      }
    }
    return values
  }

  /// What each run gave, filled in from several threads.
  private final class Runs<T: Sendable>: @unchecked Sendable {
    private var slots: [Result<[T], any Error>?]
    private let lock = NSLock()

    init(count: Int) {
      slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<[T], any Error>) {
      lock.lock()
      defer { lock.unlock() }
      slots[index] = result
    }

    var results: [Result<[T], any Error>?] {
      lock.lock()
      defer { lock.unlock() }
      return slots
    }
  }
}

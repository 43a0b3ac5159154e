import Foundation

/// `transform` of each of `0..<count`, in order, worked out on up to `workers` threads at
/// once (by default one per core, at most four) when there are at least `minimum`; each
/// thread takes a run of neighbouring indices. `transform` must be safe to call from
/// several threads at once.
///
/// It pays for work that waits on the system, such as asking for ten thousand files'
/// stamps; work that allocates as it goes (decoding records) ran no faster this way.
func concurrentMap<T>(
  _ count: Int, minimum: Int = 512,
  workers: Int = min(4, ProcessInfo.processInfo.activeProcessorCount),
  _ transform: (Int) -> T
) -> [T] {
  let workers = count < minimum ? 1 : max(1, min(workers, count))
  guard workers > 1 else { return (0..<count).map(transform) }
  return withoutActuallyEscaping(transform) { transform in
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      guard let base = buffer.baseAddress else { return }
      // Each worker sets only its own run of the slots.
      nonisolated(unsafe) let shared = base
      nonisolated(unsafe) let transform = transform
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in (count * worker / workers)..<(count * (worker + 1) / workers) {
          (shared + index).initialize(to: transform(index))
        }
      }
      initialized = count
    }
  }
}

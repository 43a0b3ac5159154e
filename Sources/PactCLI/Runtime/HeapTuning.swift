#if canImport(Glibc)
  import Glibc
#endif

/// Sets up the C heap for a short-lived command that may read a whole panel's history.
///
/// A command over ten years of records builds tens of megabytes of values and exits. With
/// glibc's defaults the heap grows 128 KB at a time, every buffer over 128 KB is a mapping
/// of its own, and much of the command's system time goes on clearing and mapping 4 KB
/// pages one fault at a time (about 9,500 faults for `pact check` on ten years of actions,
/// 800 with this). Here the heap grows in 64 MB steps, buffers up to 32 MB come from the
/// heap, and memory is not handed back before exit. The first 64 MB of the main heap are
/// grown at once and the kernel is asked to back them with huge pages where it can
/// (`MADV_HUGEPAGE`, aligned to the 2 MB pages of x86-64; nothing happens where
/// transparent huge pages are off). Later growth, and the heaps of other threads, are
/// left as glibc makes them.
public enum HeapTuning {
  public static func prepare() {
    #if canImport(Glibc)
      let hugePage = 2 << 20
      // mallopt is declared in <malloc.h>, which the Glibc module leaves out. malloc is
      // looked up too, so that the compiler cannot drop the allocation below as unused.
      typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
      typealias Malloc = @convention(c) (Int) -> UnsafeMutableRawPointer?
      guard let malloptSymbol = dlsym(nil, "mallopt"), let mallocSymbol = dlsym(nil, "malloc")
      else { return }
      let mallopt = unsafeBitCast(malloptSymbol, to: Mallopt.self)
      let allocate = unsafeBitCast(mallocSymbol, to: Malloc.self)
      let trimThreshold: Int32 = -1
      let topPad: Int32 = -2
      let mmapThreshold: Int32 = -3
      _ = mallopt(mmapThreshold, 32 << 20)
      _ = mallopt(topPad, 64 << 20)
      _ = mallopt(trimThreshold, 256 << 20)
      guard let before = sbrk(0) else { return }
      // One allocation larger than what is left at the top makes the heap grow now, by the
      // new padding, so that the grown range is known.
      guard let block = allocate(1 << 20) else { return }
      free(block)
      guard let after = sbrk(0) else { return }
      let start = (Int(bitPattern: before) + hugePage - 1) & ~(hugePage - 1)
      let end = Int(bitPattern: after) & ~(hugePage - 1)
      guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else {
        return
      }
      _ = madvise(address, end - start, MADV_HUGEPAGE)
    #endif
  }
}

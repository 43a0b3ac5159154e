#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system's words for an error number, safe to ask for from several threads at once
/// (`strerror` may share one buffer between them).
enum SystemErrorText {
  /// The words for `code`, such as "No such file or directory".
  static func of(_ code: Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard strerror_r(code, &buffer, buffer.count) == 0 else { return "error \(code)" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The words for the calling thread's last error (`errno`).
  static var last: String { of(errno) }
}

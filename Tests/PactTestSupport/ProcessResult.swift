/// What a finished process wrote and how it exited.
public struct ProcessResult: Equatable, Sendable {
  /// Everything written to standard output, decoded as UTF-8.
  public var stdout: String
  /// Everything written to standard error, decoded as UTF-8.
  public var stderr: String
  /// The exit status, or the signal number if a signal ended the process.
  public var status: Int32

  /// Creates a result, such as an expected one to compare with.
  public init(stdout: String, stderr: String, status: Int32) {
    self.stdout = stdout
    self.stderr = stderr
    self.status = status
  }
}

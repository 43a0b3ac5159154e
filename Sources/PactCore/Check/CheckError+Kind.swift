extension CheckError: PactError {
  /// Files pact cannot read are bad data; problems in readable records are a failed check.
  public var kind: ErrorKind { isUnreadable ? .invalidData : .refused }
}

extension RecordKind {
  /// The noun with its indefinite article, for messages: "an action", "a member".
  public var nounWithArticle: String {
    (self == .issue || self == .action ? "an " : "a ") + noun
  }
}

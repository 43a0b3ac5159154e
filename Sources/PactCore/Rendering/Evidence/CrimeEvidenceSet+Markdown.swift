extension CrimeEvidenceSet {
  /// The newsletter's paragraph on the police figures beside its priorities, when any has
  /// them: a list of the priorities by title, each with its evidence in plain words.
  public func newsletterSection(_ priorities: [Priority], into document: inout MarkdownDocument) {
    let items = priorities.compactMap { priority -> String? in
      guard let evidence = byPriority[priority.id] else { return nil }
      return "**" + Markdown.inline(priority.title) + ":** " + evidence.statement
    }
    guard !items.isEmpty else { return }
    document.raw(
      "Police.uk publishes the crime and anti-social behaviour reported to the police each "
        + "month. For this area, its figures show:")
    document.list(items)
  }

  /// The report's line for a priority's evidence, or nil when it has none.
  func reportItem(_ priority: String, title: String) -> String? {
    guard let evidence = byPriority[priority] else { return nil }
    return "**Evidence, " + Markdown.inline(title) + ":** " + evidence.statement
  }
}

extension PanelRecords {
  /// Sets the police.uk crime type a priority's evidence counts; nil
  /// goes back to the default for its category.
  ///
  /// - Throws: `LookupError` for a priority that does not exist.
  @discardableResult
  public mutating func setCrimeType(_ setting: CrimeTypeSetting?, ofPriority query: String)
    throws -> Priority
  {
    var priority = try self.priority(query)
    priority.crimeTypeSetting = setting
    priorities = priorities.map { $0.id == priority.id ? priority : $0 }
    return priority
  }
}

/// Corrections to an issue; nil leaves a field as it is.
public struct IssueChanges: Sendable {
  public var title: String?
  /// An empty string removes it.
  public var category: String?
  /// The police.uk crime type its evidence counts; `.some(nil)` goes back to the type its
  /// category gives.
  public var crimeType: CrimeTypeSetting??

  public init() {}

  public var isEmpty: Bool { title == nil && category == nil && crimeType == nil }
}

/// Corrections to a priority; nil leaves a field as it is.
public struct PriorityChanges: Sendable {
  public var title: String?
  /// An empty string removes it.
  public var category: String?
  /// The police.uk crime type its evidence counts; `.some(nil)` goes back to the type its
  /// category gives.
  public var crimeType: CrimeTypeSetting??

  public init() {}

  public var isEmpty: Bool { title == nil && category == nil && crimeType == nil }
}

/// What merging one issue into another left.
public struct IssueMerge: Sendable, Equatable {
  /// The issue that went, as it was.
  public var merged: Issue
  /// The issue that holds both now.
  public var survivor: Issue
  /// How many panel meetings the survivor has now been raised at.
  public var panelMeetings: Int
}

extension PanelRecords {
  /// Corrects an issue's title or category.
  ///
  /// - Throws: `PanelError.issueTitleTaken` when another issue has the title (ignoring
  ///   case, spacing and punctuation: the two are one concern, to be merged);
  ///   `PanelError.nothingToCorrect`; `InvalidValueError` for an empty title.
  @discardableResult
  public mutating func setIssue(_ query: String, _ changes: IssueChanges) throws -> Issue {
    let original = try issue(query)
    var issue = original
    if let title = changes.title {
      issue.title = try Validate.line(title, field: .title)
      let key = NameFolding.wordsKey(issue.title)
      if let other = issues.first(where: {
        $0.id != issue.id && NameFolding.wordsKey($0.title) == key
      }) {
        throw PanelError.issueTitleTaken(title: other.title, id: other.id)
      }
    }
    if let category = changes.category {
      issue.category = try Self.categories([category]).first
    }
    guard issue != original else { throw PanelError.nothingToCorrect(kind: .issue, id: issue.id) }
    issues = issues.map { $0.id == issue.id ? issue : $0 }
    return issue
  }

  /// Merges two issues that are one concern: the times `query` was raised join
  /// `target`'s, a priority that came from it now comes from `target`, and `query`'s record
  /// goes.
  ///
  /// The survivor is promoted if either was, else open if either was; its category is
  /// its own, or the other's when it had none.
  ///
  /// - Throws: `PanelError.issueMergedIntoItself`, or `PanelError.bothIssuesPromoted` when
  ///   both are priorities.
  @discardableResult
  public mutating func mergeIssue(_ query: String, into target: String) throws -> IssueMerge {
    let merged = try issue(query)
    var survivor = try issue(target)
    guard merged.id != survivor.id else {
      throw PanelError.issueMergedIntoItself(title: merged.title)
    }
    if merged.priority != nil, survivor.priority != nil {
      throw PanelError.bothIssuesPromoted(titles: [merged.title, survivor.title])
    }
    for raising in merged.raisings
    where !survivor.raisings.contains(where: {
      $0.on == raising.on && $0.meeting == raising.meeting
    }) {
      survivor.raisings.append(raising)
    }
    survivor.raisings.sort { $0.on < $1.on }
    survivor.mergedFrom = Array(Set(survivor.mergedFrom + merged.mergedFrom + [merged.id]))
      .filter { $0 != survivor.id }.sorted()
    survivor.category = survivor.category ?? merged.category
    survivor.priority = survivor.priority ?? merged.priority
    let statuses = [survivor.status, merged.status]
    if statuses.contains(.promoted) {
      survivor.status = .promoted
    } else if statuses.contains(.open) {
      survivor.status = .open
    }
    survivor.closedOn =
      survivor.status == .closed
      ? [survivor.closedOn, merged.closedOn].compactMap { $0 }.max() : nil
    let survivorID = survivor.id
    priorities = priorities.map { priority in
      var priority = priority
      if priority.fromIssue == merged.id { priority.fromIssue = survivorID }
      return priority
    }
    issues = issues.compactMap { issue in
      if issue.id == merged.id { return nil }
      return issue.id == survivorID ? survivor : issue
    }
    return IssueMerge(
      merged: merged, survivor: survivor, panelMeetings: panelMeetingCount(survivor))
  }

  /// Corrects a priority's title or category.
  ///
  /// - Throws: `PanelError.nothingToCorrect`; `InvalidValueError` for an empty title.
  @discardableResult
  public mutating func setPriority(_ query: String, _ changes: PriorityChanges) throws
    -> Priority
  {
    let original = try priority(query)
    var priority = original
    if let title = changes.title { priority.title = try Validate.line(title, field: .title) }
    if let category = changes.category {
      priority.category = try Self.categories([category]).first
    }
    if let crimeType = changes.crimeType { priority.crimeTypeSetting = crimeType }
    guard priority != original else {
      throw PanelError.nothingToCorrect(kind: .priority, id: priority.id)
    }
    priorities = priorities.map { $0.id == priority.id ? priority : $0 }
    return priority
  }
}

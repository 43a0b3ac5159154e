extension PanelContents {
  var memberResolver: Resolver<Member> {
    Resolver(kind: .member, records: members, id: \.id, names: { [$0.name] }, label: \.name)
  }

  /// The member a person means by `query`: a name (ignoring case), an id, or a prefix of
  /// either that only one member has.
  public func member(_ query: String) throws -> Member {
    try memberResolver.resolve(query)
  }

  /// The one member `query` names exactly: their whole name (ignoring case and spacing),
  /// their id, or a prefix only their id has; never a prefix of a name. For changes that
  /// must not reach the wrong person, such as removing a member.
  public func memberExactly(_ query: String) throws -> Member {
    try memberResolver.resolveExactly(query)
  }

  var agencyResolver: Resolver<Agency> {
    Resolver(
      kind: .agency, records: agencies, id: \.id, names: { [$0.name] },
      label: { "\($0.id) (\($0.name))" })
  }

  /// The agency a person means: its id, its exact name (ignoring case), or a prefix of
  /// either that only one agency has.
  public func agency(_ query: String) throws -> Agency {
    try agencyResolver.resolve(query)
  }

  var issueResolver: Resolver<Issue> {
    Resolver(kind: .issue, records: issues, id: \.id, names: { [$0.title] }, label: \.title)
  }

  /// The issue a person means: its id, its title, or a prefix of either.
  public func issue(_ query: String) throws -> Issue {
    try issueResolver.resolve(query)
  }

  var priorityResolver: Resolver<Priority> {
    Resolver(kind: .priority, records: priorities, id: \.id, names: { [$0.title] }, label: \.title)
  }

  /// The priority a person means: a current rank (1–3), its id, its title, or a prefix of
  /// an id or title.
  public func priority(_ query: String) throws -> Priority {
    let wanted = query.trimmed
    if let rank = Int(wanted), (1...3).contains(rank) {
      let shown = activePriorities.first { $0.rank == rank }
      let stored = storedActivePriorities.filter { $0.rank == rank }
      // After a merge the files may give one rank to two priorities: never pick one of
      // them without saying so.
      if let shown, stored.map(\.id) == [shown.id] { return shown }
      guard shown == nil, stored.isEmpty else {
        let holders =
          stored + (shown.map { one in stored.contains { $0.id == one.id } ? [] : [one] } ?? [])
        throw PanelError.ambiguousRank(
          rank: rank, holders: holders.map { "\($0.title) (\($0.id))" })
      }
      throw LookupError.notFound(
        kind: .priority, query: query,
        suggestions: activePriorities.map { "\($0.rank ?? 0): \($0.title)" })
    }
    return try priorityResolver.resolve(query)
  }

  /// The meeting a person means: its id (`2024-03-12b`) or its date, which names the
  /// first meeting that day, or the start of one (`2024-03`).
  ///
  /// - Throws: `InvalidValueError` for text that is not a date written `YYYY-MM-DD` (nor
  ///   the start of one), such as `12/03/2024`; `LookupError` when no meeting matches.
  public func meeting(_ query: String) throws -> Meeting {
    let wanted = query.trimmed.lowercased()
    try Validate.meeting(wanted, as: query)
    let byDate = meetingsByDate
    if let exact = meetings.first(where: { $0.id == wanted }) { return exact }
    if let day = Day(wanted), let first = byDate.first(where: { $0.date == day }) {
      return first
    }
    // A prefix of the id, such as "2024-03" when only one meeting was that month.
    let prefixed = byDate.filter { $0.id.hasPrefix(wanted) }
    if !wanted.isEmpty, prefixed.count == 1, let only = prefixed.first { return only }
    if !wanted.isEmpty, prefixed.count > 1 {
      throw LookupError.ambiguous(kind: .meeting, query: query, matches: prefixed.map(\.id))
    }
    let nearby: [String]
    if let day = Meeting.day(ofID: wanted) {
      nearby = byDate.sorted { abs($0.date.days(to: day)) < abs($1.date.days(to: day)) }
        .prefix(2).map(\.id)
    } else {
      nearby = []
    }
    throw LookupError.notFound(kind: .meeting, query: query, suggestions: nearby)
  }
}

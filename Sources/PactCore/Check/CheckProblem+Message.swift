extension CheckProblem {
  /// What is wrong, in words for the middle of a diagnostic line: the facts only, with
  /// no full stop and nothing about how to put it right.
  public var message: String {
    switch self {
    case .unknownMember(let id, let suggestions, _):
      return "no member \(Self.quoted(id))\(Self.didYouMean(suggestions))"
    case .unknownAgency(let id, let suggestions, _):
      return "no agency \(Self.quoted(id))\(Self.didYouMean(suggestions))"
    case .unknownMeeting(let id, let suggestions):
      return "no meeting \(Self.quoted(id))\(Self.didYouMean(suggestions))"
    case .unknownPriority(let id):
      return "no priority \(Self.quoted(id))"
    case .unknownIssue(let id):
      return "no issue \(Self.quoted(id))"
    case .priorityMismatch(let priority, let title, _, let origin):
      return "priority \(priority) (\(Self.quoted(title, limit: 60))) was promoted from issue "
        + "\(Self.quoted(origin)), not from this one"
    case .presentAndApologies(_, let member, let name):
      let who = name.map { "\($0) (\(member))" } ?? Self.quoted(member)
      return "\(who) is recorded both present and sending apologies"
    case .missingRank:
      return "an active priority with no rank"
    case .duplicateRank(_, let rank, let holder, let title):
      return "rank \(rank) is also held by priority \(holder) (\(Self.quoted(title, limit: 60)))"
    case .tooManyPriorities(_, let active):
      return "\(active) priorities are active, and a panel has at most three"
    case .missingOutcome:
      return "a done action with no outcome"
    case .closedBeforeSet(let closed, let set):
      return "closed on \(closed), before it was set on \(set)"
    case .completedBeforeAgreed(let completed, let agreed):
      return "completed on \(completed), before it was agreed on \(agreed)"
    case .leftBeforeJoining(let left, let joined):
      return "left on \(left), before joining on \(joined)"
    case .futureMeeting(let held, let today):
      return "held on \(held.mediumText), which is after today (\(today.mediumText))"
    case .notARecord(_, let folder, let kind, let isFolder):
      return isFolder
        ? "a folder inside \(folder)/, which holds only \(kind.noun) files"
        : "not \(kind.nounWithArticle) file"
    case .duplicateID(let other, let kind, let sameCase):
      return sameCase
        ? "the same \(kind.noun) as \(other): one record in two files"
        : "the same id as \(other) apart from case; a case-insensitive disk (macOS, Windows) "
          + "keeps only one of them"
    case .badID(let id, let kind):
      return "\"\(id)\" is not \(Self.idShape(of: kind))"
    case .mergeConflict(let detail), .invalidJSON(let detail), .folderAsRecord(let detail),
      .badFileName(let detail, _), .invalidField(let detail), .newerSchema(_, _, let detail),
      .unsafeFile(_, let detail), .foreignPrivateFolder(let detail):
      return detail
    case .interruptedChange(let label, let files, let detail):
      return "a change was interrupted (\(label)) and could be neither finished nor undone: "
        + (files.isEmpty ? detail : "\(files.joined(separator: ", ")) \(detail)")
    case .controlCharacters(let first, let count):
      let code = String(first, radix: 16, uppercase: true)
      let value = "U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"
      return count == 1
        ? "holds a control character (\(value)), which is never printed as it is"
        : "holds \(count) control characters (the first is \(value)), which are never "
          + "printed as they are"
    case .setUp(let warning):
      return warning.clause
    }
  }

  /// What a `kind` id looks like, in words.
  static func idShape(of kind: RecordKind) -> String {
    guard let letter = kind.idPrefix else {
      return kind == .agency
        ? "an agency id (lower-case letters, digits and single hyphens, such as \"police\")"
        : "a meeting date (such as \"2024-03-12\")"
    }
    return "\(kind.nounWithArticle) id (\"\(letter)\" then capital letters and digits, such as "
      + "\"\(letter)7K3MQ2\")"
  }

  /// ` (did you mean "highways"?)` for the first suggestion, with its name when it has
  /// one; nothing when there is none.
  static func didYouMean(_ suggestions: [Suggestion]) -> String {
    guard let best = suggestions.first else { return "" }
    return " (did you mean \(quoted(best.id))\(best.name.map { ", \($0)" } ?? "")?)"
  }

  /// A value from a file in double quotes, cut short when long, with control characters
  /// escaped.
  static func quoted(_ value: String, limit: Int = 40) -> String {
    JSONWriter.quoted(value.count > limit ? String(value.prefix(limit)) + "…" : value)
  }
}

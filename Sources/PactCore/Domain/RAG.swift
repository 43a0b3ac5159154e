/// A red, amber or green rating of an open action, as UK action logs use them.
public enum RAG: String, Sendable, Comparable, CaseIterable {
  case red
  case amber
  case green

  /// The rating as a word, for people and for terminals without colour.
  public var word: String { rawValue.uppercased() }

  public static func < (lhs: RAG, rhs: RAG) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// Why an action has its rating.
public enum RAGReason: String, Sendable, CaseIterable {
  /// Due before today.
  case overdue
  case blocked
  /// Due within 14 days.
  case dueSoon = "due-soon"
  /// No update dated after the last held meeting.
  case stale
}

/// An open action's rating and the reasons for it.
public struct ActionRating: Sendable, Equatable {
  public var rag: RAG
  public var reasons: [RAGReason]

  /// How many days ahead counts as due soon.
  public static let dueSoonDays = 14

  /// Rates `action` on `today`, given the last held meeting on or before today.
  ///
  /// Red: overdue (due before today) or blocked. Amber: due within 14 days (on or before
  /// today + 14), or stale — no update dated after the last held meeting, where an action
  /// agreed at that meeting (or since) counts that as its update. Green otherwise.
  public init(_ action: Action, today: Day, lastHeld: Meeting?) {
    var reasons: [RAGReason] = []
    if let due = action.due, due < today { reasons.append(.overdue) }
    if action.status == .blocked { reasons.append(.blocked) }
    if let due = action.due, due >= today, due <= today.adding(days: ActionRating.dueSoonDays) {
      reasons.append(.dueSoon)
    }
    if ActionRating.isStale(action, lastHeld: lastHeld) { reasons.append(.stale) }
    self.reasons = reasons
    if reasons.contains(.overdue) || reasons.contains(.blocked) {
      rag = .red
    } else if !reasons.isEmpty {
      rag = .amber
    } else {
      rag = .green
    }
  }

  /// Whether nothing has been recorded for `action` since the last held meeting.
  public static func isStale(_ action: Action, lastHeld: Meeting?) -> Bool {
    guard let meeting = lastHeld else { return false }
    if action.agreedAt == meeting.id || action.agreedOn > meeting.date { return false }
    return !action.updates.contains { $0.on > meeting.date }
  }
}

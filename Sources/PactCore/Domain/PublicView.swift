/// What the public may see of a panel's records: the one rule that everything residents
/// read follows — the newsletter, the agenda, the police.uk export, and the website to
/// come.
///
/// - An action's progress notes, except those marked internal: a note for the panel only
///   ("the chair will call their regional manager") is never published.
/// - A member's e-mail and phone only while they are on the panel and have agreed to their
///   publication (`Member.isPublic`).
public enum PublicView {
  /// The updates of `action` whose notes the public may read, oldest first.
  public static func notes(of action: Action) -> [ActionUpdate] {
    action.updates.filter { $0.note != nil && !$0.isInternal }
  }

  /// The latest note on `action` the public may read.
  public static func latestNote(of action: Action) -> ActionUpdate? {
    action.updates.last { $0.note != nil && !$0.isInternal }
  }

  /// The members whose e-mail and phone the public may see.
  public static func contacts(_ snapshot: some PanelContents) -> [Member] {
    snapshot.currentMembers.filter(\.isPublic)
  }
}

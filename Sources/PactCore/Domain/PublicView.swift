/// What the public may see of a panel's records: the one rule that everything residents
/// read follows — the newsletter, the agenda, the police.uk export and every page of the
/// website (`PublicRecord` applies it to a whole panel).
///
/// - An action's progress notes, except those marked internal: a note for the panel only
///   ("the chair will call their regional manager") is never published.
/// - A member's e-mail and phone only while they are on the panel and have agreed to their
///   publication (`Member.isPublic`).
public enum PublicView {
  /// Whether an update's progress note may be published.
  public static func mayPublish(_ update: ActionUpdate) -> Bool {
    update.note != nil && !update.isInternal
  }

  /// Whether a member's e-mail and phone may be published: they agreed (`--public`) and
  /// are still on the panel.
  public static func mayPublishContact(of member: Member) -> Bool {
    member.isPublic && member.isCurrent
  }

  /// The updates of `action` whose notes the public may read, oldest first.
  public static func notes(of action: Action) -> [ActionUpdate] {
    action.updates.filter(mayPublish)
  }

  /// The latest note on `action` the public may read.
  public static func latestNote(of action: Action) -> ActionUpdate? {
    action.updates.last(where: mayPublish)
  }

  /// The members whose e-mail and phone the public may see.
  public static func contacts(_ snapshot: some PanelContents) -> [Member] {
    snapshot.members.filter(mayPublishContact)
  }
}

/// What the public may see of a panel: the records with every private detail taken out.
///
/// Every public output — the newsletter, the police.uk priorities and every page of the
/// website — reads a panel through this one selection. `PublicView`'s two rules decide it,
/// `mayPublish(_:)` for a progress note and `mayPublishContact(of:)` for a member's e-mail
/// and phone; everything else published (titles, outcomes, names, meetings) is the panel's
/// public business.
public struct PublicRecord: Sendable {
  /// The panel's records as the public may see them: members' e-mail and phone only where
  /// they may be published, and only the progress notes that may be published.
  public let records: PanelRecords

  /// The public view of `records`.
  public init(_ records: PanelRecords) {
    var published = records
    published.members = records.members.map { member in
      guard !PublicView.mayPublishContact(of: member) else { return member }
      // Not published at all: a member who has left, or never agreed, is no public contact,
      // even in a document of a day when they were.
      var hidden = member
      hidden.email = nil
      hidden.phone = nil
      hidden.isPublic = false
      return hidden
    }
    published.actions = records.actions.map { action in
      guard action.updates.contains(where: { $0.note != nil && !PublicView.mayPublish($0) })
      else { return action }
      var action = action
      // The update stays, for its change of status or due date; only its words go.
      action.updates = action.updates.map { update in
        var update = update
        if !PublicView.mayPublish(update) { update.note = nil }
        return update
      }
      return action
    }
    self.records = published
  }

  /// The members the public can contact, office holders first in the order of their
  /// offices, then everyone else by name.
  public var contacts: [Member] {
    let roles = records.rolesByMember
    func order(_ member: Member) -> Int {
      roles[member.id]?.compactMap { PanelRole.allCases.firstIndex(of: $0) }.min()
        ?? PanelRole.allCases.count
    }
    return records.members.filter(PublicView.mayPublishContact)
      .sorted { (order($0), $0.name) < (order($1), $1.name) }
  }
}

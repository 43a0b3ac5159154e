/// `pact member list`: who is on the panel, their organisation and roles.
public struct MemberListing: Sendable {
  let snapshot: PanelRecords
  let members: [Member]

  /// - Parameter includingFormer: list members who have left as well.
  public init(_ snapshot: PanelRecords, includingFormer: Bool = false) {
    self.snapshot = snapshot
    members = includingFormer ? snapshot.members : snapshot.currentMembers
  }

  private var sortedMembers: [Member] {
    members.sorted {
      ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id)
    }
  }

  private func organisation(_ member: Member) -> String {
    guard let id = member.agency else { return "Resident" }
    return snapshot.agencies.first { $0.id == id }?.name ?? id
  }

  private func roles(_ member: Member) -> [String] {
    let panelRoles = snapshot.rolesByMember[member.id, default: []].map { $0.title.lowercased() }
    return panelRoles + member.roles + (member.isCouncillor ? ["councillor"] : [])
      + (member.leftOn.map { ["left \($0.mediumText)"] } ?? [])
  }

  /// A table for a terminal of `width` columns, with a count underneath.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !members.isEmpty else {
      return "No members yet." + (nextStep(.addMember).map { " Add one with: \($0)" } ?? "") + "\n"
    }
    var table = TextTable(columns: [
      .init("NAME"),
      .init("ORG"),
      .init("ROLES", flexible: true, minimumWidth: 10),
      .init("CONTACT"),
    ])
    for member in sortedMembers {
      let contact = [member.email, member.phone].compactMap { $0 }
      table.append([
        member.name, member.agency ?? "resident", roles(member).joined(separator: ", "),
        (contact + (member.isPublic && !contact.isEmpty ? ["(public)"] : []))
          .joined(separator: "\n"),
      ])
    }
    let count = members.count
    let residents = members.filter(\.isResident).count
    return table.render(width: width)
      + "\n\(count) member\(count == 1 ? "" : "s"), \(residents) resident\(residents == 1 ? "" : "s")\n"
  }

  /// Every member as a JSON object, sorted by name.
  public var json: JSONValue {
    .array(
      sortedMembers.map { member in
        .object([
          "id": .string(member.id),
          "name": .string(member.name),
          "agency": member.agency.map(JSONValue.string) ?? .null,
          "organisation": .string(organisation(member)),
          "roles": .array(member.roles.map(JSONValue.string)),
          "panelRoles": .array(
            snapshot.rolesByMember[member.id, default: []].map { .string($0.rawValue) }),
          "email": member.email.map(JSONValue.string) ?? .null,
          "phone": member.phone.map(JSONValue.string) ?? .null,
          "public": .bool(member.isPublic),
          "councillor": .bool(member.isCouncillor),
          "leftOn": member.leftOn.map { .string($0.description) } ?? .null,
        ])
      })
  }
}

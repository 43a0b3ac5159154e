/// `pact agency list`: the lead agencies, their remit, and whether each is represented on
/// the panel by a member.
public struct AgencyListing: Sendable {
  let snapshot: PanelRecords

  public init(_ snapshot: PanelRecords) {
    self.snapshot = snapshot
  }

  private var sortedAgencies: [Agency] { snapshot.agencies.sorted { $0.id < $1.id } }

  /// A table for a terminal of `width` columns.
  public func text(width: Int, nextStep: (NextStep) -> String?) -> String {
    guard !snapshot.agencies.isEmpty else {
      return "No agencies yet." + (nextStep(.addAgency).map { " Add one with: \($0)" } ?? "") + "\n"
    }
    let members = snapshot.membersByAgency
    var table = TextTable(columns: [
      .init("ID"), .init("NAME", flexible: true, minimumWidth: 14), .init("ON PANEL"),
      .init("HANDLES", flexible: true, minimumWidth: 16),
    ])
    for agency in sortedAgencies {
      let count = members[agency.id, default: []].count
      table.append([
        agency.id, agency.name, count == 0 ? "no" : "yes (\(count))",
        agency.handles.joined(separator: ", "),
      ])
    }
    let unrepresented = sortedAgencies.filter { members[$0.id] == nil }.count
    var footer = "\n\(snapshot.agencies.count) agencies"
    if unrepresented > 0 {
      footer += ", \(unrepresented) with no member on the panel"
    }
    return table.render(width: width) + footer + "\n"
  }

  /// Every agency as a JSON object, sorted by id.
  public var json: JSONValue {
    let members = snapshot.membersByAgency
    return .array(
      sortedAgencies.map { agency in
        .object([
          "id": .string(agency.id),
          "name": .string(agency.name),
          "kind": .string(agency.kind.rawValue),
          "handles": .array(agency.handles.map(JSONValue.string)),
          "contact": agency.contact.map(JSONValue.string) ?? .null,
          "represented": .bool(members[agency.id] != nil),
          "members": .array(members[agency.id, default: []].map { .string($0.name) }),
        ])
      })
  }
}

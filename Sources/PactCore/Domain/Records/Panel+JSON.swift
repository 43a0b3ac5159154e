extension Panel {
  /// Reads `panel.json`; problems are collected in `reader`.
  init?(reading reader: inout RecordReader) {
    let schema = reader.optionalInt("schema", in: 1...Int.max)
    let name = reader.nonEmptyString("name")
    var panel = Panel(name: name ?? "")
    panel.schema = schema ?? 0
    if schema == nil, !reader.problems.contains(where: { $0.field == "schema" }) {
      reader.report("schema", "missing; expected the storage schema number")
    }
    panel.areas = reader.strings("areas")
    panel.partnership = reader.optionalString("partnership")
    panel.policeForce = reader.optionalString("policeForce")
    panel.status = reader.optionalEnum("status", as: PanelStatus.self) ?? .proposed
    panel.endorsedOn = reader.optionalDay("endorsedOn")
    panel.venue = reader.optionalString("venue")
    panel.cadenceWeeks = reader.optionalInt("cadenceWeeks", in: 1...104)
    panel.contact = reader.optionalString("contact")
    panel.createdOn = reader.optionalDay("createdOn")
    let roles = reader.nested("roles") { roles in
      var result: [PanelRole: String] = [:]
      for role in PanelRole.allCases {
        result[role] = roles.optionalString(role.jsonKey)
      }
      return (result, roles.unknownFields)
    }
    panel.roles = roles?.0 ?? [:]
    let criteria = reader.nested("criteria") { criteria in
      var result: [Criterion: CriterionState] = [:]
      for criterion in Criterion.allCases {
        let state = criteria.nested(criterion.rawValue) { entry in
          var state = CriterionState(
            met: entry.bool("met"), note: entry.optionalString("note"),
            updatedOn: entry.optionalDay("updatedOn"))
          state.unknownFields = entry.unknownFields
          return state
        }
        result[criterion] = state
      }
      return (result, criteria.unknownFields)
    }
    panel.criteria = criteria?.0 ?? [:]
    var unknown = reader.unknownFields
    if let extra = roles?.1, !extra.isEmpty { unknown["roles"] = .object(extra) }
    if let extra = criteria?.1, !extra.isEmpty { unknown["criteria"] = .object(extra) }
    panel.unknownFields = unknown
    guard name != nil, schema != nil else { return nil }
    self = panel
  }

  /// The contents of `panel.json`.
  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("schema", schema)
    builder.set("name", name)
    builder.set("areas", areas)
    builder.set("partnership", partnership)
    builder.set("policeForce", policeForce)
    builder.set("status", status)
    builder.set("endorsedOn", endorsedOn)
    builder.set("venue", venue)
    builder.set("cadenceWeeks", cadenceWeeks)
    builder.set("contact", contact)
    builder.set("createdOn", createdOn)
    var roleObject = unknownFields["roles"]?.objectValue ?? [:]
    for role in PanelRole.allCases {
      roleObject[role.jsonKey] = roles[role].map(JSONValue.string)
    }
    builder.set("roles", json: .object(roleObject))
    var criteriaObject = unknownFields["criteria"]?.objectValue ?? [:]
    for (criterion, state) in criteria {
      var entry = JSONObjectBuilder(keeping: state.unknownFields)
      entry.set("met", state.met)
      entry.set("note", state.note)
      entry.set("updatedOn", state.updatedOn)
      criteriaObject[criterion.rawValue] = entry.value
    }
    builder.set("criteria", json: .object(criteriaObject))
    return builder.value
  }
}

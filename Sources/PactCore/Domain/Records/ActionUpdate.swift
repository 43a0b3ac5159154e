/// One dated entry in an action's log: a progress note, a change, a correction, or these
/// together.
public struct ActionUpdate: Sendable, Equatable {
  public var on: Day
  public var note: String?
  /// Whether the note is for the panel only: kept out of everything the public reads
  /// (see `PublicView`).
  public var isInternal = false
  /// The status the action moved to, when it changed.
  public var status: ActionStatus?
  /// The new due date, when it changed.
  public var due: Day?
  /// The new owner, when it changed.
  public var owner: String?
  /// The fields a correction changed (a mistake put right, not news): title, lead agency,
  /// priority or meeting agreed at.
  public var corrected: [ActionField] = []
  /// What each field this update changed held before it; a field that was empty is
  /// absent. Nil for updates recorded before pact kept it, whose earlier values are not
  /// known.
  public var before: [ActionField: String]?
  public var unknownFields: [String: JSONValue] = [:]
  /// Fields of `before` that pact does not know, kept when the record is rewritten.
  var beforeUnknownFields: [String: JSONValue] = [:]

  public init(on: Day, note: String? = nil) {
    self.on = on
    self.note = note
  }

  /// Whether the update changed `field`.
  public func changes(_ field: ActionField) -> Bool {
    switch field {
    case .due: due != nil
    case .owner: owner != nil
    case .title, .lead, .priority, .agreedAt: corrected.contains(field)
    }
  }

  /// What `field` held before this update changed it: `.some(nil)` when it was empty, nil
  /// when the update did not change it or did not record what it replaced.
  public func value(before field: ActionField) -> String?? {
    guard changes(field), let before else { return nil }
    return .some(before[field])
  }

  init?(reading entry: inout RecordReader) {
    let on = entry.day("on")
    self.init(on: on ?? Day.first, note: entry.optionalString("note"))
    isInternal = entry.bool("internal")
    status = entry.optionalEnum("status", as: ActionStatus.self)
    due = entry.optionalDay("due")
    owner = entry.optionalString("owner")
    corrected = entry.strings("corrected").compactMap(ActionField.init(rawValue:))
    var unknownBefore: [String: JSONValue] = [:]
    before = entry.nested("before") { reader in
      var values: [ActionField: String] = [:]
      for field in ActionField.allCases {
        if let value = reader.optionalString(field.rawValue) { values[field] = value }
      }
      unknownBefore = reader.unknownFields
      return values
    }
    beforeUnknownFields = unknownBefore
    unknownFields = entry.unknownFields
    guard on != nil else { return nil }
  }

  var json: JSONValue {
    var entry = JSONObjectBuilder(keeping: unknownFields)
    entry.set("on", on)
    entry.set("note", note)
    if isInternal { entry.set("internal", true) }
    entry.set("status", status)
    entry.set("due", due)
    entry.set("owner", owner)
    if !corrected.isEmpty { entry.set("corrected", corrected.map(\.rawValue)) }
    if let before {
      var values = JSONObjectBuilder(keeping: beforeUnknownFields)
      for (field, value) in before { values.set(field.rawValue, value) }
      entry.set("before", json: values.value)
    }
    return entry.value
  }
}

/// A field of an action that an update changes.
public enum ActionField: String, CaseIterable, Sendable {
  case title
  case lead
  case priority
  case agreedAt
  case due
  case owner

  /// The field as people name it: "lead agency".
  public var words: String {
    switch self {
    case .title: "title"
    case .lead: "lead agency"
    case .priority: "priority"
    case .agreedAt: "meeting agreed at"
    case .due: "due date"
    case .owner: "owner"
    }
  }
}

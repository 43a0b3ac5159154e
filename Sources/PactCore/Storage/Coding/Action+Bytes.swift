/// Reading an action straight from its file's bytes: a panel's history is thousands of
/// action files, and building a `JSONValue` of each, then reading the fields from its
/// dictionaries, cost most of a full read.
///
/// Only a file that the general reader (`init(id:reading:)`) would read without a problem
/// and without a field pact does not know is read here, to the same action; anything else
/// — an unknown field, a null where a value is needed, a wrong type, a duplicate key,
/// invalid JSON — gives nil, and the file is then read the general way, which keeps the
/// unknown fields and names every problem.
extension Action {
  /// The fields of an action's file.
  private enum Key: String, CaseIterable {
    case title, lead, priority, priorityText, owner, due, agreedAt, agreedOn, status, outcome
    case difference, completedOn, updates
  }

  /// The fields of an entry of `updates`.
  private enum UpdateKey: String, CaseIterable {
    case on, note, `internal`, status, due, owner, corrected, before
  }

  static func read(id: String, bytes: UnsafeBufferPointer<UInt8>) -> Action? {
    Action(id: id, bytes: bytes)
  }

  init?(id: String, bytes: UnsafeBufferPointer<UInt8>) {
    var reader = JSONShapeReader(bytes)
    guard var object = reader.enterObject() else { return nil }
    var title: String?
    var lead: String?
    var agreedOn: Day?
    var action = Action(id: id, title: "", lead: "", agreedOn: Day.first)
    var seen: UInt32 = 0
    members: while true {
      guard let next = reader.nextKey(of: &object, in: Action.keyNames, seen: &seen) else {
        return nil
      }
      guard let key = next else { break members }
      switch key {
      case .title:
        guard let text = reader.string(), !text.isBlank else { return nil }
        title = text
      case .lead:
        guard let text = reader.string(), !text.isBlank else { return nil }
        lead = text
      case .agreedOn:
        guard let day = reader.day() else { return nil }
        agreedOn = day
      case .priority:
        guard let text = reader.optionalString() else { return nil }
        action.priority = text
      case .priorityText:
        guard let text = reader.optionalString() else { return nil }
        action.priorityText = text
      case .owner:
        guard let text = reader.optionalString() else { return nil }
        action.owner = text
      case .agreedAt:
        guard let text = reader.optionalString() else { return nil }
        action.agreedAt = text
      case .outcome:
        guard let text = reader.optionalString() else { return nil }
        action.outcome = text
      case .difference:
        guard let text = reader.optionalString() else { return nil }
        action.difference = text
      case .due:
        guard let day = reader.optionalDay() else { return nil }
        action.due = day
      case .completedOn:
        guard let day = reader.optionalDay() else { return nil }
        action.completedOn = day
      case .status:
        guard let status = reader.optionalValue(as: ActionStatus.self) else { return nil }
        action.status = status ?? .open
      case .updates:
        guard let updates = Action.updates(&reader) else { return nil }
        action.updates = updates
      }
    }
    guard reader.isAtEnd(), let title, let lead, let agreedOn else { return nil }
    action.title = title
    action.lead = lead
    action.agreedOn = agreedOn
    self = action
  }

  private static let keyNames = KeyNames<Key>()
  private static let updateKeyNames = KeyNames<UpdateKey>()
  private static let fieldNames = KeyNames<ActionField>()

  private static func updates(_ reader: inout JSONShapeReader) -> [ActionUpdate]? {
    // Most actions have a few updates: room for four is made at once.
    reader.array(reservingCapacity: 4) { update(&$0) }
  }

  /// One entry of `updates`. Its fields are read into locals and the update made once at
  /// the end: thirty thousand updates made empty and then filled in were copied about.
  private static func update(_ reader: inout JSONShapeReader) -> ActionUpdate? {
    guard var object = reader.enterObject() else { return nil }
    var on: Day?
    var note: String?
    var isInternal = false
    var status: ActionStatus?
    var due: Day?
    var owner: String?
    var corrected: [ActionField] = []
    var before: [ActionField: String]?
    var seen: UInt32 = 0
    members: while true {
      guard let next = reader.nextKey(of: &object, in: updateKeyNames, seen: &seen) else {
        return nil
      }
      guard let key = next else { break members }
      switch key {
      case .on:
        guard let day = reader.day() else { return nil }
        on = day
      case .note:
        guard let text = reader.optionalString() else { return nil }
        note = text
      case .internal:
        if reader.null() { continue members }
        guard let flag = reader.bool() else { return nil }
        isInternal = flag
      case .status:
        guard let value = reader.optionalValue(as: ActionStatus.self) else { return nil }
        status = value
      case .due:
        guard let day = reader.optionalDay() else { return nil }
        due = day
      case .owner:
        guard let text = reader.optionalString() else { return nil }
        owner = text
      case .corrected:
        guard let fields = Action.corrected(&reader) else { return nil }
        corrected = fields
      case .before:
        guard let values = Action.before(&reader) else { return nil }
        before = values
      }
    }
    guard let on else { return nil }
    var update = ActionUpdate(on: on, note: note)
    if isInternal { update.isInternal = true }
    if let status { update.status = status }
    if let due { update.due = due }
    if let owner { update.owner = owner }
    if !corrected.isEmpty { update.corrected = corrected }
    if let before { update.before = before }
    return update
  }

  /// The fields an update corrected; a name pact does not know is left out, as the general
  /// reader leaves it out.
  private static func corrected(_ reader: inout JSONShapeReader) -> [ActionField]? {
    reader.strings().map { $0.compactMap(ActionField.init(rawValue:)) }
  }

  /// What an update's fields held before it, or null (`.some(nil)`).
  private static func before(_ reader: inout JSONShapeReader) -> [ActionField: String]?? {
    if reader.null() { return .some(nil) }
    guard var object = reader.enterObject() else { return nil }
    var values: [ActionField: String] = [:]
    var seen: UInt32 = 0
    while true {
      switch reader.nextMember(of: &object) {
      case .end: return .some(values)
      case .invalid: return nil
      case .key(let name):
        guard let field = fieldNames.match(name, seen: &seen),
          let text = reader.optionalString()
        else { return nil }
        // A null leaves the field out.
        if let text { values[field] = text }
      }
    }
  }
}

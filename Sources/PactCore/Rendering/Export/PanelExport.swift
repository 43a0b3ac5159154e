/// The whole panel as one JSON document, for a backup, another tool, or a future import.
///
/// ```
/// {"schema": 1, "exportedOn": "2024-06-01", "panel": {…panel.json…},
///  "members": […], "agencies": […], "meetings": […], "issues": […],
///  "priorities": […], "actions": […]}
/// ```
///
/// `panel` is exactly what `panel.json` holds. Each list holds every record of that kind,
/// sorted by id, as the object stored in its file with its `id` (the file's name) added,
/// so the folder can be rebuilt from the document: `meetings/<id>.json` holds the object
/// without its `id`. Fields pact does not know are exported as they are.
public struct PanelExport: Sendable {
  let snapshot: PanelRecords
  let today: Day

  /// The version of this document's shape.
  public static let schema = 1

  public init(_ snapshot: PanelRecords, today: Day) {
    self.snapshot = snapshot
    self.today = today
  }

  /// The document as a value.
  public var json: JSONValue {
    var object: [String: JSONValue] = [
      "schema": JSONValue(PanelExport.schema),
      "exportedOn": .string(today.description),
      "panel": snapshot.panel.json,
    ]
    object[RecordKind.member.pluralNoun] = PanelExport.list(snapshot.members)
    object[RecordKind.agency.pluralNoun] = PanelExport.list(snapshot.agencies)
    object[RecordKind.meeting.pluralNoun] = PanelExport.list(snapshot.meetings)
    object[RecordKind.issue.pluralNoun] = PanelExport.list(snapshot.issues)
    object[RecordKind.priority.pluralNoun] = PanelExport.list(snapshot.priorities)
    object[RecordKind.action.pluralNoun] = PanelExport.list(snapshot.actions)
    return .object(object)
  }

  /// The document, pretty-printed with sorted keys and a final newline.
  public var document: String { JSONWriter.prettyString(json) }

  /// Records sorted by id (by code point, as their files sort), each with its id.
  static func list<R: Record>(_ records: [R]) -> JSONValue {
    .array(
      records.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }.map { record in
        var object = record.json.objectValue ?? [:]
        object["id"] = .string(record.id)
        return .object(object)
      })
  }
}

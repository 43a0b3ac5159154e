/// Text in the records that holds control characters — an escape that would drive a
/// terminal, a bell, a NUL — which arrive from an imported cell or a hand edit. pact never
/// prints them as they are (`VisibleText`), but they are still wrong in a record. Line
/// breaks and tabs are text.
struct ControlCharacterRule {
  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: CheckedRecords, path: (String) -> String) {
    func look<R: Record>(_ records: [R]) {
      for record in records {
        look(at: record.json, field: "", file: path(snapshot.file(of: record)))
      }
    }
    look(at: snapshot.panel.json, field: "", file: path(PanelPaths.panelFile))
    look(snapshot.members)
    look(snapshot.agencies)
    look(snapshot.meetings)
    look(snapshot.issues)
    look(snapshot.priorities)
    look(snapshot.actions)

    func look(at value: JSONValue, field: String, file: String) {
      switch value {
      case .string(let text):
        let controls = VisibleText.controlCharacters(in: text)
        if let first = controls.first {
          findings.append(
            CheckFinding(
              file: file, field: field.isEmpty ? nil : field,
              problem: .controlCharacters(first: first.value, count: controls.count)))
        }
      case .array(let items):
        for (index, item) in items.enumerated() {
          look(at: item, field: "\(field)[\(index)]", file: file)
        }
      case .object(let members):
        for key in members.keys.sorted() {
          guard let member = members[key] else { continue }
          look(at: member, field: field.isEmpty ? key : "\(field).\(key)", file: file)
        }
      default:
        break
      }
    }
  }
}

/// Text in the records that holds control characters — an escape that would drive a
/// terminal, a bell, a NUL — which arrive from an imported cell or a hand edit. pact never
/// prints them as they are (`VisibleText`), but they are still wrong in a record. Line
/// breaks and tabs are text.
struct ControlCharacterRule {
  private(set) var findings: [CheckFinding] = []

  init(_ snapshot: CheckedRecords, path: (String) -> String) {
    func look<R: Record>(_ records: [R]) {
      // Most records hold none: a file whose bytes hold none is not walked (nor the record
      // copied), and the rest are walked once without naming each field.
      let scanned = snapshot.base.scannedForControls
      if scanned, snapshot.base.mayHoldControls.isEmpty { return }
      for index in records.indices {
        if scanned,
          let file = snapshot.base.readFrom[WriteBase.key(R.self, records[index].id)],
          !snapshot.base.mayHoldControls.contains(file)
        {
          continue
        }
        let record = records[index]
        let json = record.json
        guard ControlCharacterRule.holdsControls(json) else { continue }
        look(at: json, field: "", file: path(snapshot.file(of: record)))
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

  /// Whether any text in `value` holds a control character.
  private static func holdsControls(_ value: JSONValue) -> Bool {
    switch value {
    case .string(let text): !VisibleText.controlCharacters(in: text).isEmpty
    case .array(let items): items.contains(where: holdsControls)
    case .object(let members): members.values.contains(where: holdsControls)
    default: false
    }
  }
}

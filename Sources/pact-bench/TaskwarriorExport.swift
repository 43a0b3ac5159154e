import Foundation
import PactCore

/// The actions of a generated panel as Taskwarrior tasks, a JSON array for `task import`.
///
/// Open, in-progress and blocked actions are pending tasks (in progress: started; blocked:
/// tagged `blocked`), done ones completed and dropped ones deleted. Each update's note is an
/// annotation (as are the outcome and the difference), the priority is the project, and the
/// lead agency a tag.
enum TaskwarriorExport {
  static func document(_ snapshot: PanelRecords) -> String {
    let projects = Dictionary(snapshot.priorities.map { ($0.id, project($0.title)) }) {
      first, _ in first
    }
    let tasks = snapshot.actions.enumerated().map { index, action in
      task(action, number: index + 1, project: action.priority.flatMap { projects[$0] })
    }
    return JSONWriter.compactString(.array(tasks))
  }

  private static func task(_ action: Action, number: Int, project: String?) -> JSONValue {
    var task: [String: JSONValue] = [
      "uuid": .string(uuid(number)),
      "description": .string(action.title),
      "entry": .string(stamp(action.agreedOn)),
      "modified": .string(stamp(action.lastUpdated ?? action.agreedOn)),
    ]
    var tags = [JSONValue.string(action.lead)]
    switch action.status {
    case .open: task["status"] = .string("pending")
    case .inProgress:
      task["status"] = .string("pending")
      task["start"] = .string(stamp(action.updates.first?.on ?? action.agreedOn))
    case .blocked:
      task["status"] = .string("pending")
      tags.append(.string("blocked"))
    case .done: task["status"] = .string("completed")
    case .dropped: task["status"] = .string("deleted")
    }
    if !action.isOpen {
      task["end"] = .string(stamp(action.completedOn ?? action.lastUpdated ?? action.agreedOn))
    }
    task["tags"] = .array(tags)
    if let project { task["project"] = .string(project) }
    if let due = action.due { task["due"] = .string(stamp(due)) }
    var notes = action.updates.compactMap { update in
      update.note.map { annotation(on: update.on, $0) }
    }
    if let difference = action.difference {
      notes.append(annotation(on: action.completedOn ?? action.agreedOn, difference))
    }
    if !notes.isEmpty { task["annotations"] = .array(notes) }
    return .object(task)
  }

  private static func annotation(on day: Day, _ text: String) -> JSONValue {
    .object(["entry": .string(stamp(day)), "description": .string(text)])
  }

  /// Taskwarrior's date format: 20240312T000000Z.
  static func stamp(_ day: Day) -> String {
    day.description.replacingOccurrences(of: "-", with: "") + "T000000Z"
  }

  /// A fixed, valid version-4-shaped UUID for the task numbered `number`.
  static func uuid(_ number: Int) -> String {
    let hex = String(number, radix: 16)
    return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count))
      + hex
  }

  /// A project name from a priority's title: "Speeding through the A25" → speeding-through-the-a25.
  static func project(_ title: String) -> String {
    let words = title.lowercased().split { !$0.isLetter && !$0.isNumber }
    return words.joined(separator: "-")
  }
}

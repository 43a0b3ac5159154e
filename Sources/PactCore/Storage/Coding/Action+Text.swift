/// An action's file written straight from the action: an import writes ten thousand new
/// action files, and making a `JSONValue` of each and then writing that, its keys sorted
/// object by object, was a third of its work.
///
/// The bytes are exactly those `JSONWriter.prettyData(action.json)` gives: keys in the
/// order of their UTF-8 bytes, two spaces to each level, absent fields left out. An action
/// with a field pact does not know is left to that general way, which keeps the field.
extension Action {
  /// The file's bytes; nil for an action, or an update of it, with fields pact does not
  /// know.
  var fileBytes: [UInt8]? {
    guard unknownFields.isEmpty,
      updates.allSatisfy({ $0.unknownFields.isEmpty && $0.beforeUnknownFields.isEmpty })
    else { return nil }
    var output: [UInt8] = []
    output.reserveCapacity(512 + updates.count * 160)
    var object = PrettyObject(indent: 0)
    object.member("agreedAt", agreedAt, into: &output)
    object.member("agreedOn", agreedOn.description, into: &output)
    object.member("completedOn", completedOn?.description, into: &output)
    object.member("difference", difference, into: &output)
    object.member("due", due?.description, into: &output)
    object.member("lead", lead, into: &output)
    object.member("outcome", outcome, into: &output)
    object.member("owner", owner, into: &output)
    object.member("priority", priority, into: &output)
    object.member("priorityText", priorityText, into: &output)
    object.member("status", status.rawValue, into: &output)
    object.member("title", title, into: &output)
    object.key("updates", into: &output)
    if updates.isEmpty {
      output.append(contentsOf: "[]".utf8)
    } else {
      output.append(UInt8(ascii: "["))
      for (position, update) in updates.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        PrettyObject.newline(indent: 2, into: &output)
        update.write(indent: 2, into: &output)
      }
      PrettyObject.newline(indent: 1, into: &output)
      output.append(UInt8(ascii: "]"))
    }
    object.end(into: &output)
    output.append(UInt8(ascii: "\n"))
    return output
  }
}

extension ActionUpdate {
  /// Writes the update as an object whose braces are at `indent`.
  fileprivate func write(indent: Int, into output: inout [UInt8]) {
    var object = PrettyObject(indent: indent)
    if let before {
      object.key("before", into: &output)
      var values = PrettyObject(indent: indent + 1)
      for field in ActionField.inKeyOrder {
        values.member(field.rawValue, before[field], into: &output)
      }
      values.end(into: &output)
    }
    if !corrected.isEmpty {
      object.key("corrected", into: &output)
      output.append(UInt8(ascii: "["))
      for (position, field) in corrected.enumerated() {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        PrettyObject.newline(indent: indent + 2, into: &output)
        JSONWriter.writeString(field.rawValue, to: &output)
      }
      PrettyObject.newline(indent: indent + 1, into: &output)
      output.append(UInt8(ascii: "]"))
    }
    object.member("due", due?.description, into: &output)
    if isInternal {
      object.key("internal", into: &output)
      output.append(contentsOf: "true".utf8)
    }
    object.member("note", note, into: &output)
    object.member("on", on.description, into: &output)
    object.member("owner", owner, into: &output)
    object.member("status", status?.rawValue, into: &output)
    object.end(into: &output)
  }
}

extension ActionField {
  /// The fields in the order of their names' UTF-8 bytes, as `JSONWriter` sorts keys.
  fileprivate static let inKeyOrder = allCases.sorted {
    $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8)
  }
}

/// An object being written as `JSONWriter` pretty-prints one, its members given in order.
private struct PrettyObject {
  /// The level of the object's braces.
  let indent: Int
  private var isEmpty = true

  init(indent: Int) {
    self.indent = indent
  }

  /// Starts a member: the `{` or `,` before it, its line, its key and the `: ` after.
  mutating func key(_ name: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: isEmpty ? "{" : ","))
    isEmpty = false
    PrettyObject.newline(indent: indent + 1, into: &output)
    JSONWriter.writeString(name, to: &output)
    output.append(contentsOf: ": ".utf8)
  }

  /// A member whose value is a string; none when `value` is nil.
  mutating func member(_ name: String, _ value: String?, into output: inout [UInt8]) {
    guard let value else { return }
    key(name, into: &output)
    JSONWriter.writeString(value, to: &output)
  }

  /// Ends the object: `{}` when it has no member.
  func end(into output: inout [UInt8]) {
    if isEmpty {
      output.append(contentsOf: "{}".utf8)
    } else {
      PrettyObject.newline(indent: indent, into: &output)
      output.append(UInt8(ascii: "}"))
    }
  }

  static func newline(indent: Int, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
  }
}

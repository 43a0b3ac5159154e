/// An organisation that can lead actions: the police neighbourhood team, the borough
/// council, county highways and so on.
public struct Agency: Record, Equatable {
  static let kind = RecordKind.agency

  /// A short id chosen by people (`police`, `highways`); also the file name.
  public let id: String
  public var name: String
  public var kind: AgencyKind
  /// The issue categories the agency handles: its remit.
  public var handles: [String]
  /// How the panel reaches the agency.
  public var contact: String?
  public var unknownFields: [String: JSONValue] = [:]

  public init(
    id: String, name: String, kind: AgencyKind = .other, handles: [String] = [],
    contact: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.handles = handles
    self.contact = contact
  }

  init?(id: String, reading reader: inout RecordReader) {
    let name = reader.nonEmptyString("name")
    let agency = Agency(
      id: id, name: name ?? "",
      kind: reader.optionalEnum("kind", as: AgencyKind.self) ?? .other,
      handles: reader.strings("handles"), contact: reader.optionalString("contact"))
    guard name != nil else { return nil }
    self = agency
    unknownFields = reader.unknownFields
  }

  var json: JSONValue {
    var builder = JSONObjectBuilder(keeping: unknownFields)
    builder.set("name", name)
    builder.set("kind", kind)
    builder.set("handles", handles)
    builder.set("contact", contact)
    return builder.value
  }

  /// Whether `text` can be an agency id: lowercase letters, digits and single hyphens,
  /// starting with a letter, at most 32 characters.
  public static func isValidID(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first), text.count <= 32,
      !text.hasSuffix("-"), !text.contains("--")
    else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }

  /// An id made from a name: "Kent Fire & Rescue Service" → "kent-fire-rescue-service".
  public static func slug(for name: String) -> String {
    var result = ""
    for scalar in name.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty, !result.hasSuffix("-") {
        result.append("-")
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    if let first = result.unicodeScalars.first, !("a"..."z").contains(first) {
      result = "agency-" + result
    }
    if result.isEmpty { result = "agency" }
    return String(result.prefix(32)).trimmingSuffix("-")
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: Character) -> String {
    var result = self
    while result.last == suffix { result.removeLast() }
    return result
  }
}

/// The sort of organisation an agency is.
public enum AgencyKind: String, CaseIterable, Sendable {
  case police
  case council
  case highways
  case fire
  case probation
  case health
  case housing
  case parish
  case watch
  case school
  case youth
  case business
  case voluntary
  case other

  /// What the kind means, for help and listings.
  public var summary: String {
    switch self {
    case .police: "police (neighbourhood team)"
    case .council: "borough, district or city council"
    case .highways: "county highways authority"
    case .fire: "fire and rescue service"
    case .probation: "probation service"
    case .health: "health service"
    case .housing: "housing provider"
    case .parish: "parish or town council"
    case .watch: "Neighbourhood Watch"
    case .school: "school or college"
    case .youth: "youth service"
    case .business: "business or traders' group"
    case .voluntary: "voluntary or community group"
    case .other: "anything else"
    }
  }
}

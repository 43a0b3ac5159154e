/// One PACT panel: its settings, roles and the CSP set-up checklist (`panel.json`).
public struct Panel: Sendable, Equatable {
  /// The storage schema this version of pact writes.
  public static let currentSchema = 2

  public var schema: Int
  public var name: String
  /// The wards and parishes the panel covers.
  public var areas: [String]
  /// The Community Safety Partnership the panel reports to.
  public var partnership: String?
  public var policeForce: String?
  public var status: PanelStatus
  /// When the CSP endorsed the panel.
  public var endorsedOn: Day?
  /// Member ids by role.
  public var roles: [PanelRole: String]
  /// Where meetings are usually held.
  public var venue: String?
  /// Weeks between meetings; nil means the default of 12.
  public var cadenceWeeks: Int?
  /// The public contact printed in newsletters.
  public var contact: String?
  /// The Tonbridge endorsement criteria, by criterion.
  public var criteria: [Criterion: CriterionState]
  public var createdOn: Day?
  public var unknownFields: [String: JSONValue]

  /// Weeks between meetings when the panel has not set its own cadence.
  public static let defaultCadenceWeeks = 12

  public init(name: String, areas: [String] = [], createdOn: Day? = nil) {
    schema = Panel.currentSchema
    self.name = name
    self.areas = areas
    status = .proposed
    roles = [:]
    criteria = [:]
    self.createdOn = createdOn
    unknownFields = [:]
  }

  /// The cadence in force: the panel's own, else the default.
  public var effectiveCadenceWeeks: Int { cadenceWeeks ?? Panel.defaultCadenceWeeks }
}

/// Where a panel is in its life.
public enum PanelStatus: String, CaseIterable, Sendable {
  case proposed
  case endorsed
  case active
  case closed
}

/// The offices a panel fills from its members.
public enum PanelRole: String, CaseIterable, Sendable, Comparable {
  case chair
  case viceChair = "vice-chair"
  case secretary
  case communications

  /// The key used in `panel.json`.
  var jsonKey: String {
    switch self {
    case .viceChair: "viceChair"
    default: rawValue
    }
  }

  /// The title people use: "Vice-chair".
  public var title: String {
    switch self {
    case .chair: "Chair"
    case .viceChair: "Vice-chair"
    case .secretary: "Secretary"
    case .communications: "Communications"
    }
  }

  public static func < (lhs: PanelRole, rhs: PanelRole) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// The Tonbridge and Malling CSP's criteria for endorsing a new panel.
public enum Criterion: String, CaseIterable, Sendable, Comparable {
  case need
  case area
  case support
  case councillors
  case secretariat

  /// What the CSP needs to be assured of, in the guidance's words.
  public var summary: String {
    switch self {
    case .need: "Need in the area, shown by crime, ASB and other data and community feedback"
    case .area: "The area covered is clearly defined"
    case .support: "There is community support for the panel"
    case .councillors: "Parish and/or borough councillors are involved or informed"
    case .secretariat: "Secretarial arrangements are in place to organise and minute meetings"
    }
  }

  public static func < (lhs: Criterion, rhs: Criterion) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}

/// Whether one endorsement criterion is met, with a note of the evidence.
public struct CriterionState: Sendable, Equatable {
  public var met: Bool
  public var note: String?
  public var updatedOn: Day?
  public var unknownFields: [String: JSONValue] = [:]

  public init(met: Bool, note: String? = nil, updatedOn: Day? = nil) {
    self.met = met
    self.note = note
    self.updatedOn = updatedOn
  }
}

/// One of the fourteen types police.uk sorts street-level crime and anti-social behaviour
/// into, named exactly as its files name them.
public enum CrimeType: String, CaseIterable, Sendable, Comparable {
  case antiSocialBehaviour = "Anti-social behaviour"
  case bicycleTheft = "Bicycle theft"
  case burglary = "Burglary"
  case criminalDamageAndArson = "Criminal damage and arson"
  case drugs = "Drugs"
  case otherCrime = "Other crime"
  case otherTheft = "Other theft"
  case possessionOfWeapons = "Possession of weapons"
  case publicOrder = "Public order"
  case robbery = "Robbery"
  case shoplifting = "Shoplifting"
  case theftFromThePerson = "Theft from the person"
  case vehicleCrime = "Vehicle crime"
  case violenceAndSexualOffences = "Violence and sexual offences"

  /// The short name police.uk's API uses (`anti-social-behaviour`, `violent-crime`).
  public var slug: String {
    switch self {
    case .antiSocialBehaviour: "anti-social-behaviour"
    case .criminalDamageAndArson: "criminal-damage-arson"
    case .violenceAndSexualOffences: "violent-crime"
    default: rawValue.lowercased().replacingOccurrences(of: " ", with: "-")
    }
  }

  /// Whether this is anti-social behaviour rather than a crime (police.uk counts them apart).
  public var isASB: Bool { self == .antiSocialBehaviour }

  /// The reports, as a sentence counts them: "reported burglaries".
  public var reportsPhrase: String {
    switch self {
    case .antiSocialBehaviour: "reported anti-social behaviour"
    case .bicycleTheft: "reported bicycle thefts"
    case .burglary: "reported burglaries"
    case .criminalDamageAndArson: "reported criminal damage and arson"
    case .drugs: "reported drugs offences"
    case .otherCrime: "other reported crimes"
    case .otherTheft: "other reported thefts"
    case .possessionOfWeapons: "reported weapons possession offences"
    case .publicOrder: "reported public order offences"
    case .robbery: "reported robberies"
    case .shoplifting: "reported shoplifting"
    case .theftFromThePerson: "reported thefts from the person"
    case .vehicleCrime: "reported vehicle crime"
    case .violenceAndSexualOffences: "reported violence and sexual offences"
    }
  }

  /// How many types there are.
  static let count = 14

  /// Its place in police.uk's (alphabetical) order: a small index for counting arrays.
  var index: Int { CrimeType.indexes[self] ?? 0 }

  private static let indexes: [CrimeType: Int] = Dictionary(
    uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })

  public static func < (lhs: CrimeType, rhs: CrimeType) -> Bool { lhs.index < rhs.index }

  /// The type a person means: its police.uk name or API slug in any case, with spaces or
  /// hyphens, or a short form (`asb`, `weapons`, `violence`, `criminal-damage`).
  public init?(named text: String) {
    let key = CrimeType.key(text)
    guard let type = CrimeType.byKey[key] else { return nil }
    self = type
  }

  /// Folds a name to lower-case words joined by single hyphens, "and" dropped:
  /// "Criminal damage & arson" and "criminal-damage-arson" are one key.
  static func key(_ text: String) -> String {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
      .filter { $0 != "and" }
    return words.joined(separator: "-")
  }

  private static let byKey: [String: CrimeType] = {
    var table: [String: CrimeType] = [:]
    for type in allCases {
      table[key(type.rawValue)] = type
      table[key(type.slug)] = type
    }
    let shortForms: [String: CrimeType] = [
      "asb": .antiSocialBehaviour, "antisocial-behaviour": .antiSocialBehaviour,
      "bike-theft": .bicycleTheft, "cycle-theft": .bicycleTheft, "bike": .bicycleTheft,
      "bicycle": .bicycleTheft,
      "criminal-damage": .criminalDamageAndArson, "arson": .criminalDamageAndArson,
      "weapons": .possessionOfWeapons, "violence": .violenceAndSexualOffences,
      "violence-sexual-offences": .violenceAndSexualOffences,
      "theft-from-person": .theftFromThePerson,
    ]
    table.merge(shortForms) { first, _ in first }
    return table
  }()
}

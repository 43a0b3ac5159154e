/// The crime type a priority is measured against when none is given: from its category, by
/// the table the README prints. Categories police.uk does not count (speeding, parking,
/// fly-tipping, dog fouling) have none.
public enum CrimeTypeDefaults {
  /// Categories, folded as `CrimeType.key` folds names, and their types; any of the
  /// fourteen types' own names and slugs count too.
  public static let table: [(category: String, type: CrimeType)] = [
    ("asb", .antiSocialBehaviour),
    ("anti-social behaviour", .antiSocialBehaviour),
    ("nuisance", .antiSocialBehaviour),
    ("street drinking", .antiSocialBehaviour),
    ("youth nuisance", .antiSocialBehaviour),
    ("drugs", .drugs),
    ("drug dealing", .drugs),
    ("burglary", .burglary),
    ("break-ins", .burglary),
    ("vehicle crime", .vehicleCrime),
    ("car crime", .vehicleCrime),
    ("criminal damage", .criminalDamageAndArson),
    ("vandalism", .criminalDamageAndArson),
    ("graffiti", .criminalDamageAndArson),
    ("arson", .criminalDamageAndArson),
    ("shoplifting", .shoplifting),
    ("bicycle theft", .bicycleTheft),
    ("bike theft", .bicycleTheft),
    ("robbery", .robbery),
    ("violence", .violenceAndSexualOffences),
    ("assault", .violenceAndSexualOffences),
    ("public order", .publicOrder),
    ("weapons", .possessionOfWeapons),
    ("knife crime", .possessionOfWeapons),
    ("theft", .otherTheft),
  ]

  private static let byKey: [String: CrimeType] = Dictionary(
    table.map { (CrimeType.key($0.category), $0.type) }, uniquingKeysWith: { first, _ in first })

  /// The type for a category, or nil when police.uk does not count it.
  public static func type(forCategory category: String?) -> CrimeType? {
    guard let category else { return nil }
    return byKey[CrimeType.key(category)] ?? CrimeType(named: category)
  }
}

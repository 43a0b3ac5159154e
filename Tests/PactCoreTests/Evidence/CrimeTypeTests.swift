import Testing

@testable import PactCore

/// Naming police.uk's crime types, and the type a priority's category gives.
@Suite struct CrimeTypeTests {
  @Test(arguments: [
    ("Anti-social behaviour", CrimeType.antiSocialBehaviour), ("asb", .antiSocialBehaviour),
    ("ANTI SOCIAL BEHAVIOUR", .antiSocialBehaviour),
    ("anti-social-behaviour", .antiSocialBehaviour),
    ("violent-crime", .violenceAndSexualOffences), ("violence", .violenceAndSexualOffences),
    ("Criminal damage & arson", .criminalDamageAndArson),
    ("criminal-damage-arson", .criminalDamageAndArson), ("weapons", .possessionOfWeapons),
    ("theft from the person", .theftFromThePerson), ("Bicycle theft", .bicycleTheft),
    ("other-crime", .otherCrime), ("drugs", .drugs), ("shoplifting", .shoplifting),
    ("Vehicle crime", .vehicleCrime), ("robbery", .robbery), ("public order", .publicOrder),
    ("burglary", .burglary), ("Other theft", .otherTheft), ("bike", .bicycleTheft),
  ])
  func namesSlugsAndShortForms(text: String, type: CrimeType) {
    #expect(CrimeType(named: text) == type)
  }

  @Test func everyTypeIsReadByItsOwnNameAndSlug() {
    #expect(CrimeType.allCases.count == 14)
    for type in CrimeType.allCases {
      #expect(CrimeType(named: type.rawValue) == type)
      #expect(CrimeType(named: type.slug) == type)
    }
  }

  @Test(arguments: ["speeding", "theft of cars", "asbo", ""])
  func otherWordsAreNoType(text: String) {
    #expect(CrimeType(named: text) == nil)
  }

  @Test(arguments: [
    ("ASB", CrimeType?.some(.antiSocialBehaviour)), ("street drinking", .antiSocialBehaviour),
    ("drugs", .drugs), ("Burglary", .burglary), ("speeding", nil), ("parking", nil),
    ("fly-tipping", nil), ("dog fouling", nil), ("vandalism", .criminalDamageAndArson),
    ("Vehicle crime", .vehicleCrime), ("knife crime", .possessionOfWeapons),
  ])
  func aCategoryGivesItsDefaultType(category: String, type: CrimeType?) {
    #expect(CrimeTypeDefaults.type(forCategory: category) == type)
  }

  @Test func aTypeSetOnThePriorityWinsOverItsCategory() throws {
    var priority = Priority(id: "P1", title: "Drugs", setOn: Day.first)
    priority.category = "drugs"
    #expect(priority.crimeType == .drugs)
    priority.crimeTypeSetting = try CrimeTypeSetting(parsing: "asb")
    #expect(priority.crimeType == .antiSocialBehaviour)
    priority.crimeTypeSetting = try CrimeTypeSetting(parsing: "None")
    #expect(priority.crimeType == nil)
    #expect(throws: InvalidValueError.self) { try CrimeTypeSetting(parsing: "speeding") }
  }
}

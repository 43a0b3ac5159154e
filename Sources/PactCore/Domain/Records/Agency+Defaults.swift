extension Agency {
  /// The agencies a Kent or Medway panel usually works with, each with its usual remit;
  /// `pact init` seeds a new panel with them, and `agency set` / `agency remove` edit them.
  public static let defaults: [Agency] = [
    Agency(
      id: "police", name: "Neighbourhood Policing Team", kind: .police,
      handles: [
        "anti-social behaviour", "burglary", "drugs", "speeding", "vehicle crime", "theft",
        "criminal damage", "violence",
      ]),
    Agency(
      id: "council", name: "Borough Council", kind: .council,
      handles: [
        "anti-social behaviour", "fly-tipping", "litter", "graffiti", "dog fouling", "parking",
        "noise", "abandoned vehicles", "parks and open spaces",
      ]),
    Agency(
      id: "highways", name: "County Council Highways", kind: .highways,
      handles: [
        "road safety", "potholes", "street lighting", "signage", "footpaths", "traffic calming",
        "overgrown vegetation",
      ]),
    Agency(
      id: "fire", name: "Fire and Rescue Service", kind: .fire,
      handles: ["arson", "deliberate fires", "fire safety", "home safety visits"]),
    Agency(
      id: "probation", name: "Probation Service", kind: .probation,
      handles: ["reoffending", "community payback"]),
    Agency(
      id: "housing", name: "Housing Provider", kind: .housing,
      handles: [
        "tenancy issues", "estate maintenance", "anti-social behaviour", "neighbour disputes",
      ]
    ),
    Agency(
      id: "parish", name: "Parish Council", kind: .parish,
      handles: ["village amenities", "community events", "local views", "bus shelters"]),
    Agency(
      id: "watch", name: "Neighbourhood Watch", kind: .watch,
      handles: ["crime prevention", "community reassurance", "home security advice"]),
    Agency(
      id: "youth", name: "Youth Service", kind: .youth,
      handles: ["youth provision", "diversionary activities", "young people"]),
  ]
}

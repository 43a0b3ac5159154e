import Foundation

/// The words generated panels are made of: places, people, and the actions, notes and
/// outcomes a Kent or Medway action log really holds.
enum Vocabulary {
  /// One kind of action a panel agrees: a title pattern ({place} is filled in), its
  /// issue category and the agency that usually leads it.
  struct ActionKind {
    let category: String
    let lead: String
    let title: String
  }

  static let villages = [
    "Borough Green", "Wrotham", "Platt", "Ightham", "Kemsing", "Offham", "Addington",
    "Trottiscliffe", "West Malling", "Leybourne", "Ryarsh", "Birling", "Snodland", "Aylesford",
    "Ditton", "Larkfield", "East Malling", "Wateringbury", "Hadlow", "Hildenborough",
    "Shipbourne", "Plaxtol", "Mereworth", "Burham", "Wouldham", "Eccles", "Halling", "Cuxton",
    "Hoo", "Rainham", "Gillingham", "Strood", "Chatham", "Walderslade", "Lordswood", "Twydall",
  ]

  static let places = [
    "High Street", "Station Road", "Church Lane", "Mill Lane", "Western Road", "London Road",
    "Maidstone Road", "the A25", "the A20", "Long Mill Lane", "School Lane", "Kings Hill Avenue",
    "the recreation ground", "the village hall car park", "Tinkerpot Lane", "Potash Lane",
    "Quarry Hill Road", "the Crouch Lane underpass", "Grange Park", "the skate park",
    "the Co-op car park", "the railway footbridge", "Basted Lane", "the allotments",
    "Victoria Park", "the Malling Road shops", "Rochester Road", "the bus station",
    "Windmill Hill", "the primary school gates", "the community centre", "Valley Drive",
    "the playing fields", "Chapel Street", "Pound Lane", "the memorial garden", "Fen Pond Road",
    "Ryarsh Lane", "the leisure centre", "the doctors' surgery",
  ]

  static let actionKinds = [
    ActionKind(category: "speeding", lead: "police", title: "Speed watch sessions on {place}"),
    ActionKind(
      category: "speeding", lead: "highways", title: "Commission a speed survey on {place}"),
    ActionKind(
      category: "speeding", lead: "police", title: "Mobile speed enforcement visits to {place}"),
    ActionKind(
      category: "parking", lead: "council",
      title: "Civil enforcement patrols for parking near {place} at school times"),
    ActionKind(
      category: "parking", lead: "parish",
      title: "Write to residents about pavement parking on {place}"),
    ActionKind(
      category: "anti-social behaviour", lead: "police",
      title: "High-visibility patrols at {place} on Friday and Saturday evenings"),
    ActionKind(
      category: "anti-social behaviour", lead: "youth",
      title: "Youth outreach sessions near {place}"),
    ActionKind(
      category: "anti-social behaviour", lead: "housing",
      title: "Tenancy visits to households named in ASB reports near {place}"),
    ActionKind(
      category: "fly-tipping", lead: "council",
      title: "Clear the fly-tipping at {place} and search it for evidence"),
    ActionKind(
      category: "fly-tipping", lead: "council",
      title: "Deploy a covert camera at the {place} fly-tipping hotspot"),
    ActionKind(category: "litter", lead: "parish", title: "Community litter pick at {place}"),
    ActionKind(
      category: "graffiti", lead: "council", title: "Remove the graffiti at {place} within 48 hours"
    ),
    ActionKind(
      category: "dog fouling", lead: "council",
      title: "Dog warden patrols and new bins at {place}"),
    ActionKind(
      category: "street lighting", lead: "highways",
      title: "Repair the broken street lights on {place}"),
    ActionKind(
      category: "potholes", lead: "highways", title: "Inspect and repair the potholes on {place}"),
    ActionKind(
      category: "overgrown vegetation", lead: "highways",
      title: "Cut back the overgrown hedges on {place}"),
    ActionKind(
      category: "drugs", lead: "police", title: "Drugs intelligence gathering around {place}"),
    ActionKind(
      category: "burglary", lead: "watch",
      title: "Door-to-door crime prevention advice on {place}"),
    ActionKind(
      category: "vehicle crime", lead: "police",
      title: "Catalytic converter marking event at {place}"),
    ActionKind(
      category: "deliberate fires", lead: "fire",
      title: "Remove combustible rubbish and visit schools near {place}"),
    ActionKind(
      category: "reoffending", lead: "probation",
      title: "Community payback team to clear and repaint {place}"),
    ActionKind(
      category: "road safety", lead: "highways",
      title: "Assess a pedestrian crossing for {place}"),
  ]

  /// Priority titles; a priority is usually about one place.
  static let priorityTitles = [
    "Speeding through {place}", "Parking at school times near {place}",
    "Anti-social behaviour at {place}", "Fly-tipping at {place}", "Drug dealing near {place}",
    "Dog fouling at {place}", "Burglaries around {place}", "Street lighting on {place}",
    "Young people gathering at {place}", "Litter and graffiti at {place}",
  ]

  static let issueTitles = [
    "Cars parked on the pavement on {place}", "Motorbikes ridden on {place}",
    "Noise from {place} late at night", "Broken glass at {place}", "Potholes on {place}",
    "Abandoned car on {place}", "Speeding vans on {place}", "Overflowing bins at {place}",
    "Graffiti at {place}", "Dog fouling at {place}", "Fly-tipping at {place}",
    "Street light out on {place}", "Youths gathering at {place}", "Drug dealing near {place}",
    "Overgrown hedges on {place}", "Shed break-ins near {place}",
  ]

  static let progressNotes = [
    "Two sessions held; {n} drivers warned", "Letters delivered to {n} households",
    "Site visited with the parish clerk; photographs taken",
    "Raised with the tasking meeting; patrols added to the briefing",
    "Quotation received: £{n}00; waiting for approval",
    "Residents reported {n} incidents since the last meeting",
    "Contractor booked for the week after next", "No further reports this month",
    "Survey equipment installed; results due in four weeks",
    "Officer on leave; picked up by a colleague",
    "Agreed at the partnership meeting, funding from the member grant",
    "Evidence passed to the enforcement team; {n} fixed penalty notices issued",
  ]

  static let blockedNotes = [
    "Waiting for the county council to fund the survey",
    "Landowner not yet traced; the Land Registry search is under way",
    "Needs a traffic regulation order, which takes six months",
    "No budget left this financial year",
  ]

  static let outcomes = [
    "{n} sessions held and {n} drivers warned", "Site cleared and camera in place",
    "Lights repaired and checked at night", "Repairs completed by the contractor",
    "{n} households visited; advice leaflets left", "Enforcement carried out; {n} tickets issued",
    "Referred to the partnership problem-solving group",
  ]

  static let differences = [
    "Residents report slower traffic at school times", "No new reports since the work was done",
    "Fewer complaints at the last meeting", "Parents say the school run feels safer",
    "Reports down from {n} a month to 2", "The area is used again by families",
  ]

  static let firstNames = [
    "Margaret", "Sam", "Rachel", "Peter", "Linda", "Tom", "Aisha", "David", "Priya", "James",
    "Helen", "Mark", "Grace", "Oliver", "Sarah", "Kwame", "Jo", "Chris", "Fiona", "Dev",
    "Alan", "Ruth", "Mohammed", "Claire", "Gary", "Ewa", "Neil", "Janet", "Ravi", "Lucy",
  ]

  static let surnames = [
    "Ellis", "Okafor", "Dunn", "Hale", "Marsh", "Barker", "Khan", "Hughes", "Patel", "Wright",
    "Turner", "Fletcher", "Mensah", "Baker", "Shaw", "Nowak", "Reid", "Cole", "Singh", "Hart",
    "Foster", "Pearce", "Ahmed", "Lamb", "Doyle", "Kowalski", "Webb", "Price", "Chandra", "Moss",
  ]

  /// Job titles that go before an owner's name, by lead agency.
  static let ownerTitles: [String: [String]] = [
    "police": ["PC", "PCSO", "Sgt"],
    "council": ["Environmental Enforcement Officer", "Community Safety Officer", "Cllr"],
    "highways": ["Highway Steward", "Schemes Engineer"],
    "fire": ["Station Manager"],
    "probation": ["Community Payback Supervisor"],
    "housing": ["Neighbourhood Officer"],
    "parish": ["Cllr", "Parish Clerk"],
    "watch": ["Coordinator"],
    "youth": ["Youth Worker"],
  ]

  /// `pattern` with `{place}` and `{n}` filled in.
  static func fill(_ pattern: String, place: String, number: Int) -> String {
    pattern.replacingOccurrences(of: "{place}", with: place)
      .replacingOccurrences(of: "{n}", with: String(number))
  }
}

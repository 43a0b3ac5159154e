import Foundation

/// Writes a month of police.uk street-level files for the whole country, one file per
/// force as the archive unpacks (`2024-03/2024-03-kent-street.csv`), in the real format:
/// the header, a 64-character Crime ID (none for anti-social behaviour), both force
/// columns, a map point, "On or near" a street, the LSOA code and name, the type, the last
/// outcome and an empty context, LF line ends; about 1.5% of rows have no location.
struct NationalMonth {
  let geography: CrimeGeography
  let month: String
  let rows: Int

  static let header =
    "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,"
    + "Crime type,Last outcome category,Context\n"

  /// The types and their rough shares of a month's rows.
  static let types: [(String, Double)] = [
    ("Violence and sexual offences", 33), ("Anti-social behaviour", 22), ("Public order", 8),
    ("Criminal damage and arson", 8), ("Other theft", 7), ("Shoplifting", 6),
    ("Vehicle crime", 5), ("Burglary", 4), ("Drugs", 2.5), ("Other crime", 1.5),
    ("Theft from the person", 1.5), ("Bicycle theft", 1), ("Robbery", 1),
    ("Possession of weapons", 0.5),
  ]
  /// Outcomes, the commonest repeated as often as police.uk's files have them.
  static let outcomes = [
    "Investigation complete; no suspect identified",
    "Investigation complete; no suspect identified",
    "Investigation complete; no suspect identified", "Unable to prosecute suspect",
    "Unable to prosecute suspect", "Under investigation", "Status update unavailable",
    "Local resolution", "Offender given a caution", "Awaiting court outcome",
    "Court result unavailable", "Further investigation is not in the public interest",
    "Formal action is not in the public interest",
  ]
  static let streets = [
    "High Street", "Station Road", "Church Street", "London Road", "Victoria Road",
    "Green Lane", "Manor Road", "Park Road", "Queens Road", "Shopping Area", "Parking Area",
    "Supermarket", "Sports/Recreation Area", "Nightclub", "Petrol Station", "Hospital",
    "Further/Higher Educational Building", "Theatre/Concert Hall", "Conference/Exhibition Centre",
    "Pedestrian Subway", "Bus/Coach Station", "Police Station", "Marlborough Avenue",
  ]

  /// Writes the files under `folder/month/`; returns the files' paths, largest force first,
  /// and the bytes written.
  func write(to folder: URL) throws -> (files: [URL], bytes: Int) {
    let monthFolder = folder.appendingPathComponent(month)
    try FileManager.default.createDirectory(at: monthFolder, withIntermediateDirectories: true)
    let total = geography.forces.reduce(0) { $0 + $1.weight }
    var files: [URL] = []
    var bytes = 0
    var generator = SplitMix64(seed: 20_240_301)
    let typeTotal = NationalMonth.types.reduce(0) { $0 + $1.1 }
    for force in geography.forces {
      let count = Int(Double(rows) * force.weight / total)
      var text = NationalMonth.header
      text.reserveCapacity(count * 250)
      for _ in 0..<count {
        var draw = Double.random(in: 0..<typeTotal, using: &generator)
        var type = NationalMonth.types[0].0
        for (name, share) in NationalMonth.types {
          if draw < share {
            type = name
            break
          }
          draw -= share
        }
        let isASB = type == "Anti-social behaviour"
        if !isASB {
          for _ in 0..<4 { text += String(generator.next(), radix: 16).leftPadded(to: 16) }
        }
        text += ",\(month),\(force.name),\(force.name),"
        if generator.chance(0.015) {
          text += ",,No location,,,\(type),"
        } else {
          let index = generator.int(force.lsoas.lowerBound...force.lsoas.upperBound - 1)
          let lsoa = geography.lsoas[index]
          let point = generator.pick(geography.points[index], or: ("0", "0"))
          text +=
            "\(point.longitude),\(point.latitude),On or near "
            + "\(generator.pick(NationalMonth.streets, or: "")),\(lsoa.code),\(lsoa.csvName),\(type),"
        }
        if !isASB { text += generator.pick(NationalMonth.outcomes, or: "") }
        text += ",\n"
      }
      let url = monthFolder.appendingPathComponent("\(month)-\(force.slug)-street.csv")
      let data = Data(text.utf8)
      try data.write(to: url)
      files.append(url)
      bytes += data.count
    }
    return (files, bytes)
  }
}

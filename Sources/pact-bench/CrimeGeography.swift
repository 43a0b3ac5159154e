import Foundation
import PactCore

/// A made-up map of England and Wales for the crime benchmark: LSOAs laid on a grid of
/// cells a hundredth of a degree wide, each police force a run of them in proportion to
/// its share of crime, and each LSOA six anonymous map points (police.uk moves every
/// crime to one of a few points on a nearby street).
struct CrimeGeography {
  /// A force: its name as the files write it, its file name's slug, and its LSOAs.
  struct Force {
    var name: String
    var slug: String
    /// The share of the month's rows.
    var weight: Double
    /// Its LSOAs, as indexes into `lsoas`.
    var lsoas: Range<Int>
  }

  /// An LSOA: its code, name and cell.
  struct LSOA {
    var code: String
    var name: String
    var column: Int
    var row: Int

    /// The name as a CSV field: quoted when it holds a comma, as police.uk writes
    /// "Bournemouth, Christchurch and Poole 001A".
    var csvName: String { name.contains(",") ? "\"\(name)\"" : name }
  }

  /// The forces of England and Wales and British Transport Police, with rough shares of
  /// a month's rows.
  static let forceShares: [(name: String, slug: String, weight: Double)] = [
    ("Metropolitan Police Service", "metropolitan", 17),
    ("West Midlands Police", "west-midlands", 6.5),
    ("Greater Manchester Police", "greater-manchester", 6),
    ("West Yorkshire Police", "west-yorkshire", 6), ("Thames Valley Police", "thames-valley", 3.5),
    ("Kent Police", "kent", 3.5), ("Lancashire Constabulary", "lancashire", 3),
    ("Merseyside Police", "merseyside", 3), ("Hampshire Constabulary", "hampshire", 3),
    ("South Yorkshire Police", "south-yorkshire", 3),
    ("Avon and Somerset Constabulary", "avon-and-somerset", 3), ("Essex Police", "essex", 3),
    ("Northumbria Police", "northumbria", 2.8), ("Sussex Police", "sussex", 2.5),
    ("Devon & Cornwall Police", "devon-and-cornwall", 2.5),
    ("South Wales Police", "south-wales", 2),
    ("Nottinghamshire Police", "nottinghamshire", 2), ("West Mercia Police", "west-mercia", 2),
    ("Staffordshire Police", "staffordshire", 1.8),
    ("Leicestershire Police", "leicestershire", 1.6),
    ("Humberside Police", "humberside", 1.6), ("Derbyshire Constabulary", "derbyshire", 1.5),
    ("Hertfordshire Constabulary", "hertfordshire", 1.5), ("Cleveland Police", "cleveland", 1.4),
    ("Cheshire Constabulary", "cheshire", 1.4), ("Surrey Police", "surrey", 1.3),
    ("Cambridgeshire Constabulary", "cambridgeshire", 1.3),
    ("Northamptonshire Police", "northamptonshire", 1.2), ("Norfolk Constabulary", "norfolk", 1.2),
    ("Lincolnshire Police", "lincolnshire", 1.1), ("Bedfordshire Police", "bedfordshire", 1.1),
    ("Durham Constabulary", "durham", 1.1), ("Suffolk Constabulary", "suffolk", 1),
    ("Gwent Police", "gwent", 1), ("North Wales Police", "north-wales", 1),
    ("British Transport Police", "btp", 1), ("Dorset Police", "dorset", 0.9),
    ("Wiltshire Police", "wiltshire", 0.9), ("North Yorkshire Police", "north-yorkshire", 0.9),
    ("Warwickshire Police", "warwickshire", 0.8),
    ("Gloucestershire Constabulary", "gloucestershire", 0.8),
    ("Cumbria Constabulary", "cumbria", 0.6), ("Dyfed-Powys Police", "dyfed-powys", 0.6),
    ("City of London Police", "city-of-london", 0.2),
  ]

  /// District names, for the LSOAs' names.
  static let districts = [
    "Tonbridge and Malling", "Barking and Dagenham", "Kingston upon Thames", "Medway",
    "Newcastle upon Tyne", "Basingstoke and Deane", "Sevenoaks", "Folkestone and Hythe",
    "Tunbridge Wells", "Canterbury", "Richmond upon Thames", "Kensington and Chelsea",
    "Stockton-on-Tees", "Bournemouth, Christchurch and Poole", "Gravesham", "Maidstone",
  ]

  /// Cells across the grid.
  static let columns = 200
  /// The grid's south-west corner and a cell's size, in degrees.
  static let west = -5.0
  static let south = 50.0
  static let cell = 0.01

  let forces: [Force]
  let lsoas: [LSOA]
  /// Each LSOA's map points, as the files write them.
  let points: [[(longitude: String, latitude: String)]]

  /// A map of `lsoaCount` LSOAs shared among the forces.
  init(lsoaCount: Int) {
    let total = CrimeGeography.forceShares.reduce(0) { $0 + $1.weight }
    var forces: [Force] = []
    var lsoas: [LSOA] = []
    for share in CrimeGeography.forceShares {
      let count = max(20, Int(Double(lsoaCount) * share.weight / total))
      let start = lsoas.count
      for number in 0..<count {
        let index = lsoas.count
        let code = "E01" + String(index + 1).leftPadded(to: 6)
        // LSOAs are named after their district, ten a district here: "Tonbridge and
        // Malling 012A".
        let district = CrimeGeography.districts[(index / 50) % CrimeGeography.districts.count]
        let letter = ["A", "B", "C", "D", "E"][number % 5]
        lsoas.append(
          LSOA(
            code: code,
            name: "\(district) \(String(number / 5 % 10 + 1).leftPadded(to: 3))\(letter)",
            column: index % CrimeGeography.columns, row: index / CrimeGeography.columns))
      }
      forces.append(
        Force(name: share.name, slug: share.slug, weight: share.weight, lsoas: start..<lsoas.count))
    }
    self.forces = forces
    self.lsoas = lsoas
    points = lsoas.map(CrimeGeography.points(of:))
  }

  /// The six map points of an LSOA, as the files write them.
  static func points(of lsoa: LSOA) -> [(longitude: String, latitude: String)] {
    let offsets = [(0.2, 0.3), (0.5, 0.7), (0.8, 0.2), (0.3, 0.8), (0.7, 0.5), (0.45, 0.15)]
    return offsets.map { offset in
      let longitude = west + (Double(lsoa.column) + offset.0) * cell
      let latitude = south + (Double(lsoa.row) + offset.1) * cell
      return (format(longitude), format(latitude))
    }
  }

  static func format(_ degrees: Double) -> String {
    let micro = Int((degrees * 1_000_000).rounded())
    let sign = micro < 0 ? "-" : ""
    let magnitude = abs(micro)
    return "\(sign)\(magnitude / 1_000_000).\(String(magnitude % 1_000_000).leftPadded(to: 6))"
  }

  /// A circle of `sides` points of radius `radius` cells around the centre of the cell at
  /// `column`, `row` (plus a half).
  static func circle(column: Double, row: Double, radius: Double, sides: Int) -> [Boundary.Point] {
    (0..<sides).map { step in
      let angle = Double(step) / Double(sides) * 2 * Double.pi
      return Boundary.Point(
        longitude: west + (column + radius * cos(angle)) * cell,
        latitude: south + (row + radius * sin(angle)) * cell)
    }
  }
}

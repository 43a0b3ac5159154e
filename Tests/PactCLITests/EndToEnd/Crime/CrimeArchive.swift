import Foundation

/// A hand-made police.uk download with every quirk of the real files, and the panels it is
/// counted into: what the crime tests run on.
///
/// Two archives unpacked side by side. `a/2024-02` holds Kent's file (a byte-order mark,
/// CRLF, quoted fields with commas and doubled quotes, empty Crime IDs for anti-social
/// behaviour, a row with no location) beside Sussex's (LF) and an outcomes file that is not
/// read; `a/2024-03` and `b/2024-03` hold the same Kent March file, which counts once.
///
/// The area by LSOA is E01016034 and E01016035. The boundary is a MultiPolygon: a square
/// from 0.50 to 0.56 east, 51.37 to 51.40 north, with a hole from 0.52 to 0.53 east,
/// 51.38 to 51.39 north, and a second square from 0.60 to 0.62 east, 51.41 to 51.42 north.
/// Each file's comment says which area holds each row.
struct CrimeArchive {
  static let header = """
    Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,\
    Crime type,Last outcome category,Context
    """
  static let crimeID = String(repeating: "7f3a", count: 16)

  /// Rows 2-9: by code and by point; by code (the point is in the hole); by code (the point
  /// on the second part), with a quoted location holding a comma and doubled quotes; no
  /// location; neither (another code, a point just east of the boundary); by point only;
  /// by code and by point, with quoted fields; by code only.
  static let kentFebruary =
    "\u{FEFF}"
      + """
      \(header)
      ,2024-02,Kent Police,Kent Police,0.510000,51.375000,On or near Gardiner Street,E01016034,\
      Medway 010A,Anti-social behaviour,,
      ,2024-02,Kent Police,Kent Police,0.525000,51.385000,On or near Saxton Street,E01016035,\
      Medway 010B,Anti-social behaviour,,
      \(crimeID),2024-02,Kent Police,Kent Police,0.610000,51.415000,\
      "On or near ""The"" Parade, Gillingham",E01016034,Medway 010A,Drugs,\
      "Investigation complete; no suspect identified",
      \(crimeID),2024-02,Kent Police,Kent Police,,,No location,,,Burglary,\
      Unable to prosecute suspect,
      \(crimeID),2024-02,Kent Police,Kent Police,0.560500,51.385000,On or near Nelson Road,\
      E01016099,Medway 014B,Violence and sexual offences,Under investigation,
      \(crimeID),2024-02,Kent Police,Kent Police,0.530000,51.372000,On or near Pier Road,\
      E01016099,Medway 014B,Violence and sexual offences,Under investigation,
      ,2024-02,Kent Police,Kent Police,"0.545000",51.395000,On or near The Strand,E01016034,\
      "Medway 010A",Anti-social behaviour,"",
      \(crimeID),2024-02,Kent Police,Kent Police,0.700000,51.500000,On or near Parking Area,\
      E01016035,Medway 010B,Vehicle crime,Status update unavailable,

      """.replacingOccurrences(of: "\n", with: "\r\n")

  /// Rows 2-4: by code and by point, a cross-border row; no location; neither.
  static let sussexFebruary = """
    \(header)
    \(crimeID),2024-02,Sussex Police,Sussex Police,0.515000,51.371000,On or near Hill Road,\
    E01016034,Medway 010A,Public order,Local resolution,
    \(crimeID),2024-02,Sussex Police,Sussex Police,,,No location,,,Shoplifting,,
    ,2024-02,Sussex Police,Sussex Police,-0.100000,50.800000,On or near West Street,\
    E01099999,Brighton 001A,Anti-social behaviour,,

    """

  /// Rows 2-5: by code and by point; by code and by point on the second part; no
  /// location; by code (the point is in the hole).
  static let kentMarch = """
    \(header)
    ,2024-03,Kent Police,Kent Police,0.512000,51.379000,On or near Arden Street,E01016035,\
    Medway 010B,Anti-social behaviour,,
    \(crimeID),2024-03,Kent Police,Kent Police,0.610000,51.411000,On or near Pier Road,\
    E01016034,Medway 010A,Robbery,Under investigation,
    \(crimeID),2024-03,Kent Police,Kent Police,,,No location,,,Other theft,,
    \(crimeID),2024-03,Kent Police,Kent Police,0.525000,51.381000,On or near Skinner Street,\
    E01016034,Medway 010A,Drugs,Awaiting court outcome,

    """.replacingOccurrences(of: "\n", with: "\r\n")

  static let outcomes = """
    Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,\
    Outcome type

    """

  /// The area's boundary as GeoJSON: a Feature holding the MultiPolygon.
  static let boundary = """
    {"type": "Feature", "properties": {"name": "Gillingham North"}, "geometry": {
      "type": "MultiPolygon", "coordinates": [
        [[[0.50, 51.37], [0.56, 51.37], [0.56, 51.40], [0.50, 51.40], [0.50, 51.37]],
         [[0.52, 51.38], [0.53, 51.38], [0.53, 51.39], [0.52, 51.39], [0.52, 51.38]]],
        [[[0.60, 51.41], [0.62, 51.41], [0.62, 51.42], [0.60, 51.42], [0.60, 51.41]]]
      ]}}
    """

  /// The two archives, unpacked under `folder`.
  static func write(in folder: URL) throws {
    try write(kentFebruary, to: "a/2024-02/2024-02-kent-street.csv", in: folder)
    try write(sussexFebruary, to: "a/2024-02/2024-02-sussex-street.csv", in: folder)
    try write(outcomes, to: "a/2024-02/2024-02-kent-outcomes.csv", in: folder)
    try write(kentMarch, to: "a/2024-03/2024-03-kent-street.csv", in: folder)
    try write(kentMarch, to: "b/2024-03/2024-03-kent-street.csv", in: folder)
  }

  static func write(_ text: String, to relative: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
}

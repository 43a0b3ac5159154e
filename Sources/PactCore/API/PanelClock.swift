import Foundation

/// Where PactCore learns what day it is. A front end reads the date in exactly one place
/// and hands it in, so tests and back-filling (`PACT_TODAY`) set it.
public struct PanelClock: Sendable {
  private let read: @Sendable () -> Day

  /// A clock that reads `today` each time it is asked.
  public init(_ today: @escaping @Sendable () -> Day) {
    read = today
  }

  /// A clock stopped on `day`.
  public static func fixed(_ day: Day) -> PanelClock {
    PanelClock { day }
  }

  /// The machine's clock, in its time zone.
  public static let system = PanelClock { Day(date: Date()) }

  /// Today's date.
  public var today: Day { read() }
}

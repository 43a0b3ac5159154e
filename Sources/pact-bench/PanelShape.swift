import PactCore

/// What a generated panel holds: how many months of monthly meetings, and how much work.
///
/// A panel is generated newest year first, from two seeds: the last twelve months (the
/// members, those meetings, their priorities, issues and actions, and all the open work)
/// from `recentSeed`, and the older years from `historySeed`. So a twelve-month shape with
/// the same `recentSeed` and the same closed actions a month is exactly the last year of a
/// longer one: the same records with the same ids.
struct PanelShape: Sendable {
  var name: String
  var areas: [String]
  /// Held monthly meetings; one more is scheduled after "today".
  var months: Int
  /// Done and dropped actions over all the months.
  var closedActions: Int
  /// Open, in-progress and blocked actions, all agreed in the last year.
  var openActions: Int
  var members: Int
  /// New issues raised at each meeting (on average).
  var issuesPerMeeting: Int
  var recentSeed: UInt64
  var historySeed: UInt64

  /// Months in a block that shares one seed and one set of priorities.
  static let monthsPerYear = 12

  /// The same panel as it would be had it started a year ago: the last twelve months.
  var lastYear: PanelShape {
    var shape = self
    let kept = min(months, PanelShape.monthsPerYear)
    shape.months = kept
    shape.closedActions = closedActions * kept / max(1, months)
    return shape
  }

  /// Closed actions agreed at the meeting `back` months before the latest (0 = the latest),
  /// spread evenly so that any block of months holds its share.
  func closedActions(atMeetingBack back: Int) -> Int {
    let perMonthTimesMonths = closedActions
    return (back + 1) * perMonthTimesMonths / months - back * perMonthTimesMonths / months
  }

  var totalActions: Int { closedActions + openActions }
}

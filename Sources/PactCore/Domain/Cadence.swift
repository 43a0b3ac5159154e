/// Whether a panel is due a meeting: a panel meets every `Panel.effectiveCadenceWeeks`
/// weeks, and a meeting is overdue once a day more than that has passed since the last one
/// it held.
enum Cadence {
  /// Whether a meeting is overdue on `day`.
  ///
  /// It is when the panel has held none, or held its last more than its cadence before
  /// `day`; on the day exactly the cadence after, it is not yet. A closed panel no longer
  /// meets, so it is never overdue.
  ///
  /// - Parameters:
  ///   - panel: The panel, for its status and cadence.
  ///   - lastHeld: The last meeting it held on or before `day`, if any.
  ///   - day: Today, as the report sees it.
  static func isMeetingOverdue(_ panel: Panel, lastHeld: Meeting?, on day: Day) -> Bool {
    guard panel.status != .closed else { return false }
    guard let lastHeld else { return true }
    return lastHeld.date.days(to: day) > panel.effectiveCadenceWeeks * 7
  }

  /// The whole weeks from `meeting` to `day`.
  static func weeksSince(_ meeting: Meeting, on day: Day) -> Int {
    meeting.date.days(to: day) / 7
  }
}

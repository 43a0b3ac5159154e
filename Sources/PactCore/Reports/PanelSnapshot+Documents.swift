extension PanelSnapshot {
  /// A member's name with their organisation and panel roles: "PC Rachel Dunn
  /// (Neighbourhood Policing Team)", "Margaret Ellis (Chair)".
  func describeMember(_ id: String) -> String {
    guard let member = members.first(where: { $0.id == id }) else { return id }
    var notes = rolesByMember[id, default: []].map(\.title)
    if let agency = member.agency {
      notes.append(agencies.first { $0.id == agency }?.name ?? agency)
    } else if member.isCouncillor {
      notes.append("councillor")
    }
    return notes.isEmpty ? member.name : "\(member.name) (\(notes.joined(separator: ", ")))"
  }

  /// The agency's name, or its id when it has gone.
  func agencyName(_ id: String) -> String {
    agencies.first { $0.id == id }?.name ?? id
  }

  /// The priorities on the list on `day`: set on or before it and not closed before it.
  func prioritiesActive(on day: Day) -> [Priority] {
    priorities.filter { $0.setOn <= day && ($0.closedOn.map { $0 >= day } ?? true) }
      .sorted { ($0.rank ?? 9, $0.setOn, $0.id) < ($1.rank ?? 9, $1.setOn, $1.id) }
  }

  /// The first meeting after `meeting` that is not cancelled.
  func meeting(after meeting: Meeting) -> Meeting? {
    meetingsByDate.first { $0.id > meeting.id && $0.status != .cancelled }
  }

  /// Where a meeting is, as Markdown lines: venue, online platform and, when asked, the
  /// link to join; nil when none is recorded.
  static func placeMarkdown(_ meeting: Meeting, withLink: Bool) -> String? {
    var place: [String] = []
    if let venue = meeting.venue { place.append("**Venue:** " + Markdown.inline(venue)) }
    if let platform = meeting.platform {
      place.append("**Online:** " + Markdown.inline(platform))
    }
    if withLink, let link = meeting.link {
      place.append("**Join online:** " + Markdown.inline(link))
    }
    return place.isEmpty ? nil : place.joined(separator: "  \n")
  }

  /// "Tuesday 9 July 2024, 19:00".
  static func when(_ meeting: Meeting) -> String {
    meeting.date.longText + (meeting.time.map { ", \($0)" } ?? "")
  }
}

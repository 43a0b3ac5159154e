extension Meeting {
  /// Where the meeting is, as Markdown lines: venue, online platform and, when asked, the
  /// link to join; nil when none is recorded.
  func placeMarkdown(withLink: Bool) -> String? {
    var place: [String] = []
    if let venue { place.append("**Venue:** " + Markdown.inline(venue)) }
    if let platform { place.append("**Online:** " + Markdown.inline(platform)) }
    if withLink, let link { place.append("**Join online:** " + Markdown.link(link)) }
    return place.isEmpty ? nil : place.joined(separator: "  \n")
  }

  /// "Tuesday 9 July 2024, 19:00".
  var whenText: String {
    date.longText + (time.map { ", \($0)" } ?? "")
  }
}

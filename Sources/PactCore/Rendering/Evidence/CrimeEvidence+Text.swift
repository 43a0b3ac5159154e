extension CrimeEvidence {
  /// The evidence in plain words, for the briefing, the newsletter and the report:
  /// "Police.uk: reported drugs offences averaged 14 a month in the six months before this
  /// priority was set (84 in Sep 2023–Feb 2024) and 9 a month since (36 in Mar–Jun 2024)."
  /// It says when the numbers are small or months are missing, and never what caused a
  /// change.
  public var sentence: String { "Police.uk: " + statement }

  /// The evidence without saying where the figures come from, starting in lower case:
  /// "reported drugs offences averaged 14 a month …".
  public var statement: String {
    let what = type.reportsPhrase
    var text: String
    switch (before.perMonth, since.perMonth) {
    case (let earlier?, let later?):
      text =
        "\(what) averaged \(CrimeNumbers.rate(earlier)) a month in the six months "
        + "before this priority was set (\(CrimeEvidence.basis(before))) and "
        + "\(CrimeNumbers.rate(later)) a month since (\(CrimeEvidence.basis(since)))."
    case (let earlier?, nil):
      text =
        "\(what) averaged \(CrimeNumbers.rate(earlier)) a month in the six months "
        + "before this priority was set (\(CrimeEvidence.basis(before))); there are no "
        + "figures yet for the months since."
    case (nil, let later?):
      text =
        "there are no figures for the six months before this priority was set "
        + "(\(YearMonth.listText(before.months))); \(what) averaged "
        + "\(CrimeNumbers.rate(later)) a month since (\(CrimeEvidence.basis(since)))."
    case (nil, nil):
      return "there are no figures yet for \(what) in the months before or since "
        + "this priority was set."
    }
    let missing =
      (before.counted.isEmpty ? [] : before.missing) + (since.counted.isEmpty ? [] : since.missing)
    if !missing.isEmpty { text += " There are no figures for \(YearMonth.listText(missing))." }
    if isSmall {
      text += " These are small numbers (fewer than 10 a month), so a rise or fall may be chance."
    }
    return text
  }

  /// "84 in Sep 2023–Feb 2024", or with months missing "70 in 5 months: Jul–Sep 2023,
  /// Nov–Dec 2023".
  private static func basis(_ window: Window) -> String {
    let count = PlainWords.number(window.count)
    guard window.missing.isEmpty, let first = window.months.first, let last = window.months.last
    else {
      return "\(count) in \(PlainWords.count(window.counted.count, "month")): "
        + YearMonth.listText(window.counted)
    }
    return "\(count) in \(YearMonth.spanText(first, last))"
  }

  /// The evidence as JSON: the type, the month set, both windows with their months, counts
  /// and rates, whether the numbers are small, and the sentence.
  public var json: JSONValue {
    func window(_ window: Window) -> JSONValue {
      .object([
        "months": .array(window.counted.map { .string($0.description) }),
        "missing": .array(window.missing.map { .string($0.description) }),
        "count": JSONValue(window.count),
        "perMonth": CrimeNumbers.rateJSON(window.perMonth),
      ])
    }
    return .object([
      "type": .string(type.rawValue), "setMonth": .string(setMonth.description),
      "before": window(before), "since": window(since), "smallNumbers": .bool(isSmall),
      "text": .string(sentence),
    ])
  }
}

extension CrimeEvidenceSet {
  /// The evidence beside a priority as JSON, or null when it has none.
  public func json(for priority: String) -> JSONValue {
    byPriority[priority]?.json ?? .null
  }

  /// The evidence beside a priority as wrapped lines for the briefing, each starting with
  /// `indent` spaces; empty when it has none.
  public func text(for priority: String, width: Int, indent: Int) -> String {
    guard let evidence = byPriority[priority] else { return "" }
    return TextWrapper.wrap(evidence.sentence, width: width, indent: indent)
      .joined(separator: "\n") + "\n"
  }
}

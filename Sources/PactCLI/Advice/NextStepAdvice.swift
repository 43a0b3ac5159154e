import PactCore

/// What the command line tells a person to run next where a listing has nothing to show or
/// room for more.
enum NextStepAdvice {
  static func command(_ step: NextStep) -> String? {
    switch step {
    case .addAgency: "pact agency add NAME [--id ID] [--handles CATEGORY]"
    case .addMember: "pact member add NAME [--org AGENCY]"
    case .raiseIssue: "pact issue add TITLE"
    case .promoteIssue: "pact priority add --from-issue ID"
    case .addAction: "pact action add TITLE --lead AGENCY"
    case .addMeeting: "pact meeting add DATE [--present NAME]..."
    case .addPriority: "pact priority add TITLE [--from-issue ID]"
    case .fillPriority: "pact priority add TITLE"
    case .setCriterion: "pact panel criterion NAME --met|--unmet"
    }
  }
}

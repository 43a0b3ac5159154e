import Foundation
import PactCore
import PactTestSupport
import Testing

@testable import PactCLI

/// Two copies of a panel that each promote a different issue to rank 1, merged cleanly by
/// git: every output shows at most three priorities with distinct ranks, a rank never
/// names one of two silently, the next change stores the ranks, and `check` names the fix.
@Suite struct RankAfterMergeTests {
  typealias Setting = HostileOutputTests.Setting

  /// The Borough Green panel after such a merge: "Parking at school times" also at rank 1,
  /// and a fourth active priority at rank 3.
  private func merged() throws -> Setting {
    let setting = try Setting()
    try setting.edit("priorities/PZEJDWP.json") { $0["rank"] = 1 }
    let fourth = setting.panel.appendingPathComponent("priorities/PQQQQQ7.json")
    try Data(
      """
      {"rank": 3, "setOn": "2024-05-14", "status": "active", "title": "Litter by the shops"}

      """.utf8
    ).write(to: fourth)
    return setting
  }

  private func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
  }

  @Test func everyOutputShowsThreeDistinctRanks() throws {
    let setting = try merged()
    defer { setting.remove() }
    let status = try #require(try json(setting.run(["status", "--json"]).stdout) as? [String: Any])
    let priorities = try #require(status["priorities"] as? [[String: Any]])
    #expect(priorities.compactMap { $0["rank"] as? Int } == [1, 2, 3])
    // Rank 1 first by the day set, then by id: the Speeding priority (set 2023-11-14, id
    // PPBME4G) before Parking (PZEJDWP); Fly-tipping, rank 2, third.
    #expect(priorities.compactMap { $0["id"] as? String } == ["PPBME4G", "PZEJDWP", "PK29JXA"])
    let text = setting.run(["status"]).stdout
    #expect(text.contains("\n1. Speeding") && text.contains("\n2. Parking"))
    #expect(text.contains("\n3. Fly-tipping") && !text.contains("Litter by the shops ("))
    let list = setting.run(["priority", "list", "--json"]).stdout
    let listed = try #require(try json(list) as? [[String: Any]])
    #expect(listed.compactMap { $0["rank"] as? Int } == [1, 2, 3])
    #expect(setting.run(["action", "show", "AYZZ"]).stdout.contains("2. Parking at school"))
    let actions = setting.run(["action", "list"]).stdout.split(separator: "\n")
    #expect(actions.contains { $0.hasPrefix("AYZZ  2 ") }, "\(actions)")
    // No action drops out of the log: those of a fourth come after the top three.
    let lead = setting.run([
      "action", "add", "Litter pick", "--lead", "council", "--priority", "PQQQ",
    ])
    #expect(lead.status == 0, "\(lead.stderr)")
    let log = setting.run(["log"]).stdout
    #expect(log.contains("Active beyond the top three: Litter by the shops"), "\(log)")
    #expect(log.contains("Litter pick"))
    let newsletter = setting.run(["newsletter"]).stdout
    #expect(newsletter.contains("Your top three priorities are:"))
    #expect(!newsletter.contains("top 4"))
    let police = try #require(
      try json(setting.run(["export", "police-uk"]).stdout) as? [[String: Any]])
    #expect(police.count == 3)
    let report = setting.run(["report", setting.directory.url.path, "--json"]).stdout
    let panels = try #require((try json(report) as? [String: Any])?["panels"] as? [[String: Any]])
    let reported = try #require(panels.first?["priorities"] as? [[String: Any]])
    #expect(reported.compactMap { $0["rank"] as? Int } == [1, 2, 3])
  }

  @Test func aRankHeldTwiceIsNeverPickedSilently() throws {
    let setting = try merged()
    defer { setting.remove() }
    let before = try setting.files()
    let close = setting.run(["priority", "close", "1", "--outcome", "Done"])
    #expect(close.status == 1)
    #expect(close.stderr.contains("rank 1 is not clear"), "\(close.stderr)")
    #expect(close.stderr.contains("PPBME4G") && close.stderr.contains("PZEJDWP"))
    #expect(try setting.files() == before)
    let add = setting.run(["action", "add", "Leaflets", "--lead", "police", "--priority", "2"])
    #expect(add.status == 1, "\(add.stderr)")
    // By id it is clear.
    #expect(setting.run(["priority", "close", "PZEJ", "--outcome", "Done"]).status == 0)
  }

  @Test func theNextChangeStoresTheRanks() throws {
    let setting = try merged()
    defer { setting.remove() }
    #expect(setting.run(["issue", "add", "Dog fouling on the rec"]).status == 0)
    var ranks: [String: Int] = [:]
    for id in ["PPBME4G", "PZEJDWP", "PK29JXA", "PQQQQQ7"] {
      let object = try json(try setting.text("priorities/\(id).json")) as? [String: Any]
      ranks[id] = object?["rank"] as? Int
    }
    #expect(ranks == ["PPBME4G": 1, "PZEJDWP": 2, "PK29JXA": 3])
    #expect(!(try setting.text("priorities/PQQQQQ7.json")).contains("\"rank\""))
    // Now rank 2 is clear.
    #expect(setting.run(["priority", "close", "2", "--outcome", "Done"]).status == 0)
    #expect(try setting.text("priorities/closed/PZEJDWP.json").contains("\"outcome\": \"Done\""))
  }

  @Test func checkNamesTheFix() throws {
    let setting = try merged()
    defer { setting.remove() }
    let result = setting.run(["check"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("priorities/PZEJDWP.json: rank: rank 1 is also held"))
    #expect(result.stderr.contains("pact priority list shows the order pact keeps"))
    #expect(result.stderr.contains("4 priorities are active"))
    #expect(result.stderr.contains("pact priority close"))
  }
}

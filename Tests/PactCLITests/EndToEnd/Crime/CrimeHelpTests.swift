import PactTestSupport
import Testing

/// The help of the crime commands, as people read it in 80 columns.
@Suite struct CrimeHelpTests {
  @Test(arguments: [["help", "crime", "show"], ["help", "crime", "import"]])
  func helpReadsWellIn80Columns(arguments: [String]) throws {
    let result = try PactBinary.run(arguments)
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    for line in result.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "too wide: \(line)")
    }
    assertSnapshot(result.stdout, named: "help/\(arguments.dropFirst().joined(separator: "-")).txt")
  }
}

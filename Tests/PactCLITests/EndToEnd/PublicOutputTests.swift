import Foundation
import PactTestSupport
import Testing

/// What residents read: internal notes never reach it, lateness is said plainly, links work
/// and notes keep their paragraphs.
@Suite struct PublicOutputTests {
  private func run(_ panel: FixturePanel, _ arguments: [String]) throws -> String {
    let result = try panel.run(arguments)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return result.stdout
  }

  private func render(_ markdown: String) throws -> String {
    let renderer = try CommonMarkRenderer.url()
    return try ProcessRunner.run(
      renderer, arguments: ["-e", "table"], environment: [:], stdin: markdown
    ).stdout
  }

  @Test func anInternalNoteStaysOutOfEveryPublicOutput() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let note = "Network Rail not responding to emails; chair to call their regional manager"
    _ = try run(panel, ["action", "update", "A9Z9", "--note", note, "--internal"])
    for document in [["newsletter"], ["export", "police-uk"], ["agenda"]] {
      let text = try run(panel, document)
      #expect(!text.contains("Network Rail"), "\(document)")
    }
    // The public still hear the latest note they may see.
    #expect(try run(panel, ["newsletter"]).contains("Two more sessions in May"))
    // The chair and the secretary see it, marked.
    #expect(try run(panel, ["action", "show", "A9Z9"]).contains("(internal) Network Rail"))
    #expect(try run(panel, ["status"]).contains("Network Rail"))
    let file = try panel.json("actions/A9Z923K.json")
    #expect(file.contains("\"internal\": true"))
  }

  @Test func internalNeedsANote() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let result = try panel.run(["action", "update", "A9Z9", "--status", "blocked", "--internal"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: '--internal' marks a note: give --note TEXT too"))
  }

  @Test func theNewsletterSaysPlainlyWhenAnActionIsLate() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let text = try run(panel, ["newsletter"])
    #expect(text.contains("Ask Wrotham School parents not to drop off on Borough Green Road"))
    #expect(text.contains("Agreed; late: was due 31 May 2024."), "\(text)")
    #expect(text.contains("Held up; late: was due 30 April 2024."))
  }

  @Test func aLinkIsWrittenSoThatItWorksWhenRendered() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    let link = "https://teams.example.org/meet/borough_green_pact?id=7*2"
    _ = try run(panel, ["meeting", "update", "2024-07-09", "--link", link])
    for document in [["agenda"], ["newsletter"]] {
      let markdown = try run(panel, document)
      #expect(markdown.contains("<\(link)>"), "\(document)")
      let html = try render(markdown)
      #expect(
        html.contains(
          "<a href=\"https://teams.example.org/meet/borough_green_pact?id=7*2\">"
            + "https://teams.example.org/meet/borough_green_pact?id=7*2</a>"),
        "\(document): \(html)")
    }
  }

  @Test func notesKeepTheirParagraphsInDocuments() throws {
    let panel = try FixturePanel()
    defer { panel.remove() }
    _ = try run(
      panel,
      [
        "action", "update", "A9Z9", "--note",
        "Two sessions in June.\n\nVolunteers wanted for July.",
      ])
    let html = try render(try run(panel, ["newsletter"]))
    #expect(
      html.contains("Two sessions in June.</p>\n<p>Volunteers wanted for July.</p>"), "\(html)")
  }
}

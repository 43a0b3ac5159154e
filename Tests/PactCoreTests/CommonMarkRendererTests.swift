import Foundation
import PactTestSupport
import Testing

extension TestSupportTests {
  @Suite struct CommonMarkRendererTests {
    /// Without the renderer, a test that needs it fails, saying what to install.
    @Test func aMissingRendererIsAnErrorThatSaysHowToInstallIt() throws {
      let error = TestSupportError.missingTool(
        "cmark-gfm", install: "apt-get install cmark-gfm (on macOS, brew install cmark-gfm)")
      #expect(throws: error) {
        try CommonMarkRenderer.url(searching: ["/no/such/folder", ""])
      }
      #expect(
        "\(error)"
          == "cmark-gfm is not installed, and this test needs it; install it with "
          + "apt-get install cmark-gfm (on macOS, brew install cmark-gfm)")
    }

    @Test func theRendererIsFoundInTheFoldersGiven() throws {
      let folder = try TemporaryDirectory()
      defer { folder.remove() }
      let fake = folder.url.appendingPathComponent("cmark-gfm")
      try Data("#!/bin/sh\n".utf8).write(to: fake)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: fake.path)
      let found = try CommonMarkRenderer.url(searching: ["/no/such/folder", folder.url.path])
      #expect(found.path == fake.path)
    }
  }
}

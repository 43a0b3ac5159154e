import PactCore

/// `pact site [DIR...] -o OUT`: the panels' website, as static files.
enum SiteCommand {
  static let dir = Positional(
    "dir", help: "A folder holding panels (searched recursively), or a panel. Default: the panel.",
    isOptional: true, isRepeating: true, completion: .directory)
  static let output = Key<String>.text(
    "output", short: "o", valueName: "dir",
    help: "The folder to write the website in (made if missing; never inside a panel).",
    isRequired: true, completion: .directory)
  static let asOf = Key<Day>.day(
    "as-of", help: "Describe the panels as on this day (default: today).")
  static let title = Key<String>.text(
    "title", valueName: "text", help: "The site's name (default: \"PACT panels\").")

  static let node: CommandNode = CommandNode(
    CommandSpec(
      name: "site",
      abstract: "Build the panels' website as static pages.",
      discussion: """
        Panels are found as pact report finds them; with no DIR, the current panel alone. \
        OUT gets index.html (the register of panels), agencies.html (each lead agency's \
        open and overdue actions), style.css, and for each panel a folder with its page, \
        a page per held meeting (newsletter and minutes) and for the next one (agenda), \
        calendar.ics, an Atom feed.xml of newsletters and priorities.json (police.uk's \
        shape).

        Only public contacts, no record ids, everything typed escaped, relative links, no \
        JavaScript and nothing fetched from elsewhere. The same records and --as-of give \
        the same bytes; only files whose bytes change are written, and pact removes only \
        files it wrote (listed in OUT/.pact-site). A panel that cannot be read is named, \
        the others are built, and pact exits 65.
        """,
      arguments: [dir.spec],
      options: [output.spec, asOf.spec, title.spec],
      examples: ["pact site ~/pacts -o ~/site", "pact site -o site --as-of 2024-06-01"]),
    run: { invocation in
      var paths = invocation.arguments(dir)
      if paths.isEmpty { paths = [try invocation.panel().root.path] }
      let out = try invocation.required(output)
      let build = try PanelService.site(
        panelsUnder: paths, relativeTo: invocation.context.currentDirectory, output: out,
        asOf: invocation.value(asOf) ?? invocation.today(),
        title: invocation.value(title) ?? PanelService.defaultSiteTitle)
      // The site's own files, not the build's bookkeeping (.pact-site, .pact-site-stamps).
      let written = build.written.filter { !$0.hasPrefix(".pact-site") }.count
      let unchanged = build.panels - build.panelsRead
      invocation.say(
        "Built the website of \(build.panels) panel\(build.panels == 1 ? "" : "s") in \(out)"
          + (unchanged == 0 ? "" : " (\(build.panelsRead) read, \(unchanged) unchanged)")
          + ": \(build.files) files, \(written) written, \(build.removed.count) removed.")
      guard build.failures.isEmpty else {
        throw DataFileError.invalid(build.failures.flatMap(\.problems))
      }
    })
}

import PactCore

/// Help and usage text, produced from the same `CommandSpec`s the parser reads, laid out
/// like swift-argument-parser's.
///
/// A path naming an unknown command is cut at the first unknown name.
enum HelpFormatter {
  /// The full help of the command at `path`, ending with "\n".
  static func help(for path: [String], root: CommandSpec, width: Int) -> String {
    let (resolved, spec) = root.resolve(path)
    var sections: [[String]] = []
    if !spec.abstract.isEmpty {
      sections.append(TextWrapper.wrap("OVERVIEW: " + spec.abstract, width: width))
    }
    let discussion = trimmingNewlines(spec.discussion)
    if !discussion.isEmpty {
      sections.append(TextWrapper.wrap(discussion, width: width))
    }
    sections.append(UsageSynopsis(path: resolved, root: root).lines(prefix: "USAGE:", width: width))
    if !spec.arguments.isEmpty {
      sections.append(section("ARGUMENTS:", rows: spec.arguments.map(row(for:)), width: width))
    }
    let helpRow = (label: "-h, --help", description: "Show help information.")
    let ownOptions = spec.options.filter { !$0.isHidden }.map(row(for:))
    sections.append(section("OPTIONS:", rows: ownOptions + [helpRow], width: width))
    let ownNames = Set(spec.options.map(\.long))
    let globals = root.globalOptions.filter { !$0.isHidden && !ownNames.contains($0.long) }
    if !resolved.isEmpty, !globals.isEmpty {
      sections.append(section("GLOBAL OPTIONS:", rows: globals.map(row(for:)), width: width))
    }
    if spec.isGroup {
      sections.append(subcommandsSection(of: spec, path: resolved, root: root, width: width))
    }
    if !spec.examples.isEmpty {
      sections.append(["EXAMPLES:"] + spec.examples.flatMap { exampleLines($0, width: width) })
    }
    return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
  }

  /// "Usage: pact member add <name> [--org <agency>] …", wrapped, without a final newline.
  static func usageLine(for path: [String], root: CommandSpec, width: Int) -> String {
    UsageSynopsis(path: path, root: root).lines(prefix: "Usage:", width: width)
      .joined(separator: "\n")
  }

  /// What the CLI prints to stderr for a usage error:
  /// "Error: <message>\n<usage line>\nSee 'pact member add --help'.\n".
  static func usageErrorText(_ error: UsageError, root: CommandSpec, width: Int) -> String {
    let (resolved, _) = root.resolve(error.path)
    let command = ([root.name] + resolved).joined(separator: " ")
    let lines =
      TextWrapper.wrap("Error: " + error.message, width: width, indent: 2, firstLineIndent: 0)
      + [usageLine(for: resolved, root: root, width: width)]
      + TextWrapper.wrap("See '\(command) --help'.", width: width, indent: 2, firstLineIndent: 0)
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: - Sections

  private static func section(
    _ title: String, rows: [(label: String, description: String)], width: Int
  ) -> [String] {
    [title] + HelpColumns.rows(rows, width: width)
  }

  private static func row(for argument: ArgumentSpec) -> (label: String, description: String) {
    ("<\(argument.name)>" + (argument.isRepeating ? " ..." : ""), argument.help)
  }

  private static func row(for option: OptionSpec) -> (label: String, description: String) {
    var label = "--" + option.long
    if let short = option.short {
      label = "-\(short), " + label
    }
    if let valueName = option.valueName {
      label += " <\(valueName)>"
    }
    var notes: [String] = []
    if let allowed = option.allowedValues {
      notes.append("(values: \(allowed.joined(separator: ", ")))")
    }
    if option.isRepeatable, option.valueName != nil {
      notes.append("(can be repeated)")
    }
    let description = ([option.help] + notes).filter { !$0.isEmpty }.joined(separator: " ")
    return (label, description)
  }

  private static func subcommandsSection(
    of spec: CommandSpec, path: [String], root: CommandSpec, width: Int
  ) -> [String] {
    var rows = spec.subcommands.map { subcommand in
      let isDefault = subcommand.name == spec.defaultSubcommand
      return (label: subcommand.name + (isDefault ? " (default)" : ""), subcommand.abstract)
    }
    if path.isEmpty, root.offersHelpSubcommand {
      rows.append((CommandSpec.helpCommandName, "Show subcommand help information."))
    }
    let topic = ([root.name, CommandSpec.helpCommandName] + path).joined(separator: " ")
    let hint = TextWrapper.wrap(
      "See '\(topic) <subcommand>' for detailed help.", width: width, indent: 2)
    return ["SUBCOMMANDS:"] + HelpColumns.rows(rows, width: width) + [""] + hint
  }

  /// An example is kept verbatim when it fits; a longer one wraps between words, its
  /// continuation lines indented further.
  private static func exampleLines(_ example: String, width: Int) -> [String] {
    example.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      if line.isEmpty {
        return [""]
      }
      if 2 + line.count <= width {
        return ["  " + line]
      }
      return TextWrapper.wrap(String(line), width: width, indent: 4, firstLineIndent: 2)
    }
  }

  private static func trimmingNewlines(_ text: String) -> String {
    var trimmed = Substring(text)
    while trimmed.first == "\n" { trimmed = trimmed.dropFirst() }
    while trimmed.last == "\n" { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }
}

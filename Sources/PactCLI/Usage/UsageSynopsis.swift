import PactCore

/// The synopsis of one command, `pact member add <name> [--org <agency>] …`, laid out in
/// lines no wider than the terminal.
struct UsageSynopsis {
  /// "pact member add".
  var commandWords: [String]
  /// Each bracketed option or argument, e.g. "[--role <role> ...]".
  var items: [String]

  init(path: [String], root: CommandSpec) {
    let (resolved, spec) = root.resolve(path)
    commandWords = [root.name] + resolved
    let options = spec.options.filter {
      !$0.isHidden && !(resolved.isEmpty && $0.long == CommandSpec.versionOptionName)
    }
    let optionItems = options.map(Self.item(for:))
    if spec.isGroup {
      items = optionItems + ["<subcommand>"]
    } else {
      items = spec.arguments.map(Self.item(for:)) + optionItems
    }
  }

  static func item(for option: OptionSpec) -> String {
    guard let valueName = option.valueName else {
      return "[--\(option.long)]"
    }
    let repeats = option.isRepeatable ? " ..." : ""
    let core = "--\(option.long) <\(valueName)>\(repeats)"
    return option.isRequired ? core : "[\(core)]"
  }

  static func item(for argument: ArgumentSpec) -> String {
    let core = "<\(argument.name)>" + (argument.isRepeating ? " ..." : "")
    return argument.isOptional ? "[\(core)]" : core
  }

  /// The lines after `prefix` ("USAGE:" or "Usage:"); continuation lines line up after the
  /// command name when the items fit there, else they are indented by 2.
  func lines(prefix: String, width: Int) -> [String] {
    let head = ([prefix] + commandWords).joined(separator: " ")
    guard head.count < width else {
      return TextWrapper.wrap(([head] + items).joined(separator: " "), width: width, indent: 2)
    }
    let longest = items.map(\.count).max() ?? 0
    var indent = head.count + 1
    if indent + longest > width {
      indent = 2
    }
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    var line = head
    func place(_ piece: String) {
      if line.count + 1 + piece.count <= width {
        line += " " + piece
      } else {
        lines.append(line)
        line = pad + piece
      }
    }
    for item in items {
      if indent + item.count > width {
        // Too wide even on a line of its own: break it between its words.
        for word in item.split(separator: " ") {
          place(String(word))
        }
      } else {
        place(item)
      }
    }
    return lines + [line]
  }
}

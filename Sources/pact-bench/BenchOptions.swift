/// What `pact-bench` was asked to do.
struct BenchOptions: Sendable {
  /// Timed runs of each command, after one untimed warm-up run.
  var runs = 7
  /// Where to generate the panels; a new temporary folder when nil.
  var directory: String?
  var keep = false
  var skipCounty = false
  var skipCrime = false
  var skipSite = false
  /// Time only the commands whose name holds this text (`site`), when given.
  var only: String?
  var quick = false
  var showHelp = false

  static let help = """
    OVERVIEW: Generate large PACT panels and time the release pact binary on them.

    USAGE: pact-bench [--runs N] [--dir DIR] [--keep] [--skip-county] [--skip-crime]
                      [--skip-site] [--only TEXT] [--quick]

    Generates, the same on every run: a ten-year panel (120 monthly meetings, 10,000
    actions of which 150 are open), the same panel's last year alone (the same open
    work, about 1,100 actions), a county of 300 panels of about 1,000 actions, and the
    10,000 actions as an action-log spreadsheet (CSV) and as Taskwarrior tasks; and for
    crime figures, a national month of police.uk street-level files (500,000 rows, one
    file per force), a county of 300 panels with LSOAs or boundaries, and the ten-year
    panel again with five years of figures for its area. Then
    times whole processes of the pact binary beside this one (built with `swift build
    -c release --product pact` if it is missing) and of Taskwarrior's `task` (installed
    with apt-get if it is missing and that is possible), and prints the median and the
    range of the wall times and the peak memory of each, and the targets of SPEC.md's
    "Scale and speed" with PASS or FAIL. `pact crime import --panels` is timed beside the
    same filter-and-count in Python with polars and with pandas (installed with pip if
    they are missing and that is possible).

    Every run has PACT_TODAY=2024-06-01 and a clean environment. Peak memory is the
    child's ru_maxrss, from posix_spawn and wait4.

    OPTIONS:
      --runs N        Timed runs of each command after one warm-up run (default: 7).
      --dir DIR       Generate into DIR (empty or new) instead of a temporary folder;
                      the panels are kept.
      --keep          Keep the generated panels and print where they are.
      --skip-county   Do not generate the 300-panel county or time pact report.
      --skip-crime    Do not generate police.uk files or time the crime commands.
      --skip-site     Do not time `pact site` on the county (its first build takes
                      minutes).
      --only TEXT     Time only the commands whose name holds TEXT (such as `site`);
                      everything is still generated.
      --quick         A fast smoke run: small panels, a 10-panel county, 50,000 rows
                      of crime for 30 panels, 3 runs unless --runs is given.
      -h, --help      Show this help.
    """

  /// Parses the arguments after the program name.
  ///
  /// - Throws: `BenchUsageError` for an unknown option or a bad value.
  static func parse(_ arguments: [String]) throws -> BenchOptions {
    var options = BenchOptions()
    var runsGiven = false
    var remaining = arguments[...]
    while let argument = remaining.popFirst() {
      let (name, inline) = split(argument)
      func value() throws -> String {
        if let inline { return inline }
        guard let next = remaining.popFirst() else {
          throw BenchUsageError(message: "\(name) needs a value")
        }
        return next
      }
      switch name {
      case "--runs":
        let text = try value()
        guard let runs = Int(text), (1...1000).contains(runs) else {
          throw BenchUsageError(message: "--runs takes a number from 1 to 1000, not \"\(text)\"")
        }
        options.runs = runs
        runsGiven = true
      case "--dir": options.directory = try value()
      case "--keep": options.keep = true
      case "--skip-county": options.skipCounty = true
      case "--skip-crime": options.skipCrime = true
      case "--skip-site": options.skipSite = true
      case "--only": options.only = try value()
      case "--quick": options.quick = true
      case "-h", "--help": options.showHelp = true
      default: throw BenchUsageError(message: "unknown option '\(argument)'")
      }
    }
    if options.quick, !runsGiven { options.runs = 3 }
    return options
  }

  private static func split(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (
      String(argument[..<equals]), String(argument[argument.index(after: equals)...])
    )
  }
}

/// A mistake on the command line.
struct BenchUsageError: Error {
  var message: String
}

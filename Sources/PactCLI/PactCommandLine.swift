import Foundation
import PactCore

/// pact's command line: parses the arguments, runs the command, and reports the outcome
/// as text and an exit code.
public enum PactCommandLine {
  /// The version `pact --version` prints.
  public static let version = "0.1.0"

  /// Runs pact with `arguments` (without the program name) in the real process.
  public static func main(arguments: [String]) -> Int32 {
    run(arguments, context: .live())
  }

  /// Runs pact in `context`; returns the exit code.
  static func run(_ arguments: [String], context: Context) -> Int32 {
    let tree = CommandTree.root
    let root = tree.spec
    let parser = ArgumentParser(root: root)
    var path: [String] = []
    do {
      switch try parser.parse(arguments) {
      case .version:
        context.stdout.write(version + "\n")
      case .help(let helpPath):
        context.stdout.write(HelpFormatter.help(for: helpPath, root: root, width: context.width))
      case .run(let commandPath, let parsed):
        path = commandPath
        guard let handler = tree.node(at: commandPath)?.run else {
          context.stdout.write(
            HelpFormatter.help(for: commandPath, root: root, width: context.width))
          return 0
        }
        try handler(
          Invocation(
            path: commandPath, arguments: parsed, context: context, commandLine: arguments))
      }
      return 0
    } catch {
      if let usage = error as? UsageError { path = usage.path }
      context.stderr.write(
        ErrorReport.message(for: error, root: root, path: path, width: context.width))
      return ErrorReport.exitCode(for: error)
    }
  }
}

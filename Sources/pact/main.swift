import Foundation
import PactCLI

exit(PactCommandLine.main(arguments: Array(CommandLine.arguments.dropFirst())))

import Foundation
import PactCLI

HeapTuning.prepare()
exit(PactCommandLine.main(arguments: Array(CommandLine.arguments.dropFirst())))

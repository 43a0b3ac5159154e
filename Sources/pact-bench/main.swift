import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
exit(arguments == [SpawnServer.flag] ? SpawnServer.serve() : Benchmark.main(arguments))

// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "pact",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "pact", targets: ["pact"]),
    .library(name: "PactCore", targets: ["PactCore"]),
  ],
  targets: [
    .target(name: "PactCore"),
    .target(name: "PactCLI", dependencies: ["PactCore"]),
    .executableTarget(name: "pact", dependencies: ["PactCLI"]),
    .executableTarget(name: "pact-bench", dependencies: ["PactCore"]),
    .target(
      name: "PactTestSupport",
      dependencies: ["PactCore"],
      path: "Tests/PactTestSupport"
    ),
    .testTarget(name: "PactCoreTests", dependencies: ["PactCore", "PactTestSupport"]),
    .testTarget(
      name: "PactCLITests",
      dependencies: ["PactCLI", "PactTestSupport", "pact"]
    ),
  ]
)

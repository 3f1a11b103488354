// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "seen",
  products: [
    .executable(name: "seen", targets: ["seen"]),
    .library(name: "SeenKit", targets: ["SeenKit"]),
  ],
  targets: [
    // Turns Resources/*.json into Swift source at build time, so the binary carries its content
    // and runs when copied alone (Bundle.module traps on Linux when the bundle is missing).
    .executableTarget(name: "embed-content"),
    .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["embed-content"]),

    // The pure core: content, review records, gap analysis, renderers. No printing, no exit.
    .target(name: "SeenKit", plugins: ["EmbedContent"]),
    // The command line: argument parsing, terminal, files, exit codes.
    .target(name: "SeenCLI", dependencies: ["SeenKit"]),
    .executableTarget(name: "seen", dependencies: ["SeenCLI"]),

    // Snapshot assertions and paths shared by the test targets; not part of any product.
    .target(name: "SeenTestSupport", path: "Tests/SeenTestSupport"),
    .testTarget(
      name: "SeenKitTests", dependencies: ["SeenKit", "SeenTestSupport"],
      exclude: ["__Snapshots__", "Fixtures"]),
    .testTarget(name: "SeenCLITests", dependencies: ["SeenCLI"]),
    // End to end: runs the built `seen` binary.
    .testTarget(
      name: "seenTests", dependencies: ["seen", "SeenTestSupport"], exclude: ["__Snapshots__"]),
  ]
)

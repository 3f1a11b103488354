// swift-tools-version:6.0
import PackageDescription

// Scripts/fuzz.sh sets SEEN_FUZZ=1: the core and the fuzz target are then built for libFuzzer
// with AddressSanitizer. The flags go to these targets only, not to the build tool that embeds
// the content, which must link as an ordinary program.
let fuzzing = Context.environment["SEEN_FUZZ"] != nil
let fuzzFlags: [SwiftSetting] =
  fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"]), .define("FUZZING")] : []

// seen's own code and the test support are optimised in debug builds too, with every runtime
// check a release build keeps (bounds, overflow, exclusivity). The tests drive megabytes of
// rendering, which unoptimised string code runs 3 to 10 times slower: the suite takes about 20 s
// on two cores instead of 40. The fuzz build keeps its own flags.
let optimised: [SwiftSetting] = fuzzing ? [] : [.unsafeFlags(["-O"], .when(configuration: .debug))]

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
    .target(name: "SeenKit", swiftSettings: fuzzFlags + optimised, plugins: ["EmbedContent"]),
    // The command line: argument parsing, terminal, files, exit codes.
    .target(name: "SeenCLI", dependencies: ["SeenKit"], swiftSettings: optimised),
    .executableTarget(name: "seen", dependencies: ["SeenCLI"]),
    // Runs fuzz inputs through the record reader and `--set`: a libFuzzer target when built by
    // Scripts/fuzz.sh, a replayer of saved inputs otherwise. Not part of any product.
    .executableTarget(
      name: "seen-fuzz", dependencies: ["SeenKit"], swiftSettings: fuzzFlags,
      linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])] : []),

    // Snapshot assertions and paths shared by the test targets; not part of any product.
    .target(name: "SeenTestSupport", path: "Tests/SeenTestSupport", swiftSettings: optimised),
    .testTarget(
      name: "SeenKitTests", dependencies: ["SeenKit", "SeenTestSupport"],
      exclude: ["__Snapshots__", "Fixtures"]),
    .testTarget(
      name: "SeenCLITests", dependencies: ["SeenCLI", "SeenTestSupport"],
      exclude: ["__Snapshots__"]),
    // End to end: runs the built `seen` binary.
    .testTarget(
      name: "seenTests", dependencies: ["seen", "SeenTestSupport"], exclude: ["Fixtures"]),
  ]
)

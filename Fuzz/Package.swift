// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for cs, kept out of the main package because they have no `main`:
// libFuzzer supplies it. Build and run as docs/fuzzing.md says.
let package = Package(
    name: "cs-fuzz",
    dependencies: [.package(name: "cs", path: "..")],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzArguments", dependencies: ["FuzzDriver", .product(name: "CSCommandLineLibrary", package: "cs")]),
        .executableTarget(name: "FuzzEventLines", dependencies: ["FuzzDriver", .product(name: "CSDomainLibrary", package: "cs")]),
        .executableTarget(name: "FuzzSnapshot", dependencies: ["FuzzDriver", .product(name: "CSDomainLibrary", package: "cs")]),
    ]
)

// swift-tools-version:6.0
import PackageDescription

// Three rooms (and the platform shim under them): the domain (tickets, events, the log, the rules), the command line
// (parsing, commands, rendering) and a thin `cs` executable. No package dependencies.
let package = Package(
    name: "cs",
    products: [
        .executable(name: "cs", targets: ["cs"]),
        // For the libFuzzer targets in Fuzz/ (a package of their own).
        .library(name: "CSDomainLibrary", targets: ["CSDomain"]),
        .library(name: "CSCommandLineLibrary", targets: ["CSCommandLine"]),
    ],
    targets: [
        // The C library (Glibc or Musl) and the few calls we wrap: the one platform shim.
        .target(name: "CSPlatform"),
        // One setting of the C library's allocator, whose header Swift cannot import.
        .target(name: "CAllocator"),
        // The FAQ's search (and its index file beside the log) uses CSSearch.
        .target(name: "CSDomain", dependencies: ["CSPlatform", "CSSearch"]),
        // Text search (normalisation, Hangul, BM25): knows nothing of tickets.
        .target(name: "CSSearch", dependencies: ["CSPlatform"]),
        .target(name: "CSCommandLine", dependencies: ["CSDomain", "CSSearch"]),
        .executableTarget(
            name: "cs", dependencies: ["CSCommandLine", "CSPlatform", "CAllocator"],
            // A release build on Linux links the C library in too: a process starts without the
            // dynamic loader's work (cs --version 1.9 -> 1.0 ms; docs/performance.md). Nothing
            // in cs may then call into glibc's name services, which load shared modules: the
            // login name comes from /etc/passwd itself (`PasswordFile`), and CI runs the tests
            // that drive a binary against this one.
            linkerSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(name: "CSDomainTests", dependencies: ["CSDomain", "CSPlatform"]),
        .testTarget(name: "CSSearchTests", dependencies: ["CSSearch"]),
        .testTarget(
            name: "CSCommandLineTests",
            dependencies: ["CSCommandLine", "CSDomain", "CSPlatform"],
            exclude: ["Goldens"]
        ),
    ]
)

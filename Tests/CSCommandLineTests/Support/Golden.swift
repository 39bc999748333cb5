import Foundation
import Testing

/// A golden file holds one case's command line, exit status, stdout and stderr together.
/// `CS_RECORD=1 swift test` rewrites them, and that run fails so it never passes silently.
enum Golden {
    static func render(arguments: [String], result: RunResult, variables: [String: String] = [:]) -> String {
        "$ " + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.isEmpty ? "''" : $0.value) " }.joined()
            + "cs " + arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ") + "\n"
            + "--- exit \(result.status)\n--- stdout\n\(result.stdout)--- stderr\n\(result.stderr)"
    }

    static func check(
        _ name: String, arguments: [String], result: RunResult, variables: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = Paths.goldens.appendingPathComponent(name + ".txt")
        let actual = render(arguments: arguments, result: result, variables: variables)
        if ProcessInfo.processInfo.environment["CS_RECORD"] == "1" {
            try! actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "recorded \(url.lastPathComponent); unset CS_RECORD and run again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record(
                "missing golden \(url.lastPathComponent); run CS_RECORD=1 swift test to record it",
                sourceLocation: sourceLocation)
            return
        }
        // Bytes, not Strings: String equality would take composed and decomposed Hangul for
        // the same text, and a change between them is a change users' scripts would see.
        #expect(
            Data(actual.utf8) == expected,
            "golden \(name) differs:\n\(actual)\nif the change is intended, re-record with CS_RECORD=1",
            sourceLocation: sourceLocation)
    }
}

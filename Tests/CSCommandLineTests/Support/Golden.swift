import Foundation
import Testing

/// A golden file holds one case's command line, exit status, stdout and stderr together.
/// `CS_RECORD=1 swift test` rewrites them, and that run fails so it never passes silently.
enum Golden {
    static func render(arguments: [String], result: RunResult) -> String {
        "$ cs " + arguments.map { $0.contains(" ") || $0.isEmpty ? "'\($0)'" : $0 }.joined(separator: " ") + "\n"
            + "--- exit \(result.status)\n--- stdout\n\(result.stdout)--- stderr\n\(result.stderr)"
    }

    static func check(_ name: String, arguments: [String], result: RunResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = Paths.goldens.appendingPathComponent(name + ".txt")
        let actual = render(arguments: arguments, result: result)
        if ProcessInfo.processInfo.environment["CS_RECORD"] == "1" {
            try! actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.lastPathComponent); unset CS_RECORD and run again", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.lastPathComponent); run CS_RECORD=1 swift test to record it",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "golden \(name) differs; if the change is intended, re-record with CS_RECORD=1",
                sourceLocation: sourceLocation)
    }
}

import CSCommandLine
import CSDomain
import Foundation

/// Where the package lives, found from this file, so tests can read Fixtures/ and goldens.
enum Paths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")
    static let goldens = packageRoot.appendingPathComponent("Tests/CSCommandLineTests/Goldens")
    static let deskFixture = fixtures.appendingPathComponent("desk.jsonl").path
}

struct RunResult: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the whole command line in-process against a scratch folder, with a fixed clock,
/// seeded ids, a known time zone and no terminal.
final class Harness {
    let folder: String
    var variables: [String: String]
    /// What the injected environment says about the streams.
    var standardInputIsTerminal = false
    var standardOutputIsTerminal = false
    var terminalWidth: Int?

    init(now: String = "2026-11-23T00:00:00Z") {
        folder = NSTemporaryDirectory() + "cs-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        variables = ["CS_NOW": now, "TZ": "Asia/Seoul", "CS_AGENT": "park"]
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A harness whose log is a copy of the fixture desk.
    static func withFixtureDesk() -> Harness {
        let harness = Harness()
        try! FileManager.default.createDirectory(atPath: harness.folder + "/.cs", withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: Paths.deskFixture, toPath: harness.logPath)
        // As `cs init` would have made them (a checkout leaves the fixture 0644).
        try! FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: harness.folder + "/.cs")
        try! FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: harness.logPath)
        return harness
    }

    /// A harness with an empty desk made by `cs init`.
    static func withEmptyDesk() -> Harness {
        let harness = Harness()
        _ = harness.run(["init"])
        return harness
    }

    var logPath: String { folder + "/.cs/events.jsonl" }

    var logBytes: [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: logPath))) ?? Data()) }

    @discardableResult
    func run(_ arguments: [String], stdin: String = "", at now: String? = nil) -> RunResult {
        let output = TextSink()
        let errors = TextSink()
        var variables = self.variables
        if let now { variables["CS_NOW"] = now }
        let input = Array(stdin.utf8)
        let environment = CommandEnvironment(
            arguments: arguments, variables: variables, currentDirectory: folder,
            readStandardInput: { input }, standardInputIsTerminal: standardInputIsTerminal,
            standardOutputIsTerminal: standardOutputIsTerminal, terminalWidth: terminalWidth,
            output: output, errors: errors,
            clock: { Timestamp(rfc3339: "2026-11-23T00:00:00Z")! }, randomSeed: { 42 }, loginName: "tester")
        let status = CommandLineTool.run(environment: environment)
        return RunResult(stdout: output.text, stderr: errors.text, status: status)
    }

    /// Writes an executable shell script into the scratch folder and returns its path.
    func script(_ name: String, _ body: String) -> String {
        let path = folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(("#!/bin/sh\n" + body + "\n").utf8),
                                       attributes: [.posixPermissions: 0o755])
        return path
    }

    /// Opens a ticket and returns its id.
    func open(_ subject: String = "결제 오류", _ extra: [String] = []) -> String {
        let result = run(["open", subject, "--customer", "김민수", "-q"] + extra)
        precondition(result.status == 0, result.stderr)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

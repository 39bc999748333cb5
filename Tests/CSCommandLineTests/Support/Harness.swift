import CSCommandLine
import CSDomain
import Foundation
import Testing

/// Where the package lives, found from this file, so tests can read Fixtures/ and goldens.
enum Paths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Fixtures")
    static let goldens = packageRoot.appendingPathComponent("Tests/CSCommandLineTests/Goldens")
    static let deskFixture = fixtures.appendingPathComponent("desk.jsonl").path
    /// Zone files copied from the time zone database, so zone tests do not depend on (or
    /// change with) the machine's tzdata.
    static let zoneinfo = fixtures.appendingPathComponent("zoneinfo").path
}

struct RunResult: Equatable {
    var stdout: String
    var stderr: String
    var status: Int32
}

/// Runs the whole command line in-process against a scratch folder, with a fixed clock,
/// seeded ids, a known time zone and no terminal.
final class Harness: @unchecked Sendable {
    let folder: String
    var variables: [String: String]
    /// What the injected environment says about the streams.
    var standardInputIsTerminal = false
    var standardOutputIsTerminal = false
    var terminalWidth: Int?
    /// Who the process would be without --as and CS_AGENT.
    var loginName: String? = "tester"

    init(now: String = "2026-11-23T00:00:00Z") {
        folder = NSTemporaryDirectory() + "cs-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        variables = ["CS_NOW": now, "TZ": "Asia/Seoul", "TZDIR": Paths.zoneinfo, "CS_AGENT": "park"]
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

    /// The log's bytes. A log that cannot be read is a failed test, never an empty array:
    /// every "the log is unchanged" check would otherwise pass once the log had vanished.
    var logBytes: [UInt8] {
        do {
            return Array(try Data(contentsOf: URL(fileURLWithPath: logPath)))
        } catch {
            Issue.record("cannot read the log at \(logPath): \(error)")
            return Array("unreadable log \(UUID().uuidString)".utf8)
        }
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String = "", at now: String? = nil) -> RunResult {
        let output = TextSink()
        let errors = TextSink()
        var variables = self.variables
        if let now { variables["CS_NOW"] = now }
        let input = Array(stdin.utf8)
        let login = loginName
        let environment = CommandEnvironment(
            arguments: arguments, variables: variables, currentDirectory: folder,
            readStandardInput: { Array(input.prefix($0)) }, standardInputIsTerminal: standardInputIsTerminal,
            standardOutputIsTerminal: standardOutputIsTerminal, terminalWidth: terminalWidth,
            output: output, errors: errors,
            // Far from any CS_NOW a test sets, and random: a command that ignored CS_NOW would
            // show it in times and ids.
            clock: { Timestamp(rfc3339: "2031-06-15T12:34:56Z")! }, randomSeed: { UInt64.random(in: .min ... .max) },
            loginName: login)
        let status = CommandLineTool.run(environment: environment)
        // Every error a command can meet has a layer's enum and a message; an internal error
        // (exit 70) is an error type the funnel does not know: a bug, in any test.
        if status == ExitStatus.internalError.rawValue {
            Issue.record("internal error for \(arguments): \(errors.text)")
        }
        return RunResult(stdout: output.text, stderr: errors.text, status: status)
    }

    /// Writes a shell script into the scratch folder.
    /// Returns a command that runs it (`/bin/sh 'PATH'`) rather than the path: executing a
    /// file just written fails now and then with "Text file busy" while tests in parallel
    /// spawn children, which inherit its write descriptor for an instant.
    func script(_ name: String, _ body: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(("#!/bin/sh\n" + body + "\n").utf8),
            attributes: [.posixPermissions: 0o755])
        return "/bin/sh '\(path)'"
    }

    /// Has a read write a fresh snapshot, then changes the first byte of `marker` in it (a
    /// ticket's subject, in its record: that block then fails its checksum). Its path.
    @discardableResult
    func damageSnapshotRecord(at marker: String) throws -> String {
        let path = logPath + ".snapshot"
        try? FileManager.default.removeItem(atPath: path)
        _ = run(["list"])
        var snapshot = try Data(contentsOf: URL(fileURLWithPath: path))
        snapshot[try #require(snapshot.range(of: Data(marker.utf8))).lowerBound] = UInt8(ascii: "X")
        try snapshot.write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Opens a ticket and returns its id.
    func open(_ subject: String = "결제 오류", _ extra: [String] = []) -> String {
        let customer =
            extra.contains { $0 == "--customer" || $0.hasPrefix("--customer=") } ? [] : ["--customer", "김민수"]
        let result = run(["open", subject] + customer + ["-q"] + extra)
        // A failed open fails the test that asked for it, not the whole run.
        if result.status != 0 { Issue.record("cs open failed (\(result.status)): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

import Foundation
import Testing

@testable import CSDomain

/// A few checks through the built binary itself: real streams, real exit statuses, real
/// standard input, and the environment variables as a shell script would set them.
@Suite struct BinaryTests {
    static var binary: URL {
        // CS_TEST_BINARY: run these tests against another build (an older one, to see a test fail).
        if let chosen = ProcessInfo.processInfo.environment["CS_TEST_BINARY"] { return URL(fileURLWithPath: chosen) }
        // swift test builds the cs executable next to the test bundle.
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "cs")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Paths.packageRoot.appendingPathComponent(".build/debug/cs")
    }

    func run(
        _ arguments: [String], in folder: String, stdin: String = "", environment extra: [String: String] = [:],
        executable: String? = nil
    ) throws -> RunResult {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        // English, whatever the machine's locale: these tests compare English text.
        for key in ["CS_LOG", "CS_AGENT", "CS_NOW", "CS_LANG", "LC_ALL", "LC_MESSAGES"] { environment[key] = nil }
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        process.environment = environment.merging(extra) { $1 }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RunResult(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus)
    }

    @Test func scriptFlowWithRealStreams() throws {
        let harness = Harness()
        #expect(try run(["init"], in: harness.folder).status == 0)
        let opened = try run(
            ["open", "결제 오류", "--customer", "김민수", "-q"], in: harness.folder,
            environment: ["CS_AGENT": "park"])
        #expect(opened.status == 0)
        let id = opened.stdout.trimmingCharacters(in: .newlines)
        #expect(opened.stderr == "", "-q: the id alone on standard output, and no hints on standard error")
        #expect(id.count == 8)
        let note = try run(["note", id, "-"], in: harness.folder, stdin: "표준 입력으로 받은 메모")
        #expect(note.status == 0)
        let shown = try run(["show", id, "--json"], in: harness.folder)
        #expect(shown.stdout.contains("표준 입력으로 받은 메모"))
    }

    @Test(
        arguments: [
            (["frobnicate"], Int32(2)),
            (["list"], Int32(2)),
            (["--version"], Int32(0)),
        ] as [([String], Int32)])
    func exitStatusesOutsideADesk(_ arguments: [String], _ status: Int32) throws {
        let harness = Harness()
        let result = try run(arguments, in: harness.folder)
        #expect(result.status == status)
        if status != 0 {
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("cs: ") && result.stderr.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test func aVariableThatIsNotUTF8IsRefusedNotRepaired() throws {
        let harness = Harness()
        #expect(try run(["init"], in: harness.folder).status == 0)
        let id = try run(
            ["open", "결제 오류", "--customer", "김민수", "-q"], in: harness.folder, environment: ["CS_AGENT": "park"]
        )
        .stdout.trimmingCharacters(in: .newlines)
        let before = harness.logBytes
        // Set through a shell: a Swift string cannot hold the byte 0xFF.
        for (variable, command) in [("CS_AGENT", "note \(id) hi"), ("CS_NOW", "list"), ("CS_LOG", "list")] {
            let refused = try run(
                ["-c", "\(variable)=$(printf '\\377') exec \"$0\" \(command)", Self.binary.path], in: harness.folder,
                environment: ["CS_AGENT": "park"], executable: "/bin/sh")
            #expect(refused.status == 2, "\(variable)")
            #expect(
                refused.stderr
                    == "cs: \(variable) is not UTF-8 text ('\\xFF'); "
                    + "cs reads UTF-8 only: set it again in UTF-8, or unset it\n")
        }
        #expect(harness.logBytes == before, "nothing signed with U+FFFD")
    }

    @Test func refusalsGoToStandardErrorWithStatusOneAndThree() throws {
        let harness = Harness()
        _ = try run(["init"], in: harness.folder)
        let id = try run(["open", "x", "--customer", "y", "-q"], in: harness.folder).stdout.trimmingCharacters(
            in: .newlines)
        _ = try run(["close", id], in: harness.folder)
        let refused = try run(["reply", id, "hello"], in: harness.folder)
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr.contains("reopen"))
        let missing = try run(["show", "ZZZZZZZZ"], in: harness.folder)
        #expect(missing.status == 3)
    }

    @Test func damagedLogExitsFour() throws {
        let harness = Harness()
        let result = try run(
            ["--log", Paths.fixtures.appendingPathComponent("invalid/bad-json.jsonl").path, "show", "AAAA"],
            in: harness.folder)
        #expect(result.status == 4)
    }

    /// 30,000 tickets opened: 10 MB, decoded on every core.
    static func largeLog() throws -> [UInt8] {
        let events = (0..<30_000).map { number in
            CSDomain.Event(
                id: "E\(100_000 + number)", ticket: "T\(100_000 + number)",
                at: Timestamp(secondsSince1970: 1_700_000_000 + Int64(number)), by: "park",
                payload: TicketOpened(
                    subject: String(repeating: "s", count: 200), customer: Customer(name: "C\(number)")))
        }
        return try EventLog.seal(events, path: "big.jsonl", after: LineChecksum.genesis).bytes
    }

    /// A log of megabytes damaged in an early chunk: replay stops there while the decoding
    /// threads hold chunks ahead of it. The static release binary died of SIGILL here (exit
    /// 132, not a word) until the pipeline gave back those chunks' room before freeing it.
    @Test func aLargeLogDamagedEarlyIsRefusedNotCrashed() throws {
        let harness = Harness()
        var bytes = try Self.largeLog()
        let damaged = 5_000
        var line = 1
        for index in bytes.indices where bytes[index] == 0x0A {
            line += 1
            if line == damaged {
                bytes[index + 40] ^= 0x01
                break
            }
        }
        let path = harness.folder + "/big.jsonl"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        for command in [["list"], ["verify"], ["list"], ["open", "x", "--customer", "y"]] {
            let result = try run(["--log", path] + command, in: harness.folder, environment: ["CS_AGENT": "park"])
            #expect(result.status == 4, "\(command): \(result.stderr)")
            // `verify` lists the problems on standard output, the others name the line on error.
            #expect((result.stdout + result.stderr).contains("big.jsonl:\(damaged)"), "\(command): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes), "nothing appended")
    }

    /// Standard output closed (`>&-`): the log cs opens next must not become "standard
    /// output". The listing fails as a failed write does, and a note's reply never reaches
    /// the log.
    @Test func aClosedStandardOutputIsAFailedWriteNotAFile() throws {
        let harness = Harness()
        #expect(try run(["init"], in: harness.folder).status == 0)
        let opened = try run(
            ["open", "hi", "--customer", "c", "-q"], in: harness.folder, environment: ["CS_AGENT": "a"])
        let id = opened.stdout.trimmingCharacters(in: .newlines)
        let shell = "/bin/sh"
        // A large desk read from its snapshot: the log is closed by the time the listing starts
        // threads, and their event descriptor took the closed slot (EINVAL, not EBADF).
        try Data(try Self.largeLog()).write(to: URL(fileURLWithPath: harness.folder + "/big.jsonl"))
        #expect(try run(["--log", "big.jsonl", "list", "--limit", "1"], in: harness.folder).status == 0)
        for log in [".cs/events.jsonl", "big.jsonl"] {
            let listed = try run(
                ["-c", "\"$0\" --log \(log) list --status all >&-", Self.binary.path], in: harness.folder,
                executable: shell)
            #expect(listed.status == 5)
            #expect(
                listed.stderr == "cs: cannot write the output: Bad file descriptor; what was printed is incomplete\n")
        }
        let noted = try run(
            ["-c", "\"$0\" note \(id) 'a note' >&-", Self.binary.path], in: harness.folder,
            environment: ["CS_AGENT": "a"], executable: shell)
        #expect(noted.status == 5)
        let verified = try run(["verify"], in: harness.folder)
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        #expect(verified.stdout.contains("2 events, no problems"), "the opening and the note, nothing else")
    }

    @Test func fixtureDeskReplaysThroughCSLog() throws {
        let harness = Harness()
        let result = try run(["verify"], in: harness.folder, environment: ["CS_LOG": Paths.deskFixture])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("no problems\n"))
    }
}

import Foundation
import Testing

/// Hooks, run by the built binary against real scripts: one that records what it gets, one
/// that fails, one that hangs with a child of its own.
@Suite struct HookTests {
    final class Desk: @unchecked Sendable {
        let folder = NSTemporaryDirectory() + "cs-hooks-" + UUID().uuidString
        var hooks: String { folder + "/.cs/hooks" }

        init() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            #expect(try run(["init", "-q"]).status == 0)
            try FileManager.default.createDirectory(atPath: hooks, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        func hook(_ name: String, _ body: String, executable: Bool = true) throws {
            let path = hooks + "/" + name
            try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
        }

        var logBytes: Data { (try? Data(contentsOf: URL(fileURLWithPath: folder + "/.cs/events.jsonl"))) ?? Data() }

        @discardableResult
        func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> RunResult {
            var environment = ProcessInfo.processInfo.environment
            for key in ["CS_LOG", "CS_NOW", "CS_LANG", "LC_ALL", "LC_MESSAGES", "CS_NO_HOOKS"] {
                environment[key] = nil
            }
            environment["LANG"] = "C.UTF-8"
            environment["TZ"] = "UTC"
            environment["CS_AGENT"] = "park"
            return try GitTeamTests.Team.launch(
                BinaryTests.binary.path, arguments, in: folder, environment: environment.merging(extra) { $1 })
        }
    }

    @Test func hooksHearOfEachEventAfterItIsWritten() throws {
        let desk = try Desk()
        let record = desk.folder + "/heard"
        try desk.hook(
            "post-event",
            "{ echo \"$CS_EVENT_TYPE $CS_EVENT_ID $CS_TICKET $CS_EVENT_BY\"; cat; } >> '\(record)'; echo to-stdout")
        try desk.hook("post-opened", "echo opened >> '\(record)'")
        try desk.hook("post-replied", "echo never >> '\(record)'", executable: false)
        let opened = try desk.run(
            ["open", "결제 오류", "--customer", "김민수", "-q"], environment: ["CS_NOW": "2026-11-24T01:00:00Z"])
        let id = opened.stdout.trimmingCharacters(in: .newlines)
        // cs's own output stays the id alone: the hook's went to standard error.
        #expect(opened.status == 0 && id.count == 8 && opened.stderr == "to-stdout\n", "\(opened)")
        #expect(try desk.run(["reply", id, "확인 중입니다"]).status == 0)
        let lines = try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines[0].hasPrefix("opened ") && lines[0].hasSuffix(" \(id) park"))
        let event = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        #expect(event?["type"] as? String == "opened" && event?["subject"] as? String == "결제 오류")
        #expect(lines[2] == "opened")
        #expect(lines[3].hasPrefix("replied ") && lines[4].contains("확인 중입니다"))
        // CS_NO_HOOKS=1: none runs.
        #expect(try desk.run(["note", id, "quiet"], environment: ["CS_NO_HOOKS": "1"]).status == 0)
        #expect(try String(contentsOfFile: record, encoding: .utf8).split(separator: "\n").count == 5)
    }

    @Test func aFailingOrHangingHookNeverUndoesTheWrite() throws {
        let desk = try Desk()
        let id = try desk.run(["open", "로그인 오류", "--customer", "박지훈", "-q"]).stdout.trimmingCharacters(in: .newlines)
        try desk.hook("post-noted", "exit 3")
        let noted = try desk.run(["note", id, "first"])
        #expect(noted.status == 0)
        #expect(noted.stderr.hasPrefix("cs: warning: hook post-noted exited with status 3 for event "))
        #expect(noted.stderr.hasSuffix("; the event is recorded\n"))
        let pidFile = desk.folder + "/child"
        try desk.hook("post-closed", "sleep 60 & echo $! > '\(pidFile)'; sleep 60")
        let started = Date()
        let closed = try desk.run(["close", id], environment: ["CS_HOOK_TIMEOUT": "1"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(closed.status == 0 && closed.stdout == "closed \(id)\n")
        #expect(closed.stderr.contains("ran past 1s for event") && closed.stderr.contains("was stopped"), "\(closed)")
        // The hook's own child went with it.
        let child = Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .newlines))!
        usleep(100_000)
        // Gone, or dead and waiting for its new parent to reap it (a container's init may not).
        let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?
            .split(separator: ")").last?.split(separator: " ").first
        #expect(state == nil || state == "Z", "the hook's child \(child) is still running: \(state ?? "")")
        let shown = try desk.run(["show", id, "--json"]).stdout
        #expect(shown.contains(#""status":"closed""#) && shown.contains("first"))
    }

    /// A hook that writes to the desk runs cs, whose hooks do not run: no chain of hooks.
    @Test func aHooksOwnCommandsRunNoHooks() throws {
        let desk = try Desk()
        let id = try desk.run(["open", "연쇄", "--customer", "김", "-q"]).stdout.trimmingCharacters(in: .newlines)
        let count = desk.folder + "/count"
        try desk.hook("post-noted", "echo x >> '\(count)'; '\(BinaryTests.binary.path)' note \"$CS_TICKET\" again")
        #expect(try desk.run(["note", id, "first"]).status == 0)
        #expect(try String(contentsOfFile: count, encoding: .utf8) == "x\n")
        let shown = try desk.run(["show", id, "--json"]).stdout
        #expect(shown.components(separatedBy: "again").count == 2)
    }

    /// The examples in docs/hooks/ are shell a shell can read.
    @Test func theExampleHooksParse() throws {
        let folder = Paths.packageRoot.appendingPathComponent("docs/hooks").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["post-escalated-notify-send", "post-event-webhook", "post-received-mail"])
        for name in names {
            let checked = try GitTeamTests.Team.launch(
                "/bin/sh", ["-n", folder + "/" + name], in: folder, environment: [:])
            #expect(checked.status == 0, "\(name): \(checked.stderr)")
            #expect(FileManager.default.isExecutableFile(atPath: folder + "/" + name))
        }
    }
}

import Foundation
import Testing

/// A team sharing one desk through git, with real git and the built cs: clones write apart,
/// then merge in any order, and every clone ends with the same log, byte for byte.
@Suite(.serialized) struct GitTeamTests {
    /// A scratch folder holding a bare hub and clones of it, each with its own clock.
    final class Team: @unchecked Sendable {
        let folder = NSTemporaryDirectory() + "cs-team-" + UUID().uuidString
        var hub: String { folder + "/hub.git" }

        init() throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try git(["init", "-q", "--bare", "-b", "main", hub], in: folder)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// git alone, away from the machine's and the user's configuration.
        var gitEnvironment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            for key in ["CS_LOG", "CS_AGENT", "CS_NOW", "CS_LANG", "LC_ALL", "LC_MESSAGES", "GIT_DIR"] {
                environment[key] = nil
            }
            environment["HOME"] = folder
            environment["GIT_CONFIG_NOSYSTEM"] = "1"
            environment["LANG"] = "C.UTF-8"
            environment["TZ"] = "UTC"
            for role in ["AUTHOR", "COMMITTER"] {
                environment["GIT_\(role)_NAME"] = "tester"
                environment["GIT_\(role)_EMAIL"] = "tester@example.com"
                environment["GIT_\(role)_DATE"] = "2026-11-23T00:00:00Z"
            }
            return environment
        }

        @discardableResult
        func git(_ arguments: [String], in folder: String, expect status: Int32 = 0) throws -> RunResult {
            let result = try Self.launch("/usr/bin/env", ["git"] + arguments, in: folder, environment: gitEnvironment)
            #expect(result.status == status, "git \(arguments): \(result.stderr)")
            return result
        }

        /// cs, the built binary, in a clone, as `agent` at the moment `now`.
        @discardableResult
        func cs(
            _ arguments: [String], in clone: String, agent: String = "park", now: String? = nil
        ) throws
            -> RunResult
        {
            var environment = gitEnvironment
            environment["CS_AGENT"] = agent
            if let now { environment["CS_NOW"] = now }
            return try Self.launch(BinaryTests.binary.path, arguments, in: path(clone), environment: environment)
        }

        func path(_ clone: String) -> String { folder + "/" + clone }

        func clone(_ name: String) throws {
            try git(["clone", "-q", hub, name], in: folder)
        }

        func log(_ clone: String) throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: path(clone) + "/.cs/events.jsonl"))
        }

        static func launch(
            _ program: String, _ arguments: [String], in folder: String, environment: [String: String]
        )
            throws -> RunResult
        {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = environment
            let output = Pipe(), errors = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = errors
            try process.run()
            // Read both while the child runs: a child filling one pipe would wait forever.
            nonisolated(unsafe) var err = Data()
            let reader = Thread { err = errors.fileHandleForReading.readDataToEndOfFile() }
            reader.start()
            let out = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            while !reader.isFinished { usleep(1000) }
            return RunResult(
                stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                status: process.terminationStatus)
        }
    }

    static var gitAvailable: Bool {
        if ProcessInfo.processInfo.environment["CS_REQUIRE_GIT"] == "1" { return true }
        return (try? Team.launch("/usr/bin/env", ["git", "--version"], in: "/", environment: [:]).status) == 0
    }

    /// A hub whose desk is the fixture desk, set up by `cs init` in the first clone and
    /// pushed; then `clones` more clones, each having run `cs init` (as each member would).
    static func sharedDesk(clones: [String]) throws -> Team {
        let team = try Team()
        try team.clone("founder")
        try FileManager.default.createDirectory(
            atPath: team.path("founder") + "/.cs", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Paths.deskFixture, toPath: team.path("founder") + "/.cs/events.jsonl")
        let initialised = try team.cs(["init"], in: "founder")
        #expect(initialised.status == 0)
        #expect(initialised.stdout.contains("merges the log by events now"))
        try team.git(["add", "-A"], in: team.path("founder"))
        try team.git(["commit", "-q", "-m", "the desk"], in: team.path("founder"))
        try team.git(["push", "-q", "origin", "main"], in: team.path("founder"))
        for name in clones {
            try team.clone(name)
            #expect(try team.cs(["init"], in: name).status == 0)
        }
        return team
    }

    /// Each clone's work of a day, written apart, at its own moments: tickets opened,
    /// answered, refunded and closed, some of them the same tickets from two clones.
    static func workApart(_ team: Team) throws {
        let shared = "6S24"
        for (clone, agent, minute) in [("a", "kim", 10), ("b", "lee", 11), ("c", "choi", 12)] {
            let now = { (step: Int) in "2026-11-23T09:\(minute):\(String(format: "%02d", step))Z" }
            let opened = try team.cs(
                ["open", "결제 오류 \(clone)", "--customer", "고객 \(clone)", "-q"], in: clone, agent: agent, now: now(1))
            #expect(opened.status == 0, "\(opened.stderr)")
            let id = opened.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            for (step, arguments) in [
                ["reply", id, "확인 중입니다 (\(agent))"], ["note", shared, "\(agent) looked at it"],
                ["assign", id, agent], ["close", id],
            ].enumerated() {
                let result = try team.cs(arguments, in: clone, agent: agent, now: now(step + 2))
                #expect(result.status == 0, "\(arguments): \(result.stderr)")
            }
            try team.git(["commit", "-q", "-a", "-m", "\(agent)'s work"], in: team.path(clone))
            try team.git(["push", "-q", "origin", "main:\(clone)"], in: team.path(clone))
        }
    }

    @Test(.enabled(if: gitAvailable)) func clonesMergedInAnyOrderEndTheSameByteForByte() throws {
        let team = try Self.sharedDesk(clones: ["a", "b", "c"])
        try Self.workApart(team)
        // Three members each merge the other two branches, each in another order.
        let orders = [("a", ["b", "c"]), ("b", ["c", "a"]), ("c", ["a", "b"]), ("founder", ["c", "b", "a"])]
        for (clone, branches) in orders {
            try team.git(["fetch", "-q", "origin"], in: team.path(clone))
            for branch in branches where branch != clone {
                let merged = try team.git(["merge", "-q", "--no-edit", "origin/\(branch)"], in: team.path(clone))
                #expect(!merged.stdout.contains("CONFLICT"))
            }
        }
        let first = try team.log("a")
        for (clone, _) in orders.dropFirst() {
            let same = try team.log(clone) == first
            #expect(same, "\(clone)'s log differs from a's")
        }
        let listed = try team.cs(["list", "--status", "all", "--json"], in: "a").stdout
        for (clone, _) in orders.dropFirst() {
            #expect(try team.cs(["list", "--status", "all", "--json"], in: clone).stdout == listed)
        }
        let verified = try team.cs(["verify"], in: "b")
        #expect(verified.status == 0 && verified.stdout.contains("no problems"), "\(verified.stdout)")
        // Every clone's events are there, once: three notes on the shared ticket.
        let shown = try team.cs(["show", "6S24"], in: "c").stdout
        for agent in ["kim", "lee", "choi"] {
            #expect(shown.components(separatedBy: "\(agent) looked at it").count == 2, "\(agent)'s note")
        }
        // What cs derives beside the log never shows as a change to commit.
        #expect(try team.git(["status", "--porcelain"], in: team.path("a")).stdout == "")
    }

    @Test(.enabled(if: gitAvailable)) func aFreshCloneWithoutTheDriverIsToldOnce() throws {
        let team = try Self.sharedDesk(clones: [])
        try team.clone("fresh")
        let first = try team.cs(["note", "6S24", "first"], in: "fresh", now: "2026-11-23T10:00:00Z")
        #expect(first.status == 0)
        #expect(
            first.stderr.contains("has no merge driver for the log, so git would merge it line by line; run 'cs init'"))
        let second = try team.cs(["note", "6S24", "second"], in: "fresh", now: "2026-11-23T10:01:00Z")
        #expect(second.stderr == "")
        let initialised = try team.cs(["init"], in: "fresh")
        #expect(initialised.stdout.hasPrefix("a desk already exists at .cs/events.jsonl; its log was left as it was\n"))
        let driver = try team.git(["config", "--get", "merge.cs-events.driver"], in: team.path("fresh")).stdout
        #expect(driver.hasSuffix(" merge-driver %O %A %B %P\n"))
        // Run again, cs init adds nothing twice.
        let attributes = try String(contentsOfFile: team.path("fresh") + "/.gitattributes", encoding: .utf8)
        #expect(attributes == "/.cs/events.jsonl merge=cs-events\n")
    }

    @Test(.enabled(if: gitAvailable)) func aDamagedSideIsAConflictAndNothingIsMerged() throws {
        let team = try Self.sharedDesk(clones: ["a", "b"])
        #expect(try team.cs(["note", "6S24", "from a"], in: "a", now: "2026-11-23T10:00:00Z").status == 0)
        try team.git(["commit", "-q", "-a", "-m", "a"], in: team.path("a"))
        try team.git(["push", "-q", "origin", "main:a"], in: team.path("a"))
        // b's log is damaged by hand (a line edited), then committed.
        let path = team.path("b") + "/.cs/events.jsonl"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "결제", with: "겔제", options: [], range: text.range(of: "결제"))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try team.git(["commit", "-q", "-a", "-m", "damaged"], in: team.path("b"))
        let before = try team.log("b")
        try team.git(["fetch", "-q", "origin"], in: team.path("b"))
        let merge = try team.git(["merge", "--no-edit", "origin/a"], in: team.path("b"), expect: 1)
        #expect(merge.stdout.contains("CONFLICT"))
        #expect(merge.stderr.contains("cs: ") && merge.stderr.contains("checksum mismatch"), "\(merge.stderr)")
        // git leaves this side's log as it was for the person to sort out.
        let unchanged = try team.log("b") == before
        #expect(unchanged)
    }

    /// Two copies writing apart from one base: the driver merges them into OURS. Under one
    /// fixed CS_NOW both copies give their next event the same id: two events under one id
    /// are refused (exit 4), and OURS is left as it was.
    @Test func theDriverMergesIntoOursOrRefusesTwoEventsUnderOneID() throws {
        let ours = Harness.withFixtureDesk(), theirs = Harness.withFixtureDesk()
        let base = ours.folder + "/base.jsonl"
        try Data(ours.logBytes).write(to: URL(fileURLWithPath: base))
        ours.run(["note", "6S24", "from ours"], at: "2026-11-23T10:00:00Z")
        theirs.run(["note", "6S24", "from theirs"], at: "2026-11-23T10:00:01Z")
        let merged = ours.run(["merge-driver", base, ours.logPath, theirs.logPath])
        #expect(merged.status == 0 && merged.stdout == "" && merged.stderr == "", "\(merged.stderr)")
        let shown = ours.run(["show", "6S24"]).stdout
        #expect(shown.contains("from ours") && shown.contains("from theirs"))
        #expect(ours.run(["verify"]).status == 0)

        let one = Harness.withFixtureDesk(), other = Harness.withFixtureDesk()
        one.run(["note", "6S24", "one"], at: "2026-11-23T10:00:00Z")
        other.run(["note", "6S24", "other"], at: "2026-11-23T10:00:00Z")
        let before = one.logBytes
        let refused = one.run(["merge-driver", base, one.logPath, other.logPath])
        #expect(refused.status == 4)
        #expect(
            refused.stderr.hasPrefix("cs: ")
                && refused.stderr.contains("is in the other copy too, with other contents"), "\(refused.stderr)")
        let unchanged = one.logBytes == before
        #expect(unchanged, "the refused merge left OURS as it was")
    }

    /// A ticket's id in JSON output of `cs show`.
    static func ticketJSON(_ team: Team, _ id: String, in clone: String) throws -> [String: Any] {
        let shown = try team.cs(["show", id, "--json"], in: clone)
        return try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any] ?? [:]
    }

    /// `cs sync` end to end through a bare hub: commit, pull (git's merge, cs's driver), push.
    /// Two members each refund 20,000 of a 30,000 payment; one closes the ticket while the
    /// other replies. Every clone shows the same conflicts, never a total over the payment,
    /// and one `cs resolve`, synced, settles them everywhere.
    @Test(.enabled(if: gitAvailable)) func syncSharesTheDeskAndEveryCloneShowsTheSameConflicts() throws {
        let team = try Team()
        try team.clone("a")
        try team.git(["symbolic-ref", "HEAD", "refs/heads/main"], in: team.path("a"))
        #expect(try team.cs(["init"], in: "a").status == 0)
        let opened = try team.cs(
            ["open", "중복 결제", "--customer", "김민수", "--payment", "P-1", "--amount", "30000", "-q"], in: "a",
            now: "2026-11-24T09:00:00Z")
        let id = opened.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let first = try team.cs(["sync"], in: "a")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("committed "))
        #expect(first.stdout.hasSuffix(": 1 event on 1 ticket: 1 opened\npushed to origin (main)\n"), "\(first.stdout)")
        try team.clone("b")
        #expect(try team.cs(["init"], in: "b").status == 0)

        for (clone, agent, arguments, now) in [
            ("a", "kim", ["refund", id, "20000", "--reason", "kim"], "2026-11-24T10:00:00Z"),
            ("a", "kim", ["close", id], "2026-11-24T10:01:00Z"),
            ("b", "lee", ["refund", id, "20000", "--reason", "lee"], "2026-11-24T10:00:30Z"),
            ("b", "lee", ["reply", id, "환불 처리했습니다"], "2026-11-24T10:02:00Z"),
        ] {
            let result = try team.cs(arguments, in: clone, agent: agent, now: now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try team.cs(["sync"], in: "a").status == 0)
        let pulled = try team.cs(["sync"], in: "b", agent: "lee")
        #expect(pulled.status == 0, "\(pulled.stderr)")
        #expect(
            pulled.stdout.contains("pulled 2 new events from origin\npushed to origin (main)\n"), "\(pulled.stdout)")
        #expect(pulled.stderr == "cs: 1 ticket has open conflicts: 'cs list --conflicts'\n")
        #expect(try team.cs(["sync"], in: "a").status == 0)

        let log = try team.log("a")
        #expect(try team.log("b") == log)
        #expect(!String(decoding: log, as: UTF8.self).contains("<<<<<<<"))
        for clone in ["a", "b"] {
            let ticket = try Self.ticketJSON(team, id, in: clone)
            #expect(ticket["refundedTotal"] as? Int == 20000)
            #expect(
                (ticket["conflicts"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["over-refund", "closed"])
            let verified = try team.cs(["verify"], in: clone)
            #expect(verified.status == 0)
            #expect(verified.stdout.contains("2 open conflicts on 1 ticket"), "\(verified.stdout)")
            #expect(try team.cs(["list", "--conflicts", "--plain"], in: clone).stdout.hasPrefix(id))
        }
        let subject = try team.git(["log", "-1", "--format=%s", "HEAD^1"], in: team.path("b")).stdout
        #expect(subject == "cs: 2 events on 1 ticket: 1 refunded, 1 replied\n", "\(subject)")

        #expect(try team.cs(["resolve", id, "--reason", "PG사 확인: 첫 환불만 처리"], in: "b", agent: "lee").status == 0)
        #expect(try team.cs(["sync"], in: "b", agent: "lee").status == 0)
        let settled = try team.cs(["sync"], in: "a")
        #expect(settled.stdout.contains("pulled 1 new event from origin"), "\(settled.stdout)")
        #expect(settled.stderr == "")
        #expect(try team.log("a") == team.log("b"))
        #expect(try team.cs(["list", "--conflicts", "--plain"], in: "a").stdout == "")
        for clone in ["a", "b"] {
            #expect(try team.git(["status", "--porcelain"], in: team.path(clone)).stdout == "")
        }
        // Nothing new: nothing committed, nothing pulled.
        let idle = try team.cs(["sync"], in: "a")
        #expect(
            idle.stdout
                == "nothing new on this desk to commit\norigin has nothing new\nnothing to push: "
                + "origin has every commit\n"
        )
        let json = try team.cs(["sync", "--json"], in: "a")
        #expect(
            json.stdout == #"{"commit":null,"remote":"origin","pulled":0,"pushed":false,"ticketsWithOpenConflicts":0}"#
                + "\n")
    }

    /// Ids are random, not counted: two clones opening tickets at the same moments, in
    /// parallel, never make one id twice, and their merge replays.
    @Test(.enabled(if: gitAvailable)) func idsMadeInParallelClonesNeverClash() throws {
        let team = try Self.sharedDesk(clones: ["a", "b"])
        let before = try team.cs(["list", "--status", "all", "--plain"], in: "a").stdout.split(separator: "\n").count
        let perClone = 40
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let clone = ["a", "b"][index]
            for step in 0..<perClone {
                _ = try? team.cs(["open", "문의 \(step)", "--customer", "고객", "--body", "본문", "-q"], in: clone)
            }
        }
        for clone in ["a", "b", "a"] {
            let synced = try team.cs(["sync"], in: clone)
            #expect(synced.status == 0, "\(clone): \(synced.stderr)")
        }
        let tickets = try team.cs(["list", "--status", "all", "--plain"], in: "a").stdout.split(separator: "\n")
        #expect(tickets.count == before + 2 * perClone)
        #expect(Set(tickets.map { $0.prefix(8) }).count == tickets.count)
        #expect(try team.cs(["verify"], in: "b").stdout.contains("no problems"))
        #expect(try team.log("a") == team.log("b"))
    }

    /// What git refuses stops cs sync with git's own words, after saying what was done; the
    /// desk stays owner-only; a detached HEAD is refused before anything is committed.
    @Test(.enabled(if: gitAvailable)) func syncStopsWithGitsWordsAndRefusesADetachedHead() throws {
        let team = try Self.sharedDesk(clones: ["a", "b"])
        for (clone, line) in [("a", "from a"), ("b", "from b")] {
            try line.write(toFile: team.path(clone) + "/README.md", atomically: true, encoding: .utf8)
            try team.git(["add", "README.md"], in: team.path(clone))
            try team.git(["commit", "-q", "-m", "readme"], in: team.path(clone))
        }
        #expect(try team.cs(["sync"], in: "a").status == 0)
        #expect(try team.cs(["note", "6S24", "b's note"], in: "b", now: "2026-11-24T10:00:00Z").status == 0)
        let failed = try team.cs(["sync"], in: "b")
        #expect(failed.status == 1)
        #expect(failed.stdout.hasPrefix("committed ") && failed.stdout.hasSuffix(": 1 event on 1 ticket: 1 noted\n"))
        #expect(failed.stderr.contains("Merge conflict in README.md"), "\(failed.stderr)")
        #expect(failed.stderr.hasSuffix("; finish it in the repository with git, then 'cs sync' again\n"))
        let mode = try FileManager.default.attributesOfItem(atPath: team.path("b") + "/.cs/events.jsonl")[
            .posixPermissions]
        #expect(mode as? Int == 0o600)
        try team.git(["merge", "--abort"], in: team.path("b"))

        try team.git(["checkout", "-q", "--detach"], in: team.path("a"))
        #expect(try team.cs(["note", "6S24", "detached"], in: "a", now: "2026-11-24T11:00:00Z").status == 0)
        let head = try team.git(["rev-parse", "HEAD"], in: team.path("a")).stdout
        let detached = try team.cs(["sync"], in: "a")
        #expect(detached.status == 1)
        #expect(
            detached.stderr == "cs: HEAD is detached, so a commit would be left behind; check out a branch "
                + "('git switch main'), then 'cs sync' again\n")
        #expect(try team.git(["rev-parse", "HEAD"], in: team.path("a")).stdout == head)
    }

    @Test func syncOutsideAGitRepositoryIsRefused() {
        let harness = Harness.withEmptyDesk()
        let before = harness.logBytes
        let refused = harness.run(["sync"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr == "cs: the desk at .cs/events.jsonl is not in a git repository; to share it, 'git init' "
                + "(or clone the team's repository) and 'cs init' there first\n")
        #expect(harness.logBytes == before)
    }
}

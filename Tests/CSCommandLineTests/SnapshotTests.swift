import CSDomain
import Foundation
import Testing
import CSPlatform

/// The snapshot beside the log is derived state: whatever it holds — fresh, stale, cut,
/// scrambled, gone, from another history — every answer equals a full replay's.
@Suite struct SnapshotTests {
    /// Every read command a person or script uses, over every ticket.
    static func answers(_ harness: Harness) -> [String] {
        var outputs: [String] = []
        func run(_ arguments: [String]) {
            let result = harness.run(arguments)
            outputs.append("\(arguments) → \(result.status)\n\(result.stdout)\(result.stderr)")
        }
        run(["list", "--status", "all", "--json"])
        run(["list"])
        run(["list", "--status", "all", "--sort", "updated", "--plain"])
        run(["list", "--assignee", "park", "--plain"])
        run(["list", "--assignee", "none", "--tag", "vip", "--plain"])
        // The first few in queue order: read from the order the snapshot keeps, merged with
        // the tickets changed or opened since it.
        run(["list", "--limit", "3", "--plain"])
        run(["list", "--status", "all", "--limit", "7", "--plain"])
        run(["list", "--status", "closed", "--limit", "2", "--plain"])
        run(["list", "--priority", "low", "--sort", "queue", "--limit", "4", "--json"])
        run(["log", "--json"])
        run(["faq", "list", "--json"])
        run(["faq", "search", "환불", "--json"])
        run(["__complete", "tickets"])
        // The figures and clocks read every ticket's history, which the snapshot keeps.
        run(["stats", "--json", "--by", "agent"])
        run(["list", "--overdue", "--sort", "due", "--plain"])
        run(["list", "--conflicts", "--json"])
        run(["list", "--follow-ups", "all", "--json"])
        run(["list", "--follow-ups"])
        let ids = harness.run(["list", "--status", "all", "--sort", "updated", "--plain"]).stdout.split(separator: "\n")
            .map { String($0.prefix(8)) }
        // The tickets changed last (the tail's) and a spread of the rest (the snapshot's).
        for id in ids.prefix(12) + ids.dropFirst(12).enumerated().filter({ $0.offset % 5 == 0 }).map(\.element) {
            run(["show", id, "--json"])
            run(["show", id])
            run(["log", id])
            run(["sla", id, "--json"])
            run(["blame", id, "--json"])
        }
        return outputs
    }

    /// The same answers with no derived file read or written.
    static func fullReplayAnswers(_ harness: Harness) -> [String] {
        harness.variables["CS_NO_DERIVED"] = "1"
        defer { harness.variables["CS_NO_DERIVED"] = nil }
        return answers(harness)
    }

    static func expectSameAnswers(_ harness: Harness, _ note: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let expected = fullReplayAnswers(harness)
        let actual = answers(harness)
        #expect(actual.count == expected.count, "\(note)", sourceLocation: sourceLocation)
        for (got, want) in zip(actual, expected) where got != want {
            Issue.record("\(note): derived state answered\n\(got)\ninstead of\n\(want)", sourceLocation: sourceLocation)
            return
        }
    }

    /// A random desk's day: opens, replies, notes, assignments, transfers, escalations, tags,
    /// payments, refunds (some retried), statuses, closes, reopens, ratings, FAQ changes.
    static func randomWork(_ harness: Harness, steps: Int, generator: inout SeededGenerator) {
        var tickets = harness.run(["list", "--status", "all", "--plain"]).stdout.split(separator: "\n").map {
            String($0.prefix(8))
        }
        func pick() -> String? { tickets.isEmpty ? nil : tickets[Int(generator.next() % UInt64(tickets.count))] }
        let agents = ["park", "lee", "kim", "choi"]
        for step in 0..<steps {
            let (day, hour, minute) = (
                10 + step / 100, String(format: "%02d", step % 24), String(format: "%02d", step % 60)
            )
            harness.variables["CS_NOW"] = "2026-11-\(day)T\(hour):\(minute):00Z"
            let roll = generator.next() % 20
            guard roll > 2, let ticket = pick() else {
                let opened = harness.run([
                    "open", "결제 문의 \(step)", "--customer", "고객\(generator.next() % 30)", "--priority",
                    ["low", "normal", "high", "urgent"][Int(generator.next() % 4)], "--payment", "P\(step)",
                    "--amount", "\(10_000 + generator.next() % 50_000)", "--body", "본문 \(step)", "-q",
                ])
                if opened.status == 0 { tickets.append(opened.stdout.trimmingCharacters(in: .newlines)) }
                continue
            }
            let agent = agents[Int(generator.next() % 4)]
            switch roll {
            case 3: harness.run(["reply", ticket, "답변 \(step)"])
            case 4: harness.run(["reply", ticket, "--from-customer", "고객 답장 \(step)"])
            case 5: harness.run(["note", ticket, "메모 \(step)"])
            case 6: harness.run(["assign", ticket, agent])
            case 7: harness.run(["assign", ticket, agent, "--reason", "교대"])
            case 8: harness.run(["escalate", ticket, "--reason", "확인 필요"])
            case 9: harness.run(["tag", ticket, "+vip", "-urgent"])
            case 10: harness.run(["tag", ticket, "-vip", "+재문의"])
            case 11:
                harness.run([
                    "refund", ticket, "1000", "--reason", "부분 환불", "--idempotency-key", "k\(generator.next() % 40)",
                ])
            case 12: harness.run(["status", ticket, ["open", "pending", "solved"][Int(generator.next() % 3)]])
            case 13: harness.run(["close", ticket])
            case 14: harness.run(["reopen", ticket])
            case 15: harness.run(["rate", ticket, "\(1 + generator.next() % 5)"])
            case 16: harness.run(["priority", ticket, ["low", "normal", "high", "urgent"][Int(generator.next() % 4)]])
            case 17: harness.run(["faq", "add", "f\(step)", "--question", "환불은 언제 되나요 \(step)", "--answer", "3일 이내"])
            case 18: harness.run(["faq", "remove", "f\(step - 1)"])
            default: harness.run(["payment", ticket, "P\(step)", "20000"])
            }
        }
        harness.variables["CS_NOW"] = "2026-12-01T00:00:00Z"
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func snapshotsAtRandomPointsAnswerAsAFullReplay(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let harness = Harness.withFixtureDesk()
        for round in 0..<4 {
            // A tail bound of 0 refreshes the snapshot at every write; a large one leaves it
            // behind. Alternating them puts the snapshot's cut at random places.
            harness.variables["CS_SNAPSHOT_TAIL"] = generator.next() % 2 == 0 ? "0" : "100000000"
            Self.randomWork(harness, steps: 20 + Int(generator.next() % 30), generator: &generator)
            if generator.next() % 2 == 0 { harness.run(["list"]) }  // a reader may refresh it too
            Self.expectSameAnswers(harness, "seed \(seed), round \(round)")
        }
        #expect(FileManager.default.fileExists(atPath: harness.logPath + ".snapshot"))
    }

    @Test func deletingEveryDerivedFileChangesNoAnswer() throws {
        let harness = Harness.withFixtureDesk()
        let before = Self.answers(harness)
        for name in ["snapshot", "seen", "faq-index"] {
            #expect(FileManager.default.fileExists(atPath: harness.logPath + "." + name), "\(name) was not written")
        }
        for name in ["snapshot", "seen", "faq-index"] {
            try FileManager.default.removeItem(atPath: harness.logPath + "." + name)
        }
        #expect(Self.answers(harness) == before)
        #expect(Self.fullReplayAnswers(harness) == before)
    }

    @Test func aDamagedSnapshotIsRebuiltNeverBelieved() throws {
        let harness = Harness.withFixtureDesk()
        _ = harness.run(["list"])
        let path = harness.logPath + ".snapshot"
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var generator = SeededGenerator(seed: 9)
        var damages: [(String, Data)] = [
            ("empty", Data()), ("cut in half", good.prefix(good.count / 2)),
            ("header only", good.prefix(64)), ("garbage", Data((0..<4096).map { _ in UInt8.random(in: 0...255) })),
        ]
        for index in 0..<40 {
            var scrambled = good
            let position = Int(generator.next() % UInt64(good.count))
            scrambled[position] ^= UInt8(1 + generator.next() % 255)
            damages.append(("byte \(position) flipped (\(index))", scrambled))
        }
        let expected = Self.fullReplayAnswers(harness)
        for (name, damage) in damages {
            try damage.write(to: URL(fileURLWithPath: path))
            #expect(Self.answers(harness) == expected, "snapshot \(name)")
        }
    }

    /// Records are checked as they are read. A record that fails its checksum halfway
    /// through a command makes the command start again from the log: the same answer, the
    /// snapshot written anew, and a write appended once.
    @Test(arguments: [
        ["show", "T"], ["list", "--json"], ["stats", "--json"], ["note", "T", "from the log"],
    ])
    func aRecordThatFailsItsChecksumIsAnsweredFromTheLog(_ command: [String]) throws {
        let (harness, _, result) = try Self.answerFromADamagedSnapshot(command, subject: "QQQQQQQQ marked subject") {
            snapshot, _ in
            snapshot[try #require(snapshot.range(of: Data("QQQQQQQQ".utf8))).lowerBound] = UInt8(ascii: "X")
        }
        #expect(!result.stdout.contains("XQQQQQQQ"), "the damaged record was shown")
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: harness.logPath + ".snapshot"))
        #expect(rebuilt.range(of: Data("XQQQQQQQ".utf8)) == nil, "the damaged snapshot was kept")
    }

    /// A line of `cs list` reads the ticket's queue line (section 10, the subject's second copy
    /// in the file), not its record: a damaged queue line is answered from the log by a
    /// listing, and left alone by a command that never reads it (`show`).
    @Test(arguments: [["list", "--status", "all"], ["list", "--plain"], ["show", "T"]])
    func aDamagedQueueLineIsAnsweredFromTheLog(_ command: [String]) throws {
        let (harness, damaged, result) = try Self.answerFromADamagedSnapshot(
            command, subject: "QQQQQQQQ marked subject"
        ) { snapshot, _ in
            let last = try #require(snapshot.range(of: Data("QQQQQQQQ".utf8), options: .backwards))
            #expect(snapshot.range(of: Data("QQQQQQQQ".utf8))?.lowerBound != last.lowerBound, "a record and a line")
            snapshot[last.lowerBound] = UInt8(ascii: "X")
        }
        #expect(!result.stdout.contains("XQQQQQQQ"), "the damaged queue line was shown")
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: harness.logPath + ".snapshot"))
        if command[0] == "show" {
            #expect(rebuilt == damaged, "show reads no queue line: the snapshot is kept")
        } else {
            #expect(rebuilt.range(of: Data("XQQQQQQQ".utf8)) == nil, "the damaged snapshot was kept")
        }
    }

    /// The ticket entries and the sorted ids are checked by block as they are read, like the
    /// records: a damaged entry or id row met by a command is answered from the log, and a
    /// write decided on it is appended once.
    @Test(
        arguments: zip(
            ["entry", "entry", "entry", "entry", "id", "id", "id"],
            [
                ["show", "T"], ["list", "--status", "all"], ["stats", "--json"], ["note", "T", "from the log"],
                ["show", "T"], ["list", "--status", "all"], ["note", "T", "from the log"],
            ]))
    func aDamagedEntryOrIdRowIsAnsweredFromTheLog(_ place: String, _ command: [String]) throws {
        var damagedID = Data()
        let (harness, damaged, _) = try Self.answerFromADamagedSnapshot(command, subject: "marked subject") {
            snapshot, ticket in
            // The id is written in its entry (section 1, first) and its id row (section 3, last).
            let id = Data(ticket.utf8)
            let at = try #require(
                place == "entry"
                    ? snapshot.range(of: id)?.lowerBound : snapshot.range(of: id, options: .backwards)?.lowerBound)
            snapshot[at + 1] ^= 0x20
            damagedID = snapshot[at..<(at + id.count)]
        }
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: harness.logPath + ".snapshot"))
        if place == "id" && command[0] == "list" {
            #expect(rebuilt == damaged, "a list reads no id row: the snapshot is kept")
        } else {
            #expect(rebuilt.range(of: damagedID) == nil, "the damaged snapshot was kept")
        }
    }

    /// A ticket's id is looked up reading the rows on the way unchecked, the row it lands on
    /// checked: damaged rows beside it (on the search's last steps) may go unnoticed, but never
    /// change the answer, nor what a write appends.
    @Test(arguments: [["show", "T"], ["note", "T", "from the log"]])
    func damagedIdRowsBesideTheOneLookedUpNeverChangeTheAnswer(_ command: [String]) throws {
        _ = try Self.answerFromADamagedSnapshot(command, subject: "marked subject") { snapshot, ticket in
            let at = try #require(snapshot.range(of: Data(ticket.utf8), options: .backwards)?.lowerBound)
            // Id rows are 24 bytes (`DeskSnapshot.idRowSize`): the first byte of each neighbour's id.
            for neighbour in [at - 24, at + 24] { snapshot[neighbour] ^= 0x01 }
        }
    }

    /// An export is written as it goes, a megabyte at a time, so it checks every record block
    /// before its first byte: a damaged record near the end of a large export is answered
    /// again, whole, from the log (exit 0), not cut short after the first megabyte (exit 4).
    @Test func aLargeExportOverADamagedRecordIsAnsweredWholeFromTheLog() throws {
        let harness = Harness.withEmptyDesk()
        let long = String(repeating: "환불 요청 ", count: 300)
        let rows = (0..<400).map { "\(long)\($0 == 399 ? "QQQQQQQQ" : "ticket") \($0),customer \($0)" }
        try (["subject,customer"] + rows).joined(separator: "\n")
            .write(toFile: harness.folder + "/rows.csv", atomically: true, encoding: .utf8)
        #expect(harness.run(["import", "rows.csv"]).status == 0)
        let path = harness.logPath + ".snapshot"
        try? FileManager.default.removeItem(atPath: path)
        _ = harness.run(["list"])
        var snapshot = try Data(contentsOf: URL(fileURLWithPath: path))
        snapshot[try #require(snapshot.range(of: Data("QQQQQQQQ".utf8))).lowerBound] = UInt8(ascii: "X")
        try snapshot.write(to: URL(fileURLWithPath: path))

        // The real binary on a pipe: output past the buffer is gone for good.
        let binary = BinaryTests()
        let result = try binary.run(["--log", harness.logPath, "export"], in: harness.folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.utf8.count > 1 << 20, "an export of over a megabyte")
        let expected = try binary.run(
            ["--log", harness.logPath, "export"], in: harness.folder, environment: ["CS_NO_DERIVED": "1"])
        let same = result.stdout == expected.stdout
        #expect(same, "\(result.stdout.utf8.count) bytes, a full replay's \(expected.stdout.utf8.count)")
    }

    /// Runs `command` (`T`: the last ticket) on a desk of 31 tickets whose fresh snapshot
    /// `damage` changed, and expects the full replay's answer, or a write appended once.
    private static func answerFromADamagedSnapshot(
        _ command: [String], subject: String, damage: (inout Data, _ ticket: String) throws -> Void
    ) throws -> (harness: Harness, damaged: Data, result: RunResult) {
        let harness = Harness.withEmptyDesk()
        for number in 0..<30 { _ = harness.open("Ticket \(number)") }
        let ticket = harness.open(subject)
        let arguments = command.map { $0 == "T" ? ticket : $0 }
        let path = harness.logPath + ".snapshot"
        // A snapshot of every ticket: written by the first read without one.
        try FileManager.default.removeItem(atPath: path)
        _ = harness.run(["list"])
        var snapshot = try Data(contentsOf: URL(fileURLWithPath: path))
        try damage(&snapshot, ticket)
        try snapshot.write(to: URL(fileURLWithPath: path))
        let linesBefore = harness.logBytes.split(separator: 0x0A).count

        let result = harness.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        if command[0] == "note" {
            #expect(harness.logBytes.split(separator: 0x0A).count == linesBefore + 1, "appended once")
            #expect(harness.run(["show", ticket]).stdout.contains("from the log"))
        } else {
            harness.variables["CS_NO_DERIVED"] = "1"
            #expect(result.stdout == harness.run(arguments).stdout)
            harness.variables["CS_NO_DERIVED"] = nil
        }
        return (harness, snapshot, result)
    }

    /// Standard input cannot be read twice: a write that read it and met a damaged record
    /// appends nothing and says so (exit 4); the snapshot is gone, so running it again works.
    @Test func aDamagedRecordAfterStandardInputIsSaidNotGuessed() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("QQQQQQQQ marked subject")
        let path = try harness.damageSnapshotRecord(at: "QQQQQQQQ")
        let before = harness.logBytes
        let result = harness.run(["note", ticket, "-"], stdin: "typed on standard input")
        #expect(result.status == 4)
        #expect(result.stderr.contains("failed its checksum while this command read it"), "\(result.stderr)")
        #expect(
            result.stderr.hasSuffix(
                "nothing was changed (standard input cannot be read twice): run the command again\n"))
        #expect(harness.logBytes == before, "a note decided on a damaged record was appended")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(harness.run(["note", ticket, "-"], stdin: "typed again").status == 0)
    }

    @Test func aSnapshotFromAnotherHistoryIsNotBelieved() throws {
        // Two desks with the same first lines: the second's snapshot copied beside the first.
        let first = Harness.withFixtureDesk(), second = Harness.withFixtureDesk()
        second.run(["note", "2QYK", "only in the second desk"])
        _ = first.run(["list"])
        _ = second.run(["list"])
        for name in ["snapshot", "seen"] {
            try FileManager.default.removeItem(atPath: first.logPath + "." + name)
            try FileManager.default.copyItem(atPath: second.logPath + "." + name, toPath: first.logPath + "." + name)
        }
        Self.expectSameAnswers(first, "a borrowed snapshot")
        #expect(!first.run(["show", "2QYK"]).stdout.contains("only in the second desk"))
    }

    @Test func anEditInPlaceIsNoticedEvenWhenTheLengthStaysTheSame() throws {
        let harness = Harness.withFixtureDesk()
        _ = harness.run(["list"])
        // Change one byte of an early line, in place: same file, same size.
        let handle = try #require(FileHandle(forUpdatingAtPath: harness.logPath))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: harness.logPath))
        let position = try #require(bytes.firstRange(of: Data("중복 결제가".utf8))).lowerBound
        try handle.seek(toOffset: UInt64(position))
        handle.write(Data("중복 결재가".utf8))
        try handle.close()
        let result = harness.run(["list"])
        #expect(result.status == 4, "the snapshot answered for a log edited by hand: \(result.stdout.prefix(200))")
        #expect(result.stderr.contains("checksum mismatch"))
        #expect(harness.run(["faq", "search", "환불"]).status == 4, "search must not answer from a damaged log either")
    }

    @Test(.enabled(if: SnapshotTests.hasGit, "git is not installed"))
    func aLogCheckedOutFromAnOlderCommitIsReadAsItIsNow() throws {
        let harness = Harness.withFixtureDesk()
        func git(_ arguments: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "git -c user.name=t -c user.email=t@x " + arguments + " > /dev/null 2>&1"]
            process.currentDirectoryURL = URL(fileURLWithPath: harness.folder)
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git("init -q . && git add .cs/events.jsonl && git commit -qm old")
        for index in 0..<30 { harness.run(["note", "2QYK", "after the commit \(index)"]) }
        harness.variables["CS_SNAPSHOT_TAIL"] = "0"
        harness.run(["note", "2QYK", "snapshot now covers this"])
        #expect(harness.run(["show", "2QYK"]).stdout.contains("snapshot now covers this"))
        try git("checkout -q -- .cs/events.jsonl")
        let shown = harness.run(["show", "2QYK"])
        #expect(!shown.stdout.contains("after the commit"), "a snapshot of a later history answered")
        Self.expectSameAnswers(harness, "after git checkout")
    }

    static let hasGit = ["/usr/bin/git", "/bin/git", "/usr/local/bin/git"].contains {
        FileManager.default.isExecutableFile(atPath: $0)
    }
}

@testable import CSDomain
import Foundation
import Testing

/// Crashes, damage, hostile input and privacy, through the command line.
@Suite struct ReliabilityTests {
    static let tornText = #"{"v":1,"id":"ABCDEFGHJKMNPQR","type":"noted","tick"#

    func tornDesk() -> (Harness, String) {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["reply", ticket, "확인하겠습니다"])
        // What a kill -9 in the middle of an append leaves: part of a line, no newline.
        let handle = FileHandle(forWritingAtPath: harness.logPath)!
        handle.seekToEndOfFile()
        handle.write(Data(Self.tornText.utf8))
        handle.closeFile()
        return (harness, ticket)
    }

    @Test func readingCommandsWorkAndWarnOnATornTail() {
        let (harness, ticket) = tornDesk()
        let shown = harness.run(["show", ticket])
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("확인하겠습니다"))
        #expect(
            shown.stderr == "cs: warning: .cs/events.jsonl:3: the last line is incomplete (a write was cut off); "
                + "showing the log without it; run 'cs repair'\n")
        #expect(harness.run(["list", "--json"]).status == 0)
        #expect(harness.run(["log"]).status == 0)
    }

    @Test func writingRefusesOnATornTailUntilRepaired() {
        let (harness, ticket) = tornDesk()
        let before = harness.logBytes
        let refused = harness.run(["note", ticket, "x"])
        #expect(refused.status == 4)
        #expect(
            refused.stderr.contains(
                ":3: the last line is incomplete (a write was cut off); nothing can be added after it: run 'cs repair'")
        )
        #expect(harness.logBytes == before)
        let verify = harness.run(["verify"])
        #expect(verify.status == 4)
        #expect(verify.stdout == ".cs/events.jsonl:3: the last line is incomplete (a write was cut off)\n")

        let repaired = harness.run(["repair"])
        #expect(repaired.status == 0)
        #expect(
            repaired.stdout.contains(
                ":3: cut an incomplete last line (\(Self.tornText.utf8.count) bytes); the cut bytes are saved as "
                    + ".cs/events.jsonl.repair-20261123T000000Z.bak"
            ))
        let backup = try? Data(contentsOf: URL(fileURLWithPath: harness.logPath + ".repair-20261123T000000Z.bak"))
        #expect(backup.map(Array.init) == Array(Self.tornText.utf8), "the backup holds the cut bytes")
        #expect(
            Array(harness.logBytes) + Array(Self.tornText.utf8) == before,
            "the log and the backup together are the original")
        #expect(harness.logBytes.count == before.count - Self.tornText.utf8.count)
        #expect(harness.run(["verify"]).status == 0)
        #expect(harness.run(["note", ticket, "x"]).status == 0)
        #expect(harness.run(["repair"]).stdout == ".cs/events.jsonl: nothing to repair\n")
    }

    @Test func twoRepairsInOneSecondKeepTwoBackups() throws {
        let (harness, _) = tornDesk()
        #expect(harness.run(["repair"]).status == 0)
        let handle = try #require(FileHandle(forWritingAtPath: harness.logPath))
        handle.seekToEndOfFile()
        handle.write(Data(Self.tornText.utf8))
        handle.closeFile()
        let second = harness.run(["repair"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("saved as .cs/events.jsonl.repair-20261123T000000Z-2.bak"))
    }

    @Test func repairNeverRemovesAWholeEvent() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["reply", ticket, "마지막 답변"])
        var bytes = harness.logBytes
        bytes.removeLast()  // only the newline is missing
        try Data(bytes).write(to: URL(fileURLWithPath: harness.logPath))
        let repaired = harness.run(["repair"])
        #expect(repaired.stdout.contains("the last event was whole but lacked its newline; completed it"))
        #expect(harness.run(["show", ticket]).stdout.contains("마지막 답변"))
        #expect(harness.run(["verify"]).status == 0)
    }

    @Test func repairRefusesOtherDamage() throws {
        let harness = Harness()
        let copy = harness.folder + "/edited.jsonl"
        try FileManager.default.copyItem(
            atPath: Paths.fixtures.appendingPathComponent("invalid/edited-line.jsonl").path, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let result = harness.run(["--log", copy, "repair"])
        #expect(result.status == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test func cardNumbersAndResidentNumbersAreMaskedBeforeWriting() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("카드 4111-1111-1111-1111 결제 오류", ["--body", "주민번호 900101-1234567 입니다"])
        let note = harness.run(["note", ticket, "card 5555 5555 5555 4444 checked"])
        #expect(
            note.stderr
                == "cs: masked a card number in the text before writing it (only the last four digits are kept)\n")
        harness.run(["escalate", ticket, "--reason", "RRN 850615-2345678 mismatch"])
        let log = String(decoding: harness.logBytes, as: UTF8.self)
        for secret in ["4111-1111-1111", "900101-1234567", "5555 5555 5555", "850615-2345678"] {
            #expect(!log.contains(secret), "\(secret) reached the log")
        }
        #expect(
            log.contains("****-****-****-1111") && log.contains("******-***4567") && log.contains("**** **** **** 4444")
        )
    }

    @Test func verifyWarnsAboutWideOpenPermissions() throws {
        let harness = Harness.withEmptyDesk()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: harness.logPath)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: harness.folder + "/.cs")
        let result = harness.run(["verify"])
        #expect(result.status == 0)
        #expect(
            result.stderr.contains("warning: .cs is open to other users (mode 755); it holds personal data: chmod 700"))
        #expect(result.stderr.contains("warning: .cs/events.jsonl is open to other users (mode 644)"))
    }

    @Test(
        arguments: [
            (["open", String(repeating: "가", count: 100_000), "--customer", "x"], Int32(0)),
            (["faq", "search", String(repeating: "가나", count: 50_000)], Int32(0)),
            (["open", "x", "--customer", ""], Int32(2)),
            (["open", "", "--customer", "x"], Int32(2)),
            (["open", "a\u{1}b\u{1B}c", "--customer", "x"], Int32(0)),
            (["payment", "T", "P1", "99999999999999999999999"], Int32(2)),
            (["payment", "T", "P1", "92233720368547758.08", "--currency", "USD"], Int32(2)),
            (["refund", "T", "-1", "--reason", "x"], Int32(2)),
            (["list", "--since", "99999-01-01"], Int32(2)),
            (["list", "--since", "0000-01-01"], Int32(2)),
            (["list", "--since", "9999999999d"], Int32(2)),
            (["list", "--limit", "0"], Int32(2)),
            (["list", "--limit", "99999999999999999999"], Int32(2)),
            (["rate", "T", "-1"], Int32(2)),
            (["show", ""], Int32(2)),
            (["show", "\u{0}"], Int32(3)),
        ] as [([String], Int32)])
    func hostileArgumentsGetAnErrorOrAreStoredFaithfully(_ arguments: [String], _ status: Int32) throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        let before = harness.logBytes
        let result = harness.run(arguments.map { $0 == "T" ? ticket : $0 })
        #expect(result.status == status, "\(result.stderr)")
        if status != 0 {
            #expect(result.stderr.hasPrefix("cs: ") && result.stderr.filter { $0 == "\n" }.count == 1)
            #expect(harness.logBytes == before)
        } else {
            #expect(harness.run(["verify"]).status == 0, "what was stored replays")
        }
    }

    @Test func bodyFilesMustBeUTF8() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        try Data([0x48, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: harness.folder + "/bad.txt"))
        let before = harness.logBytes
        let result = harness.run(["note", ticket, "--body-file", "bad.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "cs: cannot read 'bad.txt': not UTF-8 text\n")
        #expect(harness.logBytes == before)
    }
}

/// Seeded, bounded random input: argv words and log bytes. Every run must end in an exit
/// status from the table, one error line, and an untouched log when refused.
@Suite struct RandomInputTests {
    static let words = [
        "open", "reply", "note", "list", "show", "refund", "tag", "status", "close", "--json", "-q",
        "--priority", "urgent", "--", "-", "--reason", "--customer", "김민수", "+vip", "-vip",
        "5000", "-5", "1e9", "--status=all", "--log", "", " ", "\u{1B}[31m", "x=y", "--as", "L3",
        "--to", "--since", "7d", "--limit", "999999999999", "결제", "--color", "never", "-h",
    ]

    @Test func randomArgvNeverCrashes() {
        var generator = SeededGenerator(seed: 20261123)
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        for _ in 0..<400 {
            let count = Int(generator.next() % 7)
            var argv = (0..<count).map { _ in Self.words[Int(generator.next() % UInt64(Self.words.count))] }
            if generator.next() % 3 == 0 { argv.insert(ticket, at: min(1, argv.count)) }
            let before = harness.logBytes
            let result = harness.run(argv)
            #expect([0, 1, 2, 3].contains(result.status), "\(argv): \(result.status)")
            if result.status != 0 {
                #expect(result.stderr.hasPrefix("cs: "), "\(argv)")
                #expect(harness.logBytes == before, "\(argv) was refused but changed the log")
            }
        }
        #expect(harness.run(["verify"]).status == 0)
    }

    @Test func randomBytesAreRefusedWithALineNumber() {
        var generator = SeededGenerator(seed: 77)
        let desk = Array(try! Data(contentsOf: URL(fileURLWithPath: Paths.deskFixture)))
        for _ in 0..<300 {
            var bytes = Array(desk.prefix(3000))
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                let position = Int(generator.next() % UInt64(bytes.count))
                bytes[position] = UInt8(truncatingIfNeeded: generator.next())
            }
            do {
                _ = try LogReader.replay(bytes, path: "random.jsonl")
            } catch {
                guard case .damaged(_, let line, _) = error else { Issue.record("\(error)"); continue }
                #expect(line >= 1)
            }
            _ = LogVerifier.verify(bytes, path: "random.jsonl")
        }
    }
}

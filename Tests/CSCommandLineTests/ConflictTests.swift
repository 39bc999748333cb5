import CSDomain
import Foundation
import Testing

/// Two copies of one desk, each keeping the rules alone, merged as git's driver merges them:
/// the union breaks rules neither copy broke. Replay keeps every event and marks the ones
/// that break a rule; a contested refund is never counted; `cs resolve` settles them.
@Suite struct ConflictTests {
    /// A desk with one ticket of a 30,000 KRW payment, copied: `ours` and `theirs` write apart
    /// from `base`, then `merge()` folds theirs into ours (and ours into theirs: the same bytes).
    final class Copies: @unchecked Sendable {
        let ours = Harness.withFixtureDesk()
        let theirs = Harness.withFixtureDesk()
        let ticket: String
        var base: String { ours.folder + "/base.jsonl" }

        init() throws {
            // Under a fixed clock, ids are the same on every run (the goldens show them).
            ours.variables["CS_NOW"] = "2026-11-24T09:00:00Z"
            ticket = ours.open("이중 환불 확인", ["--payment", "PAY-30", "--amount", "30000"])
            ours.variables["CS_NOW"] = nil
            try Data(ours.logBytes).write(to: URL(fileURLWithPath: base))
            try Data(ours.logBytes).write(to: URL(fileURLWithPath: theirs.logPath))
        }

        func merge() throws {
            let mine = ours.folder + "/mine.jsonl"
            try Data(ours.logBytes).write(to: URL(fileURLWithPath: mine))
            let merged = ours.run(["merge-driver", base, ours.logPath, theirs.logPath])
            #expect(merged.status == 0, "\(merged.stderr)")
            let other = theirs.run(["merge-driver", base, theirs.logPath, mine])
            #expect(other.status == 0, "\(other.stderr)")
            #expect(ours.logBytes == theirs.logBytes, "either side merging gives the same log")
        }

        func json(_ harness: Harness? = nil) throws -> [String: Any] {
            let shown = (harness ?? ours).run(["show", ticket, "--json"])
            return try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any] ?? [:]
        }
    }

    @Test func twoRefundsOverThePaymentCountOnlyTheFirst() throws {
        let copies = try Copies()
        #expect(
            copies.ours.run(["refund", copies.ticket, "20000", "--reason", "ours"], at: "2026-11-24T10:00:00Z").status
                == 0)
        #expect(
            copies.theirs.run(["refund", copies.ticket, "20000", "--reason", "theirs"], at: "2026-11-24T10:00:05Z")
                .status
                == 0)
        try copies.merge()
        let ticket = try copies.json()
        #expect(ticket["refundedTotal"] as? Int == 20000)
        #expect(ticket["refundable"] as? Int == 10000)
        let refunds = ticket["refunds"] as? [[String: Any]] ?? []
        #expect(refunds.map { $0["reason"] as? String } == ["ours", "theirs"])
        #expect(refunds.map { $0["standing"] as? String } == ["counted", "contested"])
        let conflicts = ticket["conflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.count == 1)
        #expect(conflicts.first?["rule"] as? String == "over-refund")
        #expect(conflicts.first?["event"] as? String == refunds.last?["id"] as? String)
        #expect(conflicts.first?["counted"] as? [String] == [refunds[0]["id"] as? String ?? ""])
        #expect(conflicts.first?["settledBy"] is NSNull)

        // The rules go on from what counts: 10,000 may still be refunded, not more.
        let over = copies.ours.run(["refund", copies.ticket, "10001", "--reason", "too much"])
        #expect(over.status == 1)

        // cs verify: sound (exit 0), each open conflict located by its line.
        let verified = copies.ours.run(["verify"])
        #expect(verified.status == 0, "\(verified.stdout)\(verified.stderr)")
        let lines = copies.ours.logBytes.split(separator: UInt8(ascii: "\n")).count
        #expect(verified.stdout.contains(".cs/events.jsonl:\(lines): conflict on ticket \(copies.ticket), event "))
        #expect(
            verified.stdout.hasSuffix(
                "1 open conflict on 1 ticket (the log is sound: list them with "
                    + "'cs list --conflicts', settle each with 'cs resolve TICKET')\n"))
        #expect(copies.ours.run(["list", "--conflicts", "--plain"]).stdout.hasPrefix(copies.ticket + "\t"))

        // Settled as replay read it: the contested refund is void, nothing else changes.
        let settled = copies.ours.run(["resolve", copies.ticket, "--reason", "은행 확인: 첫 환불만 처리"])
        #expect(settled.status == 0, "\(settled.stderr)")
        #expect(settled.stdout == "settled 1 conflict on \(copies.ticket); refundable now 10,000 KRW\n")
        let after = try copies.json()
        #expect((after["refunds"] as? [[String: Any]])?.map { $0["standing"] as? String } == ["counted", "void"])
        #expect(copies.ours.run(["list", "--conflicts", "--plain"]).stdout == "")
        #expect(!copies.ours.run(["verify"]).stdout.contains("conflict"))

        // Refusals: a --void that names no refund is not found (3), a reason with nothing to
        // read in it is a usage error (2), empty standard input is said as such; none appends.
        let before = copies.theirs.logBytes
        let unknown = copies.theirs.run(["resolve", copies.ticket, "--void", "ZZZZ", "--reason", "x"])
        #expect(unknown.status == 3)
        #expect(
            unknown.stderr
                == "cs: 'ZZZZ' names no refund of ticket \(copies.ticket); 'cs show \(copies.ticket) --json' "
                + "lists its refunds' ids\n")
        let invisible = copies.theirs.run(["resolve", copies.ticket, "--reason", "\u{7}\u{200B} \u{1B}"])
        #expect(invisible.status == 2 && invisible.stderr.contains("expected some text"), "\(invisible.stderr)")
        let empty = copies.theirs.run(["resolve", copies.ticket, "--reason", "-"], stdin: "")
        #expect(
            empty.stderr
                == "cs: invalid --reason '-'; expected text on standard input ('-' reads it), which was empty\n")
        let unchanged = copies.theirs.logBytes == before
        #expect(unchanged)

        // In the other copy the bank said the second went through: void the first instead.
        let first = String((refunds[0]["id"] as? String ?? "").prefix(6))
        let chosen = copies.theirs.run(["resolve", copies.ticket, "--void", first, "--reason", "PG사 확인"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        let other = try copies.json(copies.theirs)
        #expect((other["refunds"] as? [[String: Any]])?.map { $0["standing"] as? String } == ["void", "counted"])
        #expect(other["refundedTotal"] as? Int == 20000)
    }

    @Test func aRepeatedIdempotencyKeyRefundsOnce() throws {
        let copies = try Copies()
        for (copy, second) in [(copies.ours, "00"), (copies.theirs, "07")] {
            let result = copy.run(
                ["refund", copies.ticket, "5000", "--reason", "retry", "--idempotency-key", "ord-1"],
                at: "2026-11-24T10:00:\(second)Z")
            #expect(result.status == 0, "\(result.stderr)")
        }
        try copies.merge()
        let ticket = try copies.json()
        #expect(ticket["refundedTotal"] as? Int == 5000)
        let conflicts = ticket["conflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.map { $0["rule"] as? String } == ["repeated-key"])
        let refunds = ticket["refunds"] as? [[String: Any]] ?? []
        #expect(conflicts.first?["original"] as? String == refunds.first?["id"] as? String)
    }

    @Test func aReplyToATicketTheOtherCopyClosedIsKeptAndMarked() throws {
        let copies = try Copies()
        #expect(copies.ours.run(["close", copies.ticket], at: "2026-11-24T10:00:00Z").status == 0)
        #expect(copies.theirs.run(["reply", copies.ticket, "환불 접수했습니다"], at: "2026-11-24T10:00:30Z").status == 0)
        try copies.merge()
        let ticket = try copies.json()
        #expect(ticket["status"] as? String == "closed")
        #expect((ticket["conflicts"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["closed"])
        // Listed whatever its status: a closed ticket's conflict is still open.
        #expect(copies.ours.run(["list", "--conflicts", "--plain"]).stdout.hasPrefix(copies.ticket))
        let shown = copies.ours.run(["show", copies.ticket]).stdout
        #expect(shown.contains("환불 접수했습니다\n     ! conflict (event "))
        #expect(
            shown.contains(
                "came after the ticket was closed, from a copy that had not seen the close; "
                    + "settle it with 'cs resolve \(copies.ticket)'"))
        // Settled on the closed ticket, with no refund to void.
        #expect(copies.ours.run(["resolve", copies.ticket, "--reason", "reply was sent"]).status == 0)
        let again = copies.ours.run(["resolve", copies.ticket, "--reason", "again"])
        let before = copies.ours.logBytes
        #expect(again.status == 1)
        #expect(
            again.stderr == "cs: ticket \(copies.ticket) has no open conflicts to settle; "
                + "'cs list --conflicts' lists the tickets that do\n")
        #expect(copies.ours.logBytes == before)
    }

    @Test func bothCopiesSettingOneFieldSayWhichValueWon() throws {
        let copies = try Copies()
        // In one copy, one after the other: no conflict.
        #expect(copies.ours.run(["priority", copies.ticket, "high"], at: "2026-11-24T10:00:00Z").status == 0)
        #expect(copies.ours.run(["assign", copies.ticket, "park"], at: "2026-11-24T10:00:01Z").status == 0)
        #expect(try copies.json()["conflicts"] as? [Any] == nil || (try copies.json()["conflicts"] as? [Any])!.isEmpty)
        #expect(copies.theirs.run(["priority", copies.ticket, "urgent"], at: "2026-11-24T10:05:00Z").status == 0)
        #expect(copies.theirs.run(["assign", copies.ticket, "lee"], at: "2026-11-24T10:05:01Z").status == 0)
        try copies.merge()
        let ticket = try copies.json()
        #expect(ticket["priority"] as? String == "urgent")
        #expect(ticket["assignee"] as? String == "lee")
        let conflicts = ticket["conflicts"] as? [[String: Any]] ?? []
        #expect(conflicts.map { $0["field"] as? String } == ["priority", "assignee"])
        #expect(conflicts.map { $0["lost"] as? String } == ["high", "park"])
        #expect(conflicts.map { $0["won"] as? String } == ["urgent", "lee"])
    }

    @Test func showAndVerifyWordConflictsInEitherLanguage() throws {
        let copies = try Copies()
        copies.ours.run(["refund", copies.ticket, "20000", "--reason", "ours"], at: "2026-11-24T10:00:00Z")
        copies.ours.run(["close", copies.ticket], at: "2026-11-24T10:01:00Z")
        copies.theirs.run(["refund", copies.ticket, "20000", "--reason", "theirs"], at: "2026-11-24T10:00:30Z")
        copies.theirs.run(["priority", copies.ticket, "high"], at: "2026-11-24T10:02:00Z")
        try copies.merge()
        for (name, language) in [("conflict-show", "en"), ("ko-conflict-show", "ko")] {
            copies.ours.variables["CS_LANG"] = language
            let arguments = ["show", copies.ticket]
            Golden.check(
                name, arguments: arguments, result: copies.ours.run(arguments), variables: ["CS_LANG": language])
        }
        copies.ours.variables["CS_LANG"] = nil
        // Derived state holds the conflicts too: the same answers with it as without.
        copies.ours.variables["CS_SNAPSHOT_TAIL"] = "0"
        SnapshotTests.expectSameAnswers(copies.ours, "a merged desk with conflicts")
    }
}

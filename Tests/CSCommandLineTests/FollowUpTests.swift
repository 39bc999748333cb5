import Foundation
import Testing

/// Follow-ups (후속 관리): scheduled, listed when due, done or cancelled, counted.
@Suite struct FollowUpTests {
    /// A desk with one ticket, under a fixed clock: ids and times are the same on every run.
    static func desk() -> (Harness, String) {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-24T01:00:00Z"
        let ticket = harness.open("환불 입금 확인", ["--payment", "P-1", "--amount", "10000"])
        harness.variables["CS_NOW"] = nil
        return (harness, ticket)
    }

    @Test func scheduledFollowUpsAreListedWhenDueTheOneDueFirstFirst() throws {
        let (harness, first) = Self.desk()
        harness.variables["CS_NOW"] = "2026-11-24T01:05:00Z"
        let second = harness.open("카드 변경 문의")
        let later = harness.run(["follow-up", first, "--in", "3d", "--note", "입금 확인 전화"], at: "2026-11-24T01:10:00Z")
        #expect(later.status == 0 && later.stdout == "follow-up on \(first) due 2026-11-27 10:10 KST\n", "\(later)")
        let sooner = harness.run(["status", second, "solved", "--follow-up", "2d"], at: "2026-11-24T01:11:00Z")
        #expect(sooner.stdout == "\(second) is now solved; follow-up due 2026-11-26 10:11 KST\n", "\(sooner)")
        // Nothing is due yet; both are open.
        #expect(harness.run(["list", "--follow-ups", "--plain"], at: "2026-11-25T00:00:00Z").stdout == "")
        let all = harness.run(["list", "--follow-ups", "all", "--plain"], at: "2026-11-25T00:00:00Z").stdout
        #expect(all.split(separator: "\n").map { String($0.prefix(8)) } == [second, first])
        // Three days on, both are due; the solved ticket is listed too.
        Golden.check(
            "list-follow-ups", arguments: ["list", "--follow-ups"],
            result: harness.run(["list", "--follow-ups"], at: "2026-11-28T00:00:00Z"),
            variables: ["CS_NOW": "2026-11-28T00:00:00Z"])
        let shown = harness.run(["show", first], at: "2026-11-28T00:00:00Z").stdout
        #expect(shown.contains("follow-ups: 2026-11-27 10:10 KST (22h ago)  \"입금 확인 전화\"\n"), "\(shown)")

        let done = harness.run(["follow-up", second, "--done"], at: "2026-11-28T00:00:00Z")
        #expect(done.stdout == "follow-up on \(second) due 2026-11-26 10:11 KST done\n")
        let cancelled = harness.run(["follow-up", first, "--cancel"], at: "2026-11-28T00:01:00Z")
        #expect(cancelled.stdout == "follow-up on \(first) due 2026-11-27 10:10 KST cancelled\n")
        #expect(harness.run(["list", "--follow-ups", "all", "--plain"], at: "2026-11-28T00:02:00Z").stdout == "")
        let json = harness.run(["show", first, "--json"], at: "2026-11-28T00:02:00Z").stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let followUps = object?["followUps"] as? [[String: Any]]
        #expect(followUps?.first?["state"] as? String == "cancelled")
        #expect(followUps?.first?["closedAt"] as? String == "2026-11-28T00:01:00Z")

        // The figures: one done late (after its due time), one cancelled.
        let stats = harness.run(["stats", "--json"], at: "2026-11-28T00:03:00Z").stdout
        let figures = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        let counts = figures?["followUps"] as? [String: Int]
        #expect(counts == ["done": 1, "onTime": 0, "late": 1, "open": 0, "overdue": 0, "cancelled": 1])
    }

    @Test func aFollowUpAskedForIsScheduledWhenTheStatusWasSoAlready() throws {
        let (harness, ticket) = Self.desk()
        harness.run(["status", ticket, "solved"], at: "2026-11-24T01:10:00Z")
        let again = harness.run(["status", ticket, "solved", "--follow-up", "2d"], at: "2026-11-24T01:12:00Z")
        #expect(again.status == 0 && again.stdout.hasSuffix("follow-up due 2026-11-26 10:12 KST\n"), "\(again)")
        #expect(harness.run(["list", "--follow-ups", "all", "--plain"]).stdout.hasPrefix(ticket))
    }

    @Test func refusalsNameTheWayOutAndAppendNothing() {
        let (harness, ticket) = Self.desk()
        let before = harness.logBytes
        let cases: [([String], Int32, String)] = [
            (
                ["follow-up", ticket], 2,
                "cs: 'follow-up' needs --in DURATION or --at TIME or --done or --cancel; see 'cs follow-up --help'\n"
            ),
            (["follow-up", ticket, "--in", "3d", "--done"], 2, "cs: give --in DURATION or --done, not both\n"),
            (
                ["follow-up", ticket, "--at", "2026-11-20"], 2,
                "cs: invalid --at TIME '2026-11-20'; expected a time after now, such as 2026-12-01 (that day's "
                    + "start) or 2026-12-01T10:00:00+09:00; or use --in 3d\n"
            ),
            (
                ["follow-up", ticket, "--in", "soon"], 2,
                "cs: invalid --in DURATION 'soon'; expected a duration such as 90s, 15m, 4h or 2d\n"
            ),
            (
                ["follow-up", ticket, "--done", "--note", "x"], 2,
                "cs: --note needs --in or --at as well; give both, or neither\n"
            ),
            (
                ["follow-up", ticket, "--done"], 1,
                "cs: ticket \(ticket) has no open follow-up; schedule one with 'cs follow-up \(ticket) --in 3d'\n"
            ),
            (
                ["list", "--follow-ups", "soon"], 2,
                "cs: unexpected argument 'soon' for 'list'; quote text that has spaces, or see 'cs list --help'\n"
            ),
        ]
        for (arguments, status, stderr) in cases {
            let result = harness.run(arguments, at: "2026-11-24T02:00:00Z")
            #expect(result.status == status, "\(arguments)")
            #expect(result.stderr == stderr, "\(arguments)")
        }
        #expect(harness.logBytes == before)
    }

    @Test func aFollowUpIsKeptByDerivedStateAsByReplay() {
        let (harness, ticket) = Self.desk()
        harness.run(["follow-up", ticket, "--in", "1d"], at: "2026-11-24T02:00:00Z")
        harness.run(["follow-up", ticket, "--in", "2d", "--note", "둘째"], at: "2026-11-24T02:01:00Z")
        harness.run(["follow-up", ticket, "--done"], at: "2026-11-26T02:00:00Z")
        harness.variables["CS_SNAPSHOT_TAIL"] = "0"
        harness.variables["CS_NOW"] = "2026-11-27T00:00:00Z"
        SnapshotTests.expectSameAnswers(harness, "a desk with follow-ups")
        #expect(harness.run(["list", "--follow-ups", "--plain"]).stdout.hasPrefix(ticket))
    }
}

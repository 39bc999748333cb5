import Foundation
import Testing

/// `cs stats` on a desk small enough to work out by hand, `--as-of` and `cs blame`.
@Suite struct StatsTests {
    /// Four tickets on 2026-11-23 (UTC), read at 10:00:
    /// - T1 urgent, opened 00:00, replied 00:10, solved 01:00, rated 5;
    /// - T2 normal, opened 00:00, customer 00:30, replied 01:00, pending 02:00, customer 05:00, replied 05:30,
    ///   closed 06:00, reopened 07:00, solved 08:00, rated 3;
    /// - T3 high, opened 00:00, never answered;
    /// - T4 low, opened 09:00 with a 10,000 KRW payment, 4,000 refunded at 09:30.
    static func desk() -> (Harness, [String]) {
        let harness = Harness.withEmptyDesk()
        func at(_ time: String, _ arguments: [String]) {
            let result = harness.run(arguments, at: "2026-11-23T\(time):00Z")
            if result.status != 0 { Issue.record("\(arguments): \(result.stderr)") }
        }
        func open(_ time: String, _ extra: [String]) -> String {
            harness.run(["open", "문의", "--customer", "김민수", "-q"] + extra, at: "2026-11-23T\(time):00Z").stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let t1 = open("00:00", ["--priority", "urgent"])
        let t2 = open("00:00", ["--priority", "normal"])
        let t3 = open("00:00", ["--priority", "high"])
        at("00:10", ["reply", t1, "확인 중입니다"])
        at("00:30", ["reply", t2, "--from-customer", "아직인가요?"])
        at("01:00", ["status", t1, "solved"])
        at("01:00", ["reply", t2, "확인했습니다"])
        at("01:05", ["rate", t1, "5"])
        at("02:00", ["status", t2, "pending"])
        at("05:00", ["reply", t2, "--from-customer", "서류 보냈어요"])
        at("05:30", ["reply", t2, "받았습니다"])
        at("06:00", ["close", t2])
        at("07:00", ["reopen", t2])
        at("08:00", ["status", t2, "solved"])
        at("08:05", ["rate", t2, "3"])
        let t4 = open("09:00", ["--priority", "low", "--payment", "P-4", "--amount", "10000"])
        at("09:30", ["refund", t4, "4000", "--reason", "partial"])
        return (harness, [t1, t2, t3, t4])
    }

    static func json(
        _ harness: Harness, _ arguments: [String], at time: String = "2026-11-23T10:00:00Z"
    ) throws
        -> [String: Any]
    {
        let result = harness.run(arguments + ["--json"], at: time)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    @Test func figuresWorkedOutByHand() throws {
        let (harness, tickets) = Self.desk()
        let stats = try Self.json(harness, ["stats"])
        #expect(stats["opened"] as? Int == 4 && stats["solved"] as? Int == 2 && stats["closed"] as? Int == 0)
        #expect(stats["reopened"] as? Int == 1 && stats["backlog"] as? Int == 2)
        // First replies after 600 s (T1) and 3,600 s (T2): median 2,100, p90 the 2nd of 2.
        let first = stats["firstResponse"] as! [String: Any]
        #expect(
            first["count"] as? Int == 2 && first["medianSeconds"] as? Int == 2100 && first["p90Seconds"] as? Int == 3600
        )
        // First resolved after 3,600 s (T1 solved) and 21,600 s (T2 closed at 06:00); 2 of 4.
        let resolution = stats["resolution"] as! [String: Any]
        #expect(resolution["count"] as? Int == 2 && resolution["medianSeconds"] as? Int == 12600)
        #expect(resolution["p90Seconds"] as? Int == 21600 && resolution["rate"] as? Double == 0.5)
        // Waits: T1 600; T2 3,600 (the opening and its follow-up, answered at 01:00) and 1,800; T3 and
        // T4 still waiting, T3 the longest (10 h).
        let wait = stats["wait"] as! [String: Any]
        #expect(
            wait["count"] as? Int == 3 && wait["medianSeconds"] as? Int == 1800 && wait["p90Seconds"] as? Int == 3600)
        #expect(wait["longestWaitingSeconds"] as? Int == 36000 && wait["longestWaitingTicket"] as? String == tickets[2])
        #expect(stats["reopenRate"] as? Double == 0.5)
        let csat = stats["csat"] as! [String: Any]
        #expect(csat["responses"] as? Int == 2 && csat["average"] as? Int == 4 && csat["responseRate"] as? Int == 1)
        #expect((csat["distribution"] as! [String: Int]) == ["1": 0, "2": 0, "3": 1, "4": 0, "5": 1])
        // First response: T1 (15 min) and T2 (4 h) met, T3 (1 h) breached, T4 still running.
        // Resolution: T1 (4 h) met; T2 (24 h) counted 2 h + 1 h + 1 h, met; T3 (8 h) breached; T4 running.
        let sla = stats["sla"] as! [String: [String: Any]]
        for kind in ["firstResponse", "resolution"] {
            #expect(sla[kind]?["met"] as? Int == 2 && sla[kind]?["breached"] as? Int == 1, "\(kind)")
        }
        #expect(
            (stats["refunds"] as! [[String: Any]]).map { "\($0["currency"]!) \($0["count"]!) \($0["total"]!)" } == [
                "KRW 1 4000"
            ])
        let ages = (stats["backlogAge"] as! [[String: Any]]).map { "\($0["age"]!)=\($0["count"]!)" }
        #expect(ages == ["<1h=0", "1h-4h=1", "4h-24h=1", "1d-3d=0", "3d-7d=0", ">7d=0"])
    }

    @Test func groupsByPriority() throws {
        let (harness, _) = Self.desk()
        let stats = try Self.json(harness, ["stats", "--by", "priority"])
        let groups = stats["groups"] as! [[String: Any]]
        #expect(groups.map { $0["key"] as! String } == ["high", "low", "normal", "urgent"])
        #expect(groups.map { $0["opened"] as! Int } == [1, 1, 1, 1])
        let csv = harness.run(["stats", "--by", "priority", "--csv"], at: "2026-11-23T10:00:00Z").stdout
        let rows = csv.split(separator: "\r\n", omittingEmptySubsequences: false)
        // RFC 4180: every record ends in CRLF, the last one too, and no line ends in LF alone.
        #expect(rows.count == 6 && rows[5] == "" && rows[0].hasPrefix("priority,opened,solved,"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Nothing to measure is an empty cell: high's first response has no value.
        #expect(rows[1].hasPrefix("high,1,0,0,0,1,0,,,0,0,,,"))
    }

    /// A spreadsheet reads money in major units: 297.50 USD is 297.50 in CSV; JSON keeps
    /// exact minor units (29750), as docs/json.md says.
    @Test func csvMoneyIsInMajorUnits() throws {
        let harness = Harness.withFixtureDesk()
        let csv = harness.run(["stats", "--csv"]).stdout
        let rows = csv.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init), values = rows[1].map(String.init)
        let cell = { (name: String) in values[header.firstIndex(of: name)!] }
        #expect(cell("refundsUSDTotal") == "297.50" && cell("refundsKRWTotal") == "945000")
        let json = harness.run(["stats", "--json"]).stdout
        #expect(json.contains(#"{"currency":"USD","count":"#) && json.contains(#""total":29750}"#))
    }

    @Test func nothingToMeasureIsNullNeverZero() throws {
        let stats = try Self.json(Harness.withEmptyDesk(), ["stats"])
        #expect(stats["opened"] as? Int == 0)
        #expect((stats["firstResponse"] as! [String: Any])["medianSeconds"] is NSNull)
        #expect((stats["resolution"] as! [String: Any])["rate"] is NSNull)
        #expect(stats["reopenRate"] is NSNull && (stats["csat"] as! [String: Any])["average"] is NSNull)
    }

    @Test func asOfShowsTheDeskAsItStoodAndWritesNothing() throws {
        let (harness, tickets) = Self.desk()
        let before = harness.logBytes
        // At 03:00 T2 was pending, T4 did not exist, and T1 had no rating yet... but it did: 01:05.
        let then = try Self.json(harness, ["stats", "--as-of", "2026-11-23T03:00:00Z"])
        #expect(then["opened"] as? Int == 3 && then["solved"] as? Int == 1)
        let shown = try Self.json(harness, ["show", tickets[1], "--as-of", "2026-11-23T03:00:00Z"])
        #expect(shown["status"] as? String == "pending")
        let absent = harness.run(["show", tickets[3], "--as-of", "2026-11-23T03:00:00Z"], at: "2026-11-23T10:00:00Z")
        #expect(absent.status == 3)
        let listed = harness.run(["list", "--status", "all", "--plain", "--as-of", "2026-11-23T03:00:00Z"])
        #expect(listed.stdout.split(separator: "\n").count == 3)
        let sla = try Self.json(harness, ["sla", tickets[1], "--as-of", "2026-11-23T03:00:00Z"])
        let clocks = sla["clocks"] as! [[String: Any]]
        #expect(clocks[1]["standing"] as? String == "paused" && clocks[1]["elapsedSeconds"] as? Int == 7200)
        #expect(harness.logBytes == before)
    }

    @Test func blameNamesTheEventBehindEachField() throws {
        let (harness, tickets) = Self.desk()
        let result = harness.run(["blame", tickets[1], "--json"], at: "2026-11-23T10:00:00Z")
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        func row(_ field: String) -> [String: Any] { rows.first { $0["field"] as? String == field }! }
        #expect(row("status")["value"] as? String == "solved" && row("status")["type"] as? String == "status-changed")
        #expect(row("status")["at"] as? String == "2026-11-23T08:00:00Z")
        #expect(row("priority")["type"] as? String == "opened" && row("rating")["value"] as? String == "3/5")
        #expect(row("assignee")["value"] is NSNull && row("assignee")["event"] is NSNull)
    }

    /// Never having set service levels is not an error: the defaults are in force.
    @Test func theSettingsHistoryOfADeskThatNeverChangedThem() throws {
        let harness = Harness.withEmptyDesk()
        let log = harness.run(["log", "sla"])
        #expect(log.status == 0 && log.stderr == "")
        #expect(log.stdout.hasPrefix("the service levels were never changed: the defaults are in force"))
        #expect(harness.run(["log", "sla", "--json"]).stdout == "")
        // Another word is still no ticket.
        #expect(harness.run(["log", "nosuch"]).status == 3)
    }

    @Test func slaPolicyAndHoursAreEventsTheClocksFollow() throws {
        let (harness, tickets) = Self.desk()
        let set = harness.run(
            ["sla", "policy", "high", "--first-response", "12h", "--resolution", "2d"], at: "2026-11-23T10:00:00Z")
        #expect(set.status == 0 && set.stdout == "high: first response within 12h, resolution within 2d\n")
        // T3 (high, 10 h unanswered) is no longer breached under the new targets.
        let clocks = try Self.json(harness, ["sla", tickets[2]])["clocks"] as! [[String: Any]]
        #expect(clocks[0]["breached"] as? Bool == false && clocks[0]["targetSeconds"] as? Int == 43200)
        #expect(clocks[0]["dueAt"] as? String == "2026-11-23T12:00:00Z")
        // Office hours from 09:00 UTC on weekdays: T3's first response has counted only 1 h.
        let hours = harness.run(
            ["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "UTC"],
            at: "2026-11-23T10:00:00Z")
        #expect(hours.status == 0)
        let office = try Self.json(harness, ["sla", tickets[2]])["clocks"] as! [[String: Any]]
        #expect(office[0]["elapsedSeconds"] as? Int == 3600)
        let log = harness.run(["log", "sla"]).stdout
        #expect(log.contains("sla-policy-set") && log.contains("sla-hours-set"))
    }
}

@testable import CSDomain
import Foundation
import Testing

/// The service-level clock rules, each as given (a ticket's events and the desk's hours),
/// when (the moment the clock is read), then (what it shows). Times are UTC unless a zone says.
@Suite struct ServiceLevelClockTests {
    static let zoneinfo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/zoneinfo").path

    static func time(_ text: String) -> Timestamp { Timestamp(rfc3339: text)! }

    static func zone(_ name: String) -> Zone {
        guard
            case .success(let zone) = Zone.named(
                name, zoneDirectory: zoneinfo,
                readFile: { path in
                    FileManager.default.contents(atPath: path).map { Array($0) }
                })
        else { fatalError("no zone \(name)") }
        return zone
    }

    /// Given: a ticket opened at `opened` with `priority`, then these events in order.
    static func given(
        opened: String, priority: Priority = .normal, _ steps: [(String, any TicketEventKind)] = []
    ) -> Ticket {
        var ticket = Ticket(id: "K7M2ABCD", keepingThread: true)
        ticket.apply(
            TicketOpened(subject: "결제 오류", customer: Customer(name: "김민수"), priority: priority), by: "park",
            at: time(opened), eventID: "E0")
        for (index, (at, payload)) in steps.enumerated() {
            ticket.apply(payload, by: "park", at: time(at), eventID: "E\(index + 1)")
        }
        return ticket
    }

    static func clock(
        _ kind: ServiceLevelClock.Kind, _ ticket: Ticket, at now: String, hours: BusinessHours = .always,
        zone: String = "UTC", policy: ServiceLevelPolicy = .defaults
    ) -> ServiceLevelClock {
        ServiceLevelClock.clock(
            kind, of: ticket.facts, policy: policy, calendar: BusinessCalendar(hours, zone: Self.zone(zone)),
            now: time(now))
    }

    @Test func firstResponseMetByAReplyWithinTheTarget() {
        // Given an urgent ticket (15 min) answered after 10 minutes,
        let ticket = Self.given(
            opened: "2026-11-23T09:00:00Z", priority: .urgent,
            [("2026-11-23T09:10:00Z", AgentReplied(body: "확인 중입니다"))])
        // when read an hour later,
        let clock = Self.clock(.firstResponse, ticket, at: "2026-11-23T10:00:00Z")
        // then it stopped at the reply, 600 s counted, not breached.
        #expect(clock.elapsedSeconds == 600 && !clock.breached && clock.stoppedAt == Self.time("2026-11-23T09:10:00Z"))
        #expect(clock.targetSeconds == 900 && clock.dueAt == nil)
    }

    @Test func firstResponseBreachedWithoutAReply() {
        let ticket = Self.given(opened: "2026-11-23T09:00:00Z", priority: .urgent)
        let clock = Self.clock(.firstResponse, ticket, at: "2026-11-23T09:20:00Z")
        #expect(clock.breachedAt == Self.time("2026-11-23T09:15:00Z"))
        #expect(clock.elapsedSeconds == 1200 && clock.isRunning)
    }

    @Test func pendingPausesTheResolutionClockAndACustomerMessageResumesIt() {
        // Given a normal ticket (24 h) pending from 02:00 to 10:00,
        let ticket = Self.given(
            opened: "2026-11-23T00:00:00Z",
            [
                ("2026-11-23T01:00:00Z", AgentReplied(body: "서류를 보내 주세요")),
                ("2026-11-23T02:00:00Z", StatusChanged(status: .pending)),
                ("2026-11-23T10:00:00Z", CustomerMessageReceived(body: "보냈습니다")),
            ])
        // when read at 20:00,
        let clock = Self.clock(.resolution, ticket, at: "2026-11-23T20:00:00Z")
        // then 2 h + 10 h were counted, 8 h paused, and it is due 12 h later.
        #expect(clock.elapsedSeconds == 12 * 3600 && clock.pausedSeconds == 8 * 3600)
        #expect(clock.dueAt == Self.time("2026-11-24T08:00:00Z") && !clock.breached)
        #expect(clock.intervals.map(\.state) == [.counting, .paused, .counting])
        // The reply moved it from new to open: the same counting, one stretch.
        #expect(clock.intervals.map(\.startedBy) == [0, 2, 3])
        #expect(ticket.changeCauses.map(\.type) == ["opened", "replied", "status-changed", "received"])
    }

    @Test func whilePausedNothingIsDue() {
        let ticket = Self.given(
            opened: "2026-11-23T00:00:00Z", [("2026-11-23T02:00:00Z", StatusChanged(status: .pending))])
        let clock = Self.clock(.resolution, ticket, at: "2026-11-25T00:00:00Z")
        #expect(clock.dueAt == nil && !clock.breached && clock.elapsedSeconds == 7200)
    }

    @Test func aPriorityRaiseTakesTheNewTargetFromThenOn() {
        // Given a normal ticket raised to urgent (4 h) after 1 h,
        let raised = Self.given(
            opened: "2026-11-23T00:00:00Z", [("2026-11-23T01:00:00Z", PriorityChanged(priority: .urgent))])
        // then it breaches 4 h after opening, not 24.
        #expect(
            Self.clock(.resolution, raised, at: "2026-11-23T06:00:00Z").breachedAt == Self.time("2026-11-23T04:00:00Z"))
        // Given one raised only after 5 h: it is behind the new target at once.
        let late = Self.given(
            opened: "2026-11-23T00:00:00Z", [("2026-11-23T05:00:00Z", PriorityChanged(priority: .urgent))])
        #expect(
            Self.clock(.resolution, late, at: "2026-11-23T06:00:00Z").breachedAt == Self.time("2026-11-23T05:00:00Z"))
        // And a lowered priority gives more time: normal (24 h) lowered to low (72 h) after 20 h.
        let lowered = Self.given(
            opened: "2026-11-23T00:00:00Z", [("2026-11-23T20:00:00Z", PriorityChanged(priority: .low))])
        let clock = Self.clock(.resolution, lowered, at: "2026-11-24T06:00:00Z")
        #expect(!clock.breached && clock.targetSeconds == 72 * 3600 && clock.dueAt == Self.time("2026-11-26T00:00:00Z"))
    }

    @Test func solvedStopsAndReopenedResumes() {
        let ticket = Self.given(
            opened: "2026-11-23T00:00:00Z",
            [
                ("2026-11-23T03:00:00Z", StatusChanged(status: .solved)),
                ("2026-11-23T10:00:00Z", TicketReopened(reason: "again")),
            ])
        let stopped = Self.clock(.resolution, ticket, at: "2026-11-23T05:00:00Z")
        #expect(stopped.stoppedAt == Self.time("2026-11-23T03:00:00Z") && stopped.elapsedSeconds == 3 * 3600)
        let resumed = Self.clock(.resolution, ticket, at: "2026-11-23T12:00:00Z")
        #expect(resumed.isRunning && resumed.elapsedSeconds == 5 * 3600)
        #expect(resumed.dueAt == Self.time("2026-11-24T07:00:00Z"))
        #expect(ticket.history.reopenCount == 1 && ticket.history.firstResolvedAt == Self.time("2026-11-23T03:00:00Z"))
    }

    static let seoulWeekdays = BusinessHours.schedule(
        .init(days: [.mon, .tue, .wed, .thu, .fri], opens: 9 * 60, closes: 18 * 60, zone: "Asia/Seoul", holidays: []))

    @Test func businessHoursSkipTheWeekend() {
        // Given Seoul office hours and a normal ticket (4 h first response) opened Friday 17:00 KST,
        let ticket = Self.given(opened: "2026-11-27T08:00:00Z")
        // when read on Saturday, then one hour was counted and it is due Monday 12:00 KST.
        let clock = Self.clock(
            .firstResponse, ticket, at: "2026-11-28T03:00:00Z", hours: Self.seoulWeekdays, zone: "Asia/Seoul")
        #expect(clock.elapsedSeconds == 3600)
        #expect(clock.dueAt == Self.time("2026-11-30T03:00:00Z"))
    }

    @Test func aHolidayIsNotCounted() {
        guard case .schedule(var schedule) = Self.seoulWeekdays else { return }
        schedule.holidays = ["2026-11-30"]
        let ticket = Self.given(opened: "2026-11-27T08:00:00Z")
        let clock = Self.clock(
            .firstResponse, ticket, at: "2026-11-30T08:00:00Z", hours: .schedule(schedule), zone: "Asia/Seoul")
        // Friday's last hour only; Monday is a day off: due Tuesday 12:00 KST.
        #expect(clock.elapsedSeconds == 3600 && clock.dueAt == Self.time("2026-12-01T03:00:00Z"))
    }

    @Test func workingHoursFollowDaylightSaving() {
        // New York office hours 09:00–18:00; clocks go forward on Sunday 2026-03-08.
        let hours = BusinessHours.schedule(
            .init(
                days: [.mon, .tue, .wed, .thu, .fri], opens: 9 * 60, closes: 18 * 60, zone: "America/New_York",
                holidays: []))
        // Opened Friday 17:00 EST (22:00 UTC): due Monday 12:00 EDT, which is 16:00 UTC.
        let ticket = Self.given(opened: "2026-03-06T22:00:00Z")
        let clock = Self.clock(
            .firstResponse, ticket, at: "2026-03-07T12:00:00Z", hours: hours, zone: "America/New_York")
        #expect(clock.elapsedSeconds == 3600 && clock.dueAt == Self.time("2026-03-09T16:00:00Z"))
        // Counted time over the change: Friday 17:00 EST to Monday 10:00 EDT is 1 h + 1 h.
        let calendar = BusinessCalendar(hours, zone: Self.zone("America/New_York"))
        #expect(
            calendar.counted(from: Self.time("2026-03-06T22:00:00Z"), to: Self.time("2026-03-09T14:00:00Z")) == 7200)
    }

    @Test func aroundTheClockCountsEverySecond() {
        let calendar = BusinessCalendar.always
        #expect(
            calendar.counted(from: Self.time("2026-11-28T00:00:00Z"), to: Self.time("2026-11-30T00:00:00Z")) == 172_800)
        #expect(
            calendar.moment(after: 90, from: Self.time("2026-11-28T00:00:00Z")) == Self.time("2026-11-28T00:01:30Z"))
    }

    @Test func waitsRunFromEachUnansweredMessageToTheNextReply() {
        let ticket = Self.given(
            opened: "2026-11-23T00:00:00Z",
            [
                ("2026-11-23T00:30:00Z", CustomerMessageReceived(body: "아직인가요?")),
                ("2026-11-23T01:00:00Z", AgentReplied(body: "확인 중입니다")),
                ("2026-11-23T02:00:00Z", NoteAdded(body: "PG사 문의")),
                ("2026-11-23T03:00:00Z", CustomerMessageReceived(body: "언제 되나요?")),
            ])
        // The opening waited an hour (the second message joined the same wait); the last waits still.
        #expect(ticket.history.waits == [3600])
        #expect(ticket.history.waitingSince == Self.time("2026-11-23T03:00:00Z"))
    }
}

/// Median and p90 as the figures define them, checked against a sort on random data.
@Suite struct DistributionTests {
    @Test func definitions() {
        #expect(Distribution([]).median == nil && Distribution([]).p90 == nil)
        #expect(Distribution([7]).median == 7 && Distribution([7]).p90 == 7)
        #expect(Distribution([3, 1]).median == 2 && Distribution([3, 1]).p90 == 3)
        // ⌈0.9·10⌉ = 9th smallest.
        #expect(Distribution(Array(1...10)).p90 == 9 && Distribution(Array(1...10)).median == 5.5)
        #expect(Distribution(Array(1...11)).p90 == 10 && Distribution(Array(1...11)).median == 6)
    }

    @Test func agreesWithASort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let values = (0..<Int.random(in: 1...300, using: &generator)).map { _ in
                Int64.random(in: 0...50, using: &generator)
            }
            let sorted = values.sorted()
            let n = sorted.count
            let median = (Double(sorted[(n - 1) / 2]) + Double(sorted[n / 2])) / 2
            let distribution = Distribution(values)
            #expect(distribution.median == median && distribution.p90 == sorted[(9 * n + 9) / 10 - 1])
        }
    }
}

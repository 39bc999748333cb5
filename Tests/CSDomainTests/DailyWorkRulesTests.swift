@testable import CSDomain
import Testing

/// The desk's daily operations as rules: given a ticket, when a person acts, then these
/// events (or this refusal).
@Suite struct DailyWorkRulesTests {
    static let at = Timestamp(rfc3339: "2026-11-24T10:00:00Z")!
    static let payment = Payment(ref: "P-1", amount: Money(minorUnits: 30_000, currency: .krw))

    /// A desk replayed from these payloads, each the ticket's next event, on tickets T (and U).
    static func desk(_ events: [(String, any TicketEventKind)]) throws -> Desk {
        var desk = Desk()
        for (index, (ticket, payload)) in events.enumerated() {
            try desk.apply(
                Event(
                    id: "E\(index)", ticket: ticket, at: at.adding(seconds: Int64(index)), by: "park", payload: payload)
            )
        }
        return desk
    }

    static func decider(_ desk: Desk) -> Decider {
        Decider(
            desk: desk, actor: "lee", now: at.adding(seconds: 3600), ids: SeededGenerator(seed: UInt64(desk.eventCount))
        )
    }

    static let opened = TicketOpened(subject: "환불", customer: Customer(name: "김민수"), tags: ["vip"], payment: payment)

    @Test func givenADuplicateWhenMergedThenItLeadsToTheSurvivorAndItsRefundsCount() throws {
        var desk = try Self.desk([
            ("T", Self.opened),
            ("U", TicketOpened(subject: "환불 다시", customer: Customer(name: "김민수"), payment: Self.payment)),
            ("U", RefundIssued(amount: Money(minorUnits: 10_000, currency: .krw), reason: "r", key: nil)),
        ])
        var decider = Self.decider(desk)
        let events = try decider.merge(desk.ticket("U")!, into: desk.ticket("T")!, reason: "같은 건")
        #expect(events.map(\.type) == ["merged", "absorbed"])
        for event in events { try desk.apply(event, at: 0) }
        #expect(desk.ticket("U")!.status == .closed && desk.ticket("U")!.mergedInto == "T")
        #expect(try desk.ticket(matching: "U").id == "T")
        #expect(try desk.resolve("U").duplicate?.id == "U")
        #expect(desk.ticket("T")!.refundable?.minorUnits == 20_000)  // one payment, counted once
        // Into itself (U leads to T), into a closed ticket, twice, or across payments: refused.
        decider = Self.decider(desk)
        #expect(throws: DomainError.mergeIntoItself(ticket: "T")) {
            try decider.merge(desk.ticket("T")!, into: try desk.ticket(matching: "U"), reason: "x")
        }
        #expect(throws: DomainError.alreadyMerged(ticket: "U", into: "T")) {
            try decider.merge(desk.ticket("U")!, into: desk.ticket("T")!, reason: "x")
        }
        let other = try Self.desk([
            ("T", Self.opened),
            (
                "U",
                TicketOpened(
                    subject: "x", customer: Customer(name: "y"),
                    payment: Payment(ref: "P-2", amount: Money(minorUnits: 1, currency: .krw)))
            ),
            ("V", TicketOpened(subject: "z", customer: Customer(name: "y"))), ("V", TicketClosed(reason: nil)),
        ])
        decider = Self.decider(other)
        #expect(throws: DomainError.mergePaymentsDiffer(duplicate: "U", survivor: "T")) {
            try decider.merge(other.ticket("U")!, into: other.ticket("T")!, reason: "x")
        }
        #expect(throws: DomainError.mergeIntoClosed(ticket: "V")) {
            try decider.merge(other.ticket("T")!, into: other.ticket("V")!, reason: "x")
        }
    }

    @Test func givenChangesWhenUndoneThenEachIsPutBackLastFirst() throws {
        let history: [(String, any TicketEventKind)] = [
            ("T", Self.opened), ("T", TicketAssigned(agent: "park", was: "")),
            ("T", PriorityChanged(priority: .urgent, was: .normal)),
            ("T", TagsChanged(added: ["card"], removed: ["vip"])), ("T", AgentReplied(body: "확인 중")),
            ("T", NoteAdded(body: "잘못 쓴 메모")),
        ]
        var desk = try Self.desk(history)
        var events = history.enumerated().map {
            Event(id: "E\($0.offset)", ticket: "T", at: Self.at, by: "park", payload: $0.element.1)
        }
        func undo(_ target: String? = nil) throws -> Undone {
            var decider = Self.decider(desk)
            let event = try decider.undo(desk.ticket("T")!, events: events, target: target)
            try desk.apply(event, at: 0)
            events.append(event)
            return event.payload as! Undone
        }
        #expect(try undo().undoes == "noted")
        let tags = try undo()
        #expect(tags.undoes == "tags-changed" && tags.added == ["vip"] && tags.removed == ["card"])
        #expect(desk.ticket("T")!.tags == ["vip"])
        #expect(try undo().priority == .normal && desk.ticket("T")!.priority == .normal)
        let assignment = try undo()
        // Only the assignee goes back: the ticket, worked on since, stays open.
        #expect(assignment.assignee == "" && assignment.status == nil)
        #expect(desk.ticket("T")!.assignee == nil && desk.ticket("T")!.status == .open)
        var decider = Self.decider(desk)
        #expect(throws: DomainError.nothingToUndo(ticket: "T")) {
            try decider.undo(desk.ticket("T")!, events: events, target: nil)
        }
        #expect(throws: DomainError.notReversible(ticket: "T", event: "E4", type: "replied", reason: .reply)) {
            try decider.undo(desk.ticket("T")!, events: events, target: "E4")
        }
        #expect(throws: DomainError.alreadyUndone(ticket: "T", event: "E2")) {
            try decider.undo(desk.ticket("T")!, events: events, target: "E2")
        }
    }

    /// A change set again later stays: undoing the earlier one is refused, naming the later.
    @Test func givenAFieldChangedAgainWhenTheEarlierChangeIsUndoneThenItIsRefused() throws {
        let history: [(String, any TicketEventKind)] = [
            ("T", Self.opened), ("T", PriorityChanged(priority: .high, was: .normal)),
            ("T", PriorityChanged(priority: .urgent, was: .high)), ("T", StatusChanged(status: .solved, was: .new)),
            ("T", TicketClosed(reason: nil)), ("T", TicketReopened(reason: "again")),
        ]
        var desk = try Self.desk(history)
        let events = history.enumerated().map {
            Event(
                id: "E\($0.offset)", ticket: "T", at: Self.at.adding(seconds: Int64($0.offset)), by: "park",
                payload: $0.element.1)
        }
        var decider = Self.decider(desk)
        #expect(throws: DomainError.changedSince(ticket: "T", event: "E1", field: .priority, by: "E2")) {
            try decider.undo(desk.ticket("T")!, events: events, target: "E1")
        }
        #expect(desk.ticket("T")!.history.reopenCount == 1)
        // Undoing the reopening: closed again, resolved when it was, and no reopening counted.
        let undo = try decider.undo(desk.ticket("T")!, events: events, target: nil)
        try desk.apply(undo, at: 0)
        let ticket = desk.ticket("T")!
        #expect(ticket.status == .closed && ticket.resolvedAt == Self.at.adding(seconds: 3))
        #expect(ticket.history.reopenCount == 0)
    }

    @Test func givenFollowUpsWhenOneIsDoneThenTheOneDueFirstIs() throws {
        let due = { (hours: Int64) in Self.at.adding(seconds: hours * 3600) }
        var desk = try Self.desk([
            ("T", Self.opened), ("T", FollowUpScheduled(due: due(48), note: "later")),
            ("T", FollowUpScheduled(due: due(24), note: "sooner")),
        ])
        #expect(desk.ticket("T")!.nextFollowUp?.note == "sooner")
        var decider = Self.decider(desk)
        let (event, closed) = try decider.closeFollowUp(desk.ticket("T")!, outcome: .done)
        #expect(closed.id == "E2")
        try desk.apply(event, at: 0)
        #expect(desk.ticket("T")!.nextFollowUp?.id == "E1")
        decider = Self.decider(desk)
        let (cancel, _) = try decider.closeFollowUp(desk.ticket("T")!, outcome: .cancelled)
        try desk.apply(cancel, at: 0)
        decider = Self.decider(desk)
        #expect(throws: DomainError.noOpenFollowUp(ticket: "T")) {
            try decider.closeFollowUp(desk.ticket("T")!, outcome: .done)
        }
    }
}

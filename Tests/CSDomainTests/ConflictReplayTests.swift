@testable import CSDomain
import Testing

/// Replay of events that break a rule where a merge put them: kept, marked, and a refund so
/// marked never counted; a settlement decides which refunds stand.
@Suite struct ConflictReplayTests {
    static let at = Timestamp(rfc3339: "2026-11-24T10:00:00Z")!
    static func won(_ amount: Int64) -> Money { Money(minorUnits: amount, currency: .krw) }

    static func desk(_ payloads: [any TicketEventKind]) throws -> Desk {
        var desk = Desk()
        let opened = TicketOpened(
            subject: "환불", customer: Customer(name: "김민수"),
            payment: Payment(ref: "P", amount: won(30_000)))
        try desk.apply(Event(id: "E0", ticket: "T", at: at, by: "park", payload: opened))
        for (index, payload) in payloads.enumerated() {
            try desk.apply(Event(id: "E\(index + 1)", ticket: "T", at: at, by: "park", payload: payload))
        }
        return desk
    }

    static func refund(_ amount: Int64, key: String? = nil) -> RefundIssued {
        RefundIssued(amount: won(amount), reason: "r", idempotencyKey: key)
    }

    @Test func settlingVoidsWhatDoesNotFitOrWhatIsNamed() throws {
        let contested = try Self.desk([Self.refund(20_000), Self.refund(20_000), Self.refund(5_000)])
        let ticket = contested.ticket("T")!
        #expect(ticket.refunds.map(\.standing) == [.counted, .contested, .counted])
        #expect(ticket.refundedTotal == 25_000)

        // As replay read it: the second does not fit, it is void.
        let asRead = try Self.desk(
            [
                Self.refund(20_000), Self.refund(20_000), Self.refund(5_000),
                ConflictsSettled(settles: ["E2"], void: [], reason: "x"),
            ])
        #expect(asRead.ticket("T")!.refunds.map(\.standing) == [.counted, .void, .counted])
        #expect(asRead.ticket("T")!.openConflicts.isEmpty)

        // The first named void: the second fits now and counts.
        let chosen = try Self.desk(
            [
                Self.refund(20_000), Self.refund(20_000), Self.refund(5_000),
                ConflictsSettled(settles: ["E2"], void: ["E1"], reason: "x"),
            ])
        #expect(chosen.ticket("T")!.refunds.map(\.standing) == [.void, .counted, .counted])
        #expect(chosen.ticket("T")!.refundedTotal == 25_000)
    }

    @Test func aRepeatedKeyCountsOnlyOnceItsOriginalIsVoid() throws {
        let kept = try Self.desk([
            Self.refund(5_000, key: "k"), Self.refund(5_000, key: "k"),
            ConflictsSettled(settles: ["E2"], void: [], reason: "x"),
        ])
        #expect(kept.ticket("T")!.refunds.map(\.standing) == [.counted, .void])
        let swapped = try Self.desk(
            [
                Self.refund(5_000, key: "k"), Self.refund(5_000, key: "k"),
                ConflictsSettled(settles: ["E2"], void: ["E1"], reason: "x"),
            ])
        #expect(swapped.ticket("T")!.refunds.map(\.standing) == [.void, .counted])
    }

    @Test func theDecidersOwnEventsNeverConflict() throws {
        var desk = try Self.desk([])
        var decider = Decider(desk: desk, actor: "park", now: Self.at, ids: SeededGenerator(seed: 1))
        let events = [
            try decider.setPriority(desk.ticket("T")!, to: .high)!
        ]
        try desk.apply(events[0])
        decider = Decider(desk: desk, actor: "park", now: Self.at, ids: SeededGenerator(seed: 2))
        let assigned = try decider.assign(desk.ticket("T")!, to: "lee")!
        #expect(assigned.after == events[0].id)
        try desk.apply(assigned)
        decider = Decider(desk: desk, actor: "park", now: Self.at, ids: SeededGenerator(seed: 3))
        try desk.apply(try decider.setStatus(desk.ticket("T")!, to: .solved)!)
        #expect(desk.ticket("T")!.conflicts.isEmpty)
        // Events from before `was` was recorded are never taken for conflicts.
        let old = try Self.desk([PriorityChanged(priority: .high), PriorityChanged(priority: .low)])
        #expect(old.ticket("T")!.conflicts.isEmpty)
    }

    @Test func settlingNeedsAnOpenConflict() throws {
        let desk = try Self.desk([Self.refund(1_000)])
        var decider = Decider(desk: desk, actor: "park", now: Self.at, ids: SeededGenerator(seed: 1))
        #expect(throws: DomainError.noOpenConflicts(ticket: "T")) {
            try decider.settleConflicts(desk.ticket("T")!, voiding: [], reason: "x")
        }
        let contested = try Self.desk([Self.refund(20_000), Self.refund(20_000)])
        decider = Decider(desk: contested, actor: "park", now: Self.at, ids: SeededGenerator(seed: 1))
        #expect(throws: LookupError.noRefund(ticket: "T", typed: "E9")) {
            try contested.ticket("T")!.refund(matching: "E9")
        }
        let settled = try decider.settleConflicts(contested.ticket("T")!, voiding: [], reason: "x")
        #expect((settled.payload as? ConflictsSettled)?.settles == ["E2"])
    }

    /// A settlement covers the conflicts its writer saw: one merged in later stays open,
    /// and its refund stays uncounted.
    @Test func aConflictTheSettlerHadNotSeenStaysOpen() throws {
        let desk = try Self.desk([
            Self.refund(20_000), Self.refund(20_000), ConflictsSettled(settles: ["E2"], void: [], reason: "x"),
            Self.refund(25_000),
        ])
        let ticket = desk.ticket("T")!
        #expect(ticket.refunds.map(\.standing) == [.counted, .void, .contested])
        #expect(ticket.openConflicts.map(\.eventID) == ["E4"])
    }
}

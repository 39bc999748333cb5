@testable import CSDomain
import Testing

/// Given events, when a request, then events or an error.
@Suite struct RulesTests {
    let t0 = Timestamp(rfc3339: "2026-11-23T00:00:00Z")!

    func given(_ payloads: [any TicketEventKind]) throws -> Desk {
        var desk = Desk()
        for (index, payload) in payloads.enumerated() {
            try desk.apply(
                Event(
                    id: "E\(index)", ticket: "T1", at: t0.adding(seconds: Int64(index) * 60), by: "park",
                    payload: payload))
        }
        return desk
    }

    func decider(_ desk: Desk) -> Decider {
        // Seeded by the event count, so each decision draws fresh event ids.
        Decider(
            desk: desk, actor: "lee", now: t0.adding(seconds: 3600), ids: SeededGenerator(seed: UInt64(desk.eventCount))
        )
    }

    let opened = TicketOpened(
        subject: "결제 오류", customer: Customer(name: "김민수"), category: .payment, channel: .phone,
        priority: .high, tags: [], body: nil,
        payment: Payment(ref: "P1", amount: Money(minorUnits: 10_000, currency: .krw)))

    @Test func firstReplyOpensANewTicket() throws {
        let desk = try given([opened])
        var rules = decider(desk)
        let event = try rules.reply(to: desk.ticket("T1")!, body: "확인하겠습니다")
        #expect(event.payload as? AgentReplied == AgentReplied(body: "확인하겠습니다"))
        var ticket = desk.ticket("T1")!
        event.apply(to: &ticket)
        #expect(ticket.status == .open)
        #expect(ticket.firstResponseAt == t0.adding(seconds: 3600))
    }

    @Test func closedTicketsRefuseWork() throws {
        let desk = try given([opened, TicketClosed(reason: nil)])
        var rules = decider(desk)
        let ticket = desk.ticket("T1")!
        #expect(throws: DomainError.ticketClosed(ticket: "T1", action: .reply)) {
            try rules.reply(to: ticket, body: "x")
        }
        #expect(throws: DomainError.ticketClosed(ticket: "T1", action: .note)) { try rules.note(on: ticket, body: "x") }
        #expect(throws: DomainError.ticketClosed(ticket: "T1", action: .assign)) { try rules.assign(ticket, to: "kim") }
        #expect(throws: DomainError.ticketClosed(ticket: "T1", action: .escalate)) {
            try rules.escalate(ticket, to: nil, agent: nil, reason: "x")
        }
        #expect(throws: DomainError.ticketClosed(ticket: "T1", action: .refund)) {
            try rules.refund(ticket, amount: Money(minorUnits: 1, currency: .krw), reason: "x", idempotencyKey: nil)
        }
        #expect(try rules.reopen(ticket, reason: nil).payload is TicketReopened)
    }

    @Test func refundsNeverExceedThePayment() throws {
        let desk = try given([
            opened, RefundIssued(amount: Money(minorUnits: 6000, currency: .krw), reason: "a", idempotencyKey: "k"),
        ])
        var rules = decider(desk)
        let ticket = desk.ticket("T1")!
        #expect(
            throws: DomainError.refundExceedsRefundable(
                ticket: "T1", requested: Money(minorUnits: 4001, currency: .krw),
                refundable: Money(minorUnits: 4000, currency: .krw))
        ) {
            try rules.refund(ticket, amount: Money(minorUnits: 4001, currency: .krw), reason: "x", idempotencyKey: nil)
        }
        guard
            case .issued = try rules.refund(
                ticket, amount: Money(minorUnits: 4000, currency: .krw), reason: "x", idempotencyKey: nil)
        else { Issue.record("expected a refund"); return }
        guard
            case .alreadyIssued(let original) = try rules.refund(
                ticket, amount: Money(minorUnits: 6000, currency: .krw),
                reason: "a", idempotencyKey: IdempotencyKey(stored: "k", digest: nil))
        else { Issue.record("expected the original refund"); return }
        #expect(original.eventID == "E1")
    }

    @Test func escalationClimbsTiersAndStopsAtL3() throws {
        var desk = try given([opened])
        var rules = decider(desk)
        let first = try rules.escalate(desk.ticket("T1")!, to: nil, agent: nil, reason: "L2 확인")
        #expect(first.payload as? TicketEscalated == TicketEscalated(from: .l1, to: .l2, agent: nil, reason: "L2 확인"))
        try desk.apply(first)
        let second = try decider(desk).escalateCopy(desk.ticket("T1")!, agent: "kim")
        try desk.apply(second)
        #expect(desk.ticket("T1")!.tier == .l3)
        #expect(desk.ticket("T1")!.assignee == "kim")
        var last = decider(desk)
        #expect(throws: DomainError.atTopTier(ticket: "T1")) {
            try last.escalate(desk.ticket("T1")!, to: nil, agent: nil, reason: "x")
        }
    }

    @Test func replayRefusesEventsForUnknownTickets() {
        var desk = Desk()
        #expect(throws: ReplayError.unknownTicket("T9")) {
            try desk.apply(Event(id: "E", ticket: "T9", at: t0, by: "park", payload: NoteAdded(body: "x")))
        }
    }
}

private extension Decider {
    func escalateCopy(_ ticket: Ticket, agent: String) throws -> Event {
        var copy = self
        return try copy.escalate(ticket, to: nil, agent: agent, reason: "supervisor")
    }
}

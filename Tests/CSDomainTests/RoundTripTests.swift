@testable import CSDomain
import Testing

/// Every event kind survives the trip to a log line and back: decoding what was encoded
/// gives the same payload, and encoding that gives the same bytes. A kind added without a
/// sample here fails `everyKindHasASample`.
@Suite struct RoundTripTests {
    static let at = Timestamp(rfc3339: "2026-11-23T09:30:00Z")!
    static let entry = FAQEntry(
        id: "refund-card", title: "카드 환불", question: "카드 환불은 언제 되나요?",
        answer: "3~5영업일 걸립니다.", tags: ["환불", "card"], category: "refund", lang: "ko")

    /// Each kind with every optional field filled, and again with them empty.
    static let samples: [Event] = {
        let ticketPayloads: [any TicketEventKind] = [
            TicketOpened(
                subject: "결제 오류", customer: Customer(name: "김민수", email: "kim@example.com", phone: "010-1234-5678"),
                category: .payment, channel: .phone, priority: .high, tags: ["vip", "card"], body: "두 번 결제됐어요",
                payment: Payment(ref: "PAY-1", amount: Money(minorUnits: 59_000, currency: .krw))),
            TicketOpened(subject: "Login", customer: Customer(name: "Jane Doe")),
            AgentReplied(body: "확인했습니다.", faq: "refund-card"), AgentReplied(body: "Checked."),
            CustomerMessageReceived(body: "Still charged twice."), NoteAdded(body: "PG사 확인 필요"),
            TicketAssigned(agent: "lee", reason: "customer asked for another agent"), TicketAssigned(agent: "park"),
            TicketAssigned(agent: "kim", was: ""), TicketAssigned(agent: "kim", reason: "shift", was: "park"),
            TicketEscalated(from: .l1, to: .l2, agent: "choi", reason: "PG사 확인 필요"),
            TicketEscalated(from: .l2, to: .l3, agent: nil, reason: "fraud"),
            PriorityChanged(priority: .urgent), PriorityChanged(priority: .low, was: .high),
            TagsChanged(added: ["vip"], removed: ["card"]),
            StatusChanged(status: .pending), StatusChanged(status: .solved, was: .open), TicketClosed(reason: "done"),
            TicketClosed(reason: nil),
            TicketReopened(reason: "charged again"), TicketReopened(reason: nil),
            PaymentRecorded(
                payment: Payment(ref: "ord-77", amount: Money(minorUnits: 1250, currency: Currency(code: "USD")!))),
            RefundIssued(
                amount: Money(minorUnits: 10_000, currency: .krw), reason: "partial cancel", idempotencyKey: "ord-77-r1"
            ),
            RefundIssued(
                amount: Money(minorUnits: 5, currency: .krw), reason: "x",
                key: IdempotencyKey(stored: "key-****-1234", digest: String(repeating: "a", count: 64))),
            RefundIssued(amount: Money(minorUnits: 59_000, currency: .krw), reason: "중복 결제", key: nil),
            TicketRated(score: 5, comment: "빠른 처리 감사합니다"), TicketRated(score: 1, comment: nil),
            ConflictsSettled(
                settles: ["8RT3N5ABCDEFGHJ"], void: ["7QX2M4ABCDEFGHJ", "8RT3N5ABCDEFGHJ"],
                reason: "the bank refunded once"),
            ConflictsSettled(settles: ["8RT3N5ABCDEFGHJ"], void: [], reason: "acknowledged"),
            FollowUpScheduled(due: Timestamp(rfc3339: "2026-11-27T01:00:00Z")!, note: "입금 확인 전화"),
            FollowUpScheduled(due: Timestamp(rfc3339: "2026-11-27T01:00:00Z")!, note: nil),
            FollowUpClosed(followUp: "E30", outcome: .done), FollowUpClosed(followUp: "E31", outcome: .cancelled),
            Undone(event: "E5", undoes: "noted"), TicketMerged(into: "K7M2ABCE", reason: "같은 건"),
            TicketAbsorbed(
                from: "K7M2ABCF", tags: ["vip"],
                payment: Payment(ref: "PAY-1", amount: Money(minorUnits: 59_000, currency: .krw)), refunded: 10_000),
            TicketAbsorbed(from: "K7M2ABCF", tags: [], payment: nil, refunded: 0),
            {
                var undo = Undone(event: "E9", undoes: "escalated")
                (undo.priority, undo.status, undo.assignee, undo.tier) = (.low, .new, "", .l1)
                (undo.added, undo.removed) = (["vip"], ["card"])
                (undo.reopenFollowUp, undo.cancelFollowUp) = ("E30", "E31")
                return undo
            }(),
        ]
        let faqPayloads: [any FAQEventKind] = [
            FAQEntryAdded(entry: entry), FAQEntryEdited(entry: entry), FAQEntryRemoved(),
            FAQEntryAdded(entry: FAQEntry(id: "refund-card", question: "PIN?", answer: "Reset it.", lang: "en")),
        ]
        let deskPayloads: [any DeskEventKind] = [
            SLAPolicySet(priority: .urgent, target: .init(firstResponse: 600, resolution: 7200)),
            SLAHoursSet(hours: .always),
            SLAHoursSet(
                hours: .schedule(
                    .init(
                        days: [.mon, .fri], opens: 540, closes: 1080, zone: "Asia/Seoul",
                        holidays: ["2026-12-25", "2027-01-01"]))),
        ]
        return ticketPayloads.enumerated().map {
            // Every event after the opening names the one before it, as the rules write them.
            Event(
                id: "E\($0.offset)", ticket: "K7M2ABCD", at: at, by: "park",
                after: $0.offset > 0 ? "E\($0.offset - 1)" : nil,
                payload: $0.element)
        }
            + faqPayloads.enumerated().map {
                Event(id: "F\($0.offset)", faq: "refund-card", at: at, by: "park", payload: $0.element)
            }
            + deskPayloads.enumerated().map {
                Event(id: "D\($0.offset)", settings: "sla", at: at, by: "park", payload: $0.element)
            }
    }()

    @Test func everyKindHasASample() {
        #expect(Set(Self.samples.map(\.type)) == Set(Event.typeNames))
    }

    @Test(arguments: samples.indices)
    func encodeDecodeEncode(_ index: Int) throws {
        let event = Self.samples[index]
        let line = event.encoded().text
        guard case .object(let object) = try JSONParser.parse(line) else {
            Issue.record("not an object: \(line)")
            return
        }
        let decoded = try Event(decoding: object)
        #expect(
            decoded.id == event.id && decoded.ticket == event.ticket && decoded.at == event.at && decoded.by == event.by
                && decoded.after == event.after)
        #expect(decoded.type == event.type)
        #expect(equalPayloads(decoded.payload, event.payload), "\(line)")
        #expect(decoded.encoded().text == line)
    }

    private func equalPayloads(_ a: any EventKind, _ b: any EventKind) -> Bool {
        func same<T: Equatable>(_ a: T, _ b: any EventKind) -> Bool { (b as? T) == a }
        guard let a = a as? any Equatable else { return false }
        return same(a, b)
    }
}

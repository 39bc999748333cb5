/// A ticket's summary — everything but its thread — and the offsets of its events in the
/// log, as the snapshot stores it: a fixed-size entry of what `cs list` filters and sorts on
/// (so a queue of 100,000 tickets is sorted without decoding one), and a self-contained
/// record of the rest, decoded only for the tickets shown.
enum TicketRecord {
    static let entrySize = 80
    static let maximumIDLength = 16
    /// Absent times are stored as this.
    static let noTime = Int64.min

    /// What changes the meaning of stored codes: the record layout and the enums' cases in
    /// order. Part of the snapshot's stamp, so a build that reads them differently rebuilds.
    static let schema: UInt64 = {
        let words =
            ["ticket-record-7"] + Status.allCases.map(\.rawValue) + Priority.allCases.map(\.rawValue)
            + Category.allCases.map(\.rawValue) + Channel.allCases.map(\.rawValue) + Tier.allCases.map(\.rawValue)
            + Refund.Standing.allCases.map(\.rawValue) + Conflict.Field.allCases.map(\.rawValue)
        return FastHash.hash(Array(words.joined(separator: ",").utf8))
    }()

    static func code<Value: CaseIterable & Equatable>(_ value: Value) -> UInt8 {
        UInt8(Array(Value.allCases).firstIndex(of: value)!)
    }

    static func value<Value: CaseIterable>(_ code: UInt8, as type: Value.Type) -> Value? {
        let all = Array(Value.allCases)
        return Int(code) < all.count ? all[Int(code)] : nil
    }

    /// Whether the id fits an entry (cs's own ids always do).
    static func fits(_ id: String) -> Bool { id.utf8.count <= maximumIDLength && !id.isEmpty }

    static func writeEntry(
        _ ticket: Ticket, recordOffset: UInt64, recordLength: UInt32, into writer: inout BinaryWriter
    ) {
        let id = Array(ticket.id.utf8)
        writer.raw(id + [UInt8](repeating: 0, count: maximumIDLength - id.count))
        writer.u8(UInt8(id.count))
        writer.u8(code(ticket.status))
        writer.u8(code(ticket.priority))
        writer.u8(code(ticket.category))
        writer.u8(code(ticket.channel))
        writer.u8(code(ticket.tier))
        writer.u8(UInt8(min(ticket.openConflicts.count, 255)))
        writer.u8(ticket.followUps.contains(where: \.isOpen) ? 1 : 0)
        writer.i64(ticket.createdAt.secondsSince1970)
        writer.i64(ticket.updatedAt.secondsSince1970)
        writer.i64(ticket.firstResponseAt?.secondsSince1970 ?? noTime)
        writer.i64(ticket.resolvedAt?.secondsSince1970 ?? noTime)
        writer.u64(assigneeHash(ticket.assignee))
        writer.u64(recordOffset)
        writer.u32(recordLength)
        writer.u32(0)
    }

    static func assigneeHash(_ assignee: String?) -> UInt64 {
        guard let assignee else { return 0 }
        return max(1, FastHash.hash(Array(assignee.utf8)))
    }

    /// The record: the summary's remaining fields and the event offsets.
    static func record(_ ticket: Ticket) -> [UInt8] {
        var writer = BinaryWriter(capacity: 256)
        writer.string(ticket.subject)
        writer.string(ticket.customer.name)
        writer.optionalString(ticket.customer.email)
        writer.optionalString(ticket.customer.phone)
        writer.optionalString(ticket.assignee)
        writer.strings(ticket.tags)
        writer.optionalString(ticket.payment?.ref)
        writeMoney(ticket.payment?.amount, into: &writer)
        writer.u32(UInt32(ticket.refunds.count))
        for refund in ticket.refunds {
            writer.string(refund.eventID)
            writeMoney(refund.amount, into: &writer)
            writer.string(refund.reason)
            writer.optionalString(refund.idempotencyKey)
            writer.optionalString(refund.keyIdentity)
            writer.i64(refund.at.secondsSince1970)
            writer.string(refund.by)
            writer.u8(code(refund.standing))
        }
        writer.u8(UInt8(ticket.rating?.score ?? 0))
        writer.optionalString(ticket.rating?.comment)
        writer.strings(ticket.faqsUsed)
        writer.string(ticket.openedBy)
        writer.string(ticket.lastEventID)
        writeConflicts(ticket.conflicts, into: &writer)
        writeFollowUps(ticket.followUps, into: &writer)
        writer.optionalString(ticket.importKey)
        writer.optionalString(ticket.mergedInto)
        writer.strings(ticket.mergedFrom)
        writer.i64(ticket.absorbedRefunds)
        writer.u32(UInt32(ticket.eventOffsets.count))
        for offset in ticket.eventOffsets { writer.u64(UInt64(offset)) }
        writeHistory(ticket.history, into: &writer)
        return writer.bytes
    }

    private static func writeFollowUps(_ followUps: [FollowUp], into writer: inout BinaryWriter) {
        writer.u32(UInt32(followUps.count))
        for followUp in followUps {
            writer.string(followUp.id)
            writer.i64(followUp.due.secondsSince1970)
            writer.optionalString(followUp.note)
            writer.string(followUp.by)
            writer.i64(followUp.scheduledAt.secondsSince1970)
            switch followUp.state {
            case .open: writer.u8(0)
            case .done(let at, let by), .cancelled(let at, let by):
                writer.u8(followUp.state == .done(at: at, by: by) ? 1 : 2)
                writer.i64(at.secondsSince1970)
                writer.string(by)
            }
        }
    }

    private static func readFollowUps(_ reader: inout BinaryReader) -> [FollowUp]? {
        guard let count = reader.count(minimumSize: 27) else { return nil }
        var followUps: [FollowUp] = []
        for _ in 0..<count {
            guard let id = reader.string(), let due = time(reader.i64()), let note = reader.optionalString(),
                let by = reader.string(), let scheduledAt = time(reader.i64()), let code = reader.u8()
            else { return nil }
            var followUp = FollowUp(id: id, due: due, note: note, by: by, scheduledAt: scheduledAt)
            if code != 0 {
                guard code <= 2, let at = time(reader.i64()), let closer = reader.string() else { return nil }
                followUp.state = code == 1 ? .done(at: at, by: closer) : .cancelled(at: at, by: closer)
            }
            followUps.append(followUp)
        }
        return followUps
    }

    private static func writeConflicts(_ conflicts: [Conflict], into writer: inout BinaryWriter) {
        writer.u32(UInt32(conflicts.count))
        for conflict in conflicts {
            writer.string(conflict.eventID)
            writer.string(conflict.type)
            writer.i64(conflict.at.secondsSince1970)
            writer.string(conflict.by)
            writer.optionalString(conflict.settledBy)
            switch conflict.rule {
            case .closed:
                writer.u8(0)
            case .overRefund(let refundable, let counted):
                writer.u8(1)
                writeMoney(refundable, into: &writer)
                writer.strings(counted)
            case .repeatedKey(let original):
                writer.u8(2)
                writer.string(original)
            case .overwrote(let field, let lost, let won):
                writer.u8(3)
                writer.u8(code(field))
                writer.string(lost)
                writer.string(won)
            }
        }
    }

    private static func readConflicts(_ reader: inout BinaryReader) -> [Conflict]? {
        guard let count = reader.count(minimumSize: 20) else { return nil }
        var conflicts: [Conflict] = []
        for _ in 0..<count {
            guard let eventID = reader.string(), let type = reader.string(), let at = time(reader.i64()),
                let by = reader.string(), let settledBy = reader.optionalString(), let code = reader.u8()
            else { return nil }
            let rule: Conflict.Rule
            switch code {
            case 0: rule = .closed
            case 1:
                guard let refundable = readMoney(&reader), let counted = reader.strings() else { return nil }
                rule = .overRefund(refundable: refundable, counted: counted)
            case 2:
                guard let original = reader.string() else { return nil }
                rule = .repeatedKey(original: original)
            case 3:
                guard let field = reader.u8().flatMap({ value($0, as: Conflict.Field.self) }),
                    let lost = reader.string(), let won = reader.string()
                else { return nil }
                rule = .overwrote(field: field, lost: lost, won: won)
            default: return nil
            }
            conflicts.append(
                Conflict(
                    eventID: eventID, type: type, at: at, by: by, rule: rule,
                    settledBy: settledBy))
        }
        return conflicts
    }

    /// A stored time, when it lies within the times cs reads (else the record is damaged).
    private static func time(_ seconds: Int64?) -> Timestamp? {
        guard let seconds, seconds >= Timestamp.earliest.secondsSince1970, seconds <= Timestamp.latest.secondsSince1970
        else { return nil }
        return Timestamp(secondsSince1970: seconds)
    }

    private static func writeHistory(_ history: TicketHistory, into writer: inout BinaryWriter) {
        writer.u32(UInt32(history.changes.count))
        for change in history.changes {
            writer.i64(change.at.secondsSince1970)
            writer.u8(code(change.status))
            writer.u8(code(change.priority))
        }
        writer.i64(history.firstResolvedAt?.secondsSince1970 ?? noTime)
        writer.u32(UInt32(history.reopenCount))
        writer.u32(UInt32(history.waits.count))
        for wait in history.waits { writer.i64(wait) }
        writer.i64(history.waitingSince?.secondsSince1970 ?? noTime)
    }

    private static func readHistory(_ reader: inout BinaryReader) -> TicketHistory? {
        var history = TicketHistory()
        guard let changeCount = reader.count(minimumSize: 10) else { return nil }
        for _ in 0..<changeCount {
            guard let at = reader.i64().flatMap(time), let status = reader.u8().flatMap({ value($0, as: Status.self) }),
                let priority = reader.u8().flatMap({ value($0, as: Priority.self) })
            else { return nil }
            history.changes.append(TicketHistory.Change(at: at, status: status, priority: priority))
        }
        guard let resolved = reader.i64(), let reopens = reader.u32(), let waitCount = reader.count(minimumSize: 8)
        else { return nil }
        history.firstResolvedAt = resolved == noTime ? nil : time(resolved)
        history.reopenCount = Int(reopens)
        for _ in 0..<waitCount {
            guard let wait = reader.i64(), wait >= 0 else { return nil }
            history.waits.append(wait)
        }
        guard let waiting = reader.i64() else { return nil }
        history.waitingSince = waiting == noTime ? nil : time(waiting)
        return history
    }

    private static func writeMoney(_ money: Money?, into writer: inout BinaryWriter) {
        writer.optionalString(money?.currency.code)
        writer.i64(money?.minorUnits ?? 0)
    }

    private static func readMoney(_ reader: inout BinaryReader) -> Money?? {
        guard let code = reader.optionalString(), let amount = reader.i64() else { return nil }
        guard let code else { return .some(nil) }
        guard let currency = Currency(code: code) else { return nil }
        return .some(Money(minorUnits: amount, currency: currency))
    }

    /// The ticket from its entry and record; nil when either is damaged.
    /// How much of a record to decode.
    enum Depth {
        /// Everything.
        case whole
        /// What a listing shows: everything but the event offsets and the history.
        case listing
    }

    /// An entry's fixed fields.
    struct Head {
        var id: String
        var status: Status, priority: Priority, category: Category, channel: Channel, tier: Tier
        var created: Int64, updated: Int64, firstResponse: Int64, resolved: Int64
        /// How many open conflicts the ticket has (255: that many or more).
        var openConflicts: UInt8

        init?(_ entry: UnsafeRawBufferPointer) {
            var head = BinaryReader(entry)
            guard let idBytes = head.raw(maximumIDLength), let idLength = head.u8(), Int(idLength) <= maximumIDLength,
                let id = UTF8Validation.string(
                    UnsafeRawBufferPointer(rebasing: idBytes[0..<Int(idLength)]).assumingMemoryBound(to: UInt8.self)),
                let status = head.u8().flatMap({ value($0, as: Status.self) }),
                let priority = head.u8().flatMap({ value($0, as: Priority.self) }),
                let category = head.u8().flatMap({ value($0, as: Category.self) }),
                let channel = head.u8().flatMap({ value($0, as: Channel.self) }),
                let tier = head.u8().flatMap({ value($0, as: Tier.self) }), let openConflicts = head.u8(),
                head.u8() != nil,
                let created = head.i64(), let updated = head.i64(), let firstResponse = head.i64(),
                let resolved = head.i64()
            else { return nil }
            (self.id, self.status, self.priority, self.category, self.channel, self.tier) =
                (id, status, priority, category, channel, tier)
            self.openConflicts = openConflicts
            (self.created, self.updated, self.firstResponse, self.resolved) = (
                created, updated, firstResponse, resolved
            )
        }
    }

    /// What the clocks and figures read, walking the record without building a ticket:
    /// texts are stepped over, names decoded only when asked for (to group by).
    static func facts(entry: UnsafeRawBufferPointer, record: UnsafeRawBufferPointer, names: Bool) -> TicketFacts? {
        guard let head = Head(entry) else { return nil }
        var body = BinaryReader(record)
        guard body.string(decoding: false) != nil, let name = body.string(decoding: names),
            body.optionalString(decoding: false) != nil, body.optionalString(decoding: false) != nil,
            let assignee = body.optionalString(decoding: names), body.strings(decoding: false) != nil,
            body.optionalString(decoding: false) != nil, readMoney(&body) != nil,
            let refundCount = body.count(minimumSize: 28)
        else { return nil }
        var refunds: [Money] = []
        for _ in 0..<refundCount {
            guard body.string(decoding: false) != nil, let amount = readMoney(&body), let amount,
                body.string(decoding: false) != nil, body.optionalString(decoding: false) != nil,
                body.optionalString(decoding: false) != nil, body.i64() != nil,
                body.string(decoding: false) != nil, let standing = body.u8()
            else { return nil }
            if standing == code(Refund.Standing.counted) { refunds.append(amount) }
        }
        guard let score = body.u8(), let comment = body.optionalString(), body.strings(decoding: false) != nil,
            body.string(decoding: false) != nil, body.string(decoding: false) != nil, readConflicts(&body) != nil,
            let followUps = readFollowUps(&body), body.optionalString(decoding: false) != nil,
            let mergedInto = body.optionalString(decoding: false), body.strings(decoding: false) != nil,
            body.i64() != nil, let offsetCount = body.count(minimumSize: 8),
            body.raw(offsetCount * 8) != nil, let history = readHistory(&body)
        else { return nil }
        return TicketFacts(
            id: head.id, status: head.status, priority: head.priority, category: head.category, channel: head.channel,
            tier: head.tier, createdAt: Timestamp(secondsSince1970: head.created),
            firstResponseAt: head.firstResponse == noTime ? nil : Timestamp(secondsSince1970: head.firstResponse),
            history: history, score: score > 0 ? Int(score) : nil, comment: score > 0 ? comment : nil, refunds: refunds,
            followUps: followUps, merged: mergedInto != nil,
            assignee: names ? assignee : nil,
            customer: name)
    }

    static func ticket(entry: UnsafeRawBufferPointer, record: UnsafeRawBufferPointer, depth: Depth = .whole) -> Ticket?
    {
        guard let head = Head(entry) else { return nil }
        let (id, status, priority, category, channel, tier) =
            (head.id, head.status, head.priority, head.category, head.channel, head.tier)
        let (created, updated, firstResponse, resolved) = (
            head.created, head.updated, head.firstResponse, head.resolved
        )
        var ticket = Ticket(id: id)
        ticket.status = status
        ticket.priority = priority
        ticket.category = category
        ticket.channel = channel
        ticket.tier = tier
        ticket.createdAt = Timestamp(secondsSince1970: created)
        ticket.updatedAt = Timestamp(secondsSince1970: updated)
        ticket.firstResponseAt = firstResponse == noTime ? nil : Timestamp(secondsSince1970: firstResponse)
        ticket.resolvedAt = resolved == noTime ? nil : Timestamp(secondsSince1970: resolved)

        var body = BinaryReader(record)
        guard let subject = body.string(), let name = body.string(), let email = body.optionalString(),
            let phone = body.optionalString(), let assignee = body.optionalString(), let tags = body.strings(),
            let paymentRef = body.optionalString(), let paymentAmount = readMoney(&body),
            let refundCount = body.count(minimumSize: 28)
        else { return nil }
        ticket.subject = subject
        ticket.customer = Customer(name: name, email: email, phone: phone)
        ticket.assignee = assignee
        ticket.tags = tags
        if let paymentRef, let paymentAmount { ticket.payment = Payment(ref: paymentRef, amount: paymentAmount) }
        for _ in 0..<refundCount {
            guard let eventID = body.string(), let amount = readMoney(&body), let amount, let reason = body.string(),
                let key = body.optionalString(), let keyIdentity = body.optionalString(), let at = body.i64(),
                let by = body.string(), let standing = body.u8().flatMap({ value($0, as: Refund.Standing.self) }),
                at >= Timestamp.earliest.secondsSince1970, at <= Timestamp.latest.secondsSince1970
            else { return nil }
            ticket.refunds.append(
                Refund(
                    eventID: eventID, amount: amount, reason: reason, idempotencyKey: key, keyIdentity: keyIdentity,
                    at: Timestamp(secondsSince1970: at), by: by, standing: standing))
        }
        guard let score = body.u8(), let comment = body.optionalString(), let faqs = body.strings(),
            let openedBy = body.string(), let lastEventID = body.string(), let conflicts = readConflicts(&body),
            let followUps = readFollowUps(&body), let importKey = body.optionalString(),
            let mergedInto = body.optionalString(), let mergedFrom = body.strings(), let absorbed = body.i64(),
            let offsetCount = body.count(minimumSize: 8)
        else { return nil }
        if score > 0 { ticket.rating = Rating(score: Int(score), comment: comment) }
        ticket.faqsUsed = faqs
        ticket.openedBy = openedBy
        ticket.lastEventID = lastEventID
        ticket.conflicts = conflicts
        ticket.followUps = followUps
        ticket.importKey = importKey
        ticket.mergedInto = mergedInto
        ticket.mergedFrom = mergedFrom
        ticket.absorbedRefunds = absorbed
        if case .listing = depth { return ticket }
        ticket.eventOffsets.reserveCapacity(offsetCount)
        for _ in 0..<offsetCount {
            guard let offset = body.u64(), offset < UInt64(Int.max) else { return nil }
            ticket.eventOffsets.append(Int(offset))
        }
        guard let history = readHistory(&body) else { return nil }
        ticket.history = history
        return ticket
    }
}

import CSDomain

/// `cs follow-up TICKET (--in DURATION | --at TIME) [--note TEXT] | --done | --cancel`:
/// schedules a check-back, or marks the one due first done or cancelled.
enum FollowUpCommand: Command {
    static let within = Option.text("in", "DURATION", help: .followUpIn)
    static let at = Option.text("at", "TIME", help: .followUpAt)
    static let note = Option.text("note", "TEXT", help: .followUpNote)
    static let done = Flag("done", help: .followUpDone)
    static let cancel = Flag("cancel", help: .followUpCancel)

    static let path = ["follow-up"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .followUpAbstract, discussion: .followUpDiscussion,
        arguments: [Common.ticket], options: [within, at, note, done, cancel],
        examples: [
            "cs follow-up K7M2 --in 3d --note \"환불 입금 확인 전화\"", "cs follow-up K7M2 --at 2026-12-01T10:00:00+09:00",
            "cs follow-up K7M2 --done", "cs list --follow-ups",
        ])

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        let given = [
            (within.spec.display, try invocation[within] != nil), (at.spec.display, try invocation[at] != nil),
            ("--done", invocation[done]), ("--cancel", invocation[cancel]),
        ].filter(\.1).map(\.0)
        guard let first = given.first else {
            throw .usage(.missingOneOf(["--in DURATION", "--at TIME", "--done", "--cancel"], command: spec.name))
        }
        if given.count > 1 { throw .usage(.conflictingOptions(first, given[1])) }
        let text = try context.input.text(note)
        if let outcome: FollowUpClosed.Outcome = invocation[done] ? .done : invocation[cancel] ? .cancelled : nil {
            if text != nil { throw .usage(.needsOther(given: "--note", needs: "--in or --at")) }
            let time = try context.clock.humanTime()
            var closed: FollowUp?
            try context.desk.changeTicket(
                done: { after in
                    let due = time.format(closed!.due)
                    return outcome == .done
                        ? .followUpDone(ticket: after.id, due: due) : .followUpCancelled(ticket: after.id, due: due)
                }
            ) { (decider, ticket) throws(Failure) in
                let decided = try Failure.catching(refusal: decider.closeFollowUp(ticket, outcome: outcome))
                closed = decided.followUp
                return decided.event
            }
            return
        }
        let due = try dueTime(context)
        let time = try context.clock.humanTime()
        try context.desk.changeTicket(done: { .followUpScheduled(ticket: $0.id, due: time.format(due)) }) {
            (decider, ticket) throws(Failure) in
            decider.scheduleFollowUp(ticket, due: due, note: text)
        }
    }

    /// When the follow-up is due: `--in` from now, or `--at` (a date is that day's start in
    /// `TZ`); either way after now.
    static func dueTime(_ context: Context) throws(Failure) -> Timestamp {
        let now = try context.clock.now()
        if let text = try context.invocation[within] {
            return now.adding(
                seconds: try Failure.catching(usage: ValueParsing.duration(text, option: within.spec.display)))
        }
        let text = try context.invocation[at] ?? ""
        let zone = context.clock.zone()
        guard let due = ValueParsing.localTime(text, zone: zone) else {
            throw .usage(.invalidValue(what: at.spec.display, value: text, expected: .futureTime))
        }
        guard due > now else {
            throw .usage(.invalidValue(what: at.spec.display, value: text, expected: .futureTime))
        }
        return due
    }
}

import CSDomain

/// `cs merge DUPLICATE INTO --reason TEXT`: a customer who called twice made two tickets.
/// The duplicate is closed as merged and its id leads to the survivor from then on.
enum MergeCommand: Command {
    static let duplicate = Argument.text("DUPLICATE", kind: .ticket, help: .mergeDuplicate)
    static let survivor = Argument.text("INTO", kind: .ticket, help: .mergeInto)
    static let reason = Option.text("reason", "TEXT", help: .mergeReason).required

    static let path = ["merge"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .mergeAbstract, discussion: .mergeDiscussion,
        arguments: [duplicate, survivor], options: [reason],
        examples: ["cs merge 7QX2 K7M2 --reason \"같은 고객, 같은 결제 건으로 두 번 전화\""])

    static func run(_ context: Context) throws(Failure) {
        let reason = try context.input.text(Self.reason)
        let (typedDuplicate, typedSurvivor) = (try context.invocation[duplicate], try context.invocation[survivor])
        let written = try context.desk.write { (decider: inout Decider) throws(Failure) in
            let merged = try Failure.catching(lookup: decider.desk.ticket(named: typedDuplicate))
            let into = try Failure.catching(lookup: decider.desk.ticket(matching: typedSurvivor))
            return (
                events: try Failure.catching(refusal: decider.merge(merged, into: into, reason: reason)),
                outcome: (merged, into)
            )
        }
        let (merged, into) = written.outcome
        let after = context.desk.applying(written.stored.filter { $0.ticket == into.id }, to: into)
        context.output.report(after, message: .merged(duplicate: merged.id, survivor: into.id))
    }
}

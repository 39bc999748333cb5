import CSDomain

/// The desk's log, for a command: found (LogLocation.swift), read for a reading command,
/// appended to under its lock for a writing one, with who acts and which ids events get.
struct DeskAccess {
    let invocation: Invocation
    let environment: CommandEnvironment
    let output: Output
    let clock: Clock
    /// The desks this command read, for running it again if a snapshot proves damaged.
    let damage: DerivedDamageWatch

    /// `--as`, else `CS_AGENT`, else the login name (from USER, LOGNAME or the password
    /// database). Nobody to name is refused: an event must say who made it.
    func actor() throws(Failure) -> String {
        if let given = invocation.globals.actor {
            return try Failure.catching(usage: ValueParsing.name(given, what: "--as"))
        }
        if let agent = environment.variables["CS_AGENT"], !agent.isEmpty {
            return try Failure.catching(usage: ValueParsing.name(agent, what: "CS_AGENT"))
        }
        guard let login = environment.loginName, !login.isEmpty else { throw .usage(.unknownActor) }
        // The login name signs events as `--as` would: by the same rule (USER=none would
        // otherwise sign as nobody, USER=$'a\nb' split a row).
        let trimmed = login.trimmingWhitespace()
        if let problem = Names.agentProblem(trimmed) { throw .usage(.badLoginName(value: login, problem: problem)) }
        return trimmed
    }

    /// Ids are random, except under `CS_NOW`: then they are derived from the clock and the
    /// number of events, so replaying a script of commands writes the same log byte for byte.
    func idGenerator(eventCount: Int) -> any RandomNumberGenerator {
        if let fixed = environment.variables["CS_NOW"], !fixed.isEmpty {
            return SeededGenerator(seed: SeededGenerator.seed(from: [fixed, String(eventCount)]))
        }
        return SeededGenerator(seed: environment.randomSeed())
    }

    /// What a write did: the decision's outcome, the events as stored, and the desk after them.
    struct Written<Outcome> {
        var outcome: Outcome
        var stored: [Event]
        var desk: Desk
        var log: EventLog
    }

    /// Locks the log, replays it and appends what `decide` returns (see `EventLog.append`).
    /// Says on standard error what masking changed on the way.
    func write<Outcome>(
        _ decide: (inout Decider) throws(Failure) -> (events: [Event], outcome: Outcome)
    ) throws(Failure) -> Written<Outcome> {
        let log = try locateLog()
        GitDesk.warnIfUnregistered(log: log.path, variables: environment.variables, output: output)
        let now = try clock.now()
        let actor = try actor()
        let appended = try Failure.catching(
            locked: log.append { (desk, eventCount) throws(Failure) in
                damage.watch(desk, log: log)
                var decider = Decider(desk: desk, actor: actor, now: now, ids: idGenerator(eventCount: eventCount))
                let result = try decide(&decider)
                // A decision that read a damaged record is not made: the command runs again
                // from the log (`CommandLineTool`), and nothing was appended.
                if desk.derivedStateDamaged { throw .log(.derivedStateDamaged(path: log.snapshotPath)) }
                return EventLog.Decision(events: result.events, outcome: result.outcome)
            })
        damage.noteAppend()
        output.reportMasking(appended.masked)
        // Durably appended: now the desk's hooks may hear of it (they never undo it).
        Hooks.run(after: appended.events, log: log.path, variables: environment.variables, output: output)
        ProcessLifetime.keep(appended.desk)
        return Written(outcome: appended.outcome, stored: appended.events, desk: appended.desk, log: log)
    }

    /// The desk for a reading command (see `EventLog.read`). A torn last line (a crash
    /// mid-append) is left out with a warning, so staff can still look things up; other
    /// damage refuses.
    func readDesk() throws(Failure) -> Desk {
        try readLog().desk
    }

    /// The desk and the log it came from, for commands that then read a ticket whole.
    func readLog() throws(Failure) -> (desk: Desk, log: EventLog) {
        let log = try locateLog()
        let result = try Failure.catching(log: log.read())
        damage.watch(result.desk, log: log)
        output.warnIfTorn(result.tornLastLine, log: log)
        ProcessLifetime.keep(result.desk)
        return (result.desk, log)
    }
}

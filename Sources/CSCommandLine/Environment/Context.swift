import CSDomain
/// What a running command works with: the invocation, the environment, and the desk's
/// log found the way git finds `.git`.
public struct Context {
    public let invocation: Invocation
    public let environment: CommandEnvironment

    /// The words for people, in the language the environment asks for (`Language.from`).
    public let catalogue: Catalogue

    public init(invocation: Invocation, environment: CommandEnvironment) {
        self.invocation = invocation
        self.environment = environment
        catalogue = Catalogue(Language.from(environment.variables))
    }

    public var json: Bool { invocation.globals.json }
    public var quiet: Bool { invocation.globals.quiet }

    public func print(_ text: String) { environment.output(text + "\n") }
    func print(_ message: Message) { print(say(message)) }
    func warn(_ message: Message) { environment.errors("cs: " + say(message) + "\n") }
    func say(_ message: Message) -> String { catalogue.text(message) }

    /// Colour decided once from --color, NO_COLOR and whether standard output is a terminal.
    public var style: Style {
        Style.decide(
            flag: invocation.globals.color, noColor: environment.variables["NO_COLOR"],
            isTerminal: environment.standardOutputIsTerminal)
    }

    /// How wide human output may be: `COLUMNS`, else the terminal's width; nil when unknown
    /// (output to a pipe or file is not cut).
    public var outputWidth: Int? {
        if let columns = environment.variables["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return environment.terminalWidth
    }

    /// `CS_NOW` when set (fixture logs and tests are reproducible), else the clock.
    public func now() throws(UsageError) -> Timestamp {
        guard let fixed = environment.variables["CS_NOW"], !fixed.isEmpty else { return environment.clock() }
        guard let time = Timestamp(rfc3339: fixed) else {
            throw .invalidValue(what: "CS_NOW", value: fixed, expected: .rfc3339Time)
        }
        return time
    }

    /// `--as`, else `CS_AGENT`, else the login name (from USER, LOGNAME or the password
    /// database). Nobody to name is refused: an event must say who made it.
    public func actor() throws(UsageError) -> String {
        if let given = invocation.globals.actor {
            return try ValueParsing.name(given, what: "--as")
        }
        if let agent = environment.variables["CS_AGENT"], !agent.isEmpty {
            return try ValueParsing.name(agent, what: "CS_AGENT")
        }
        guard let login = environment.loginName, !login.isEmpty else { throw .unknownActor }
        return login
    }

    public func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : environment.currentDirectory + "/" + path
    }

    /// Ids are random, except under `CS_NOW`: then they are derived from the clock and the
    /// number of events, so replaying a script of commands writes the same log byte for byte.
    public func idGenerator(eventCount: Int) throws(UsageError) -> any RandomNumberGenerator {
        if let fixed = environment.variables["CS_NOW"], !fixed.isEmpty {
            return SeededGenerator(seed: SeededGenerator.seed(from: [fixed, String(eventCount)]))
        }
        return SeededGenerator(seed: environment.randomSeed())
    }

    /// What a write did: the decision's outcome, the events as stored, and the desk after them.
    public struct Written<Outcome> {
        public var outcome: Outcome
        public var stored: [Event]
        public var desk: Desk
        public var log: EventLog
    }

    /// Locks the log, replays it and appends what `decide` returns (see `EventLog.append`).
    /// Says on standard error what masking changed on the way.
    public func write<Outcome>(
        _ decide: (inout Decider) throws -> (events: [Event], outcome: Outcome)
    ) throws
        -> Written<Outcome>
    {
        let log = try locateLog()
        let now = try now()
        let actor = try actor()
        let appended = try log.append { desk, eventCount in
            var decider = Decider(desk: desk, actor: actor, now: now, ids: try idGenerator(eventCount: eventCount))
            let result = try decide(&decider)
            return EventLog.Decision(events: result.events, outcome: result.outcome)
        }
        reportMasking(appended.masked)
        ProcessLifetime.keep(appended.desk)
        return Written(outcome: appended.outcome, stored: appended.events, desk: appended.desk, log: log)
    }

    /// The desk for a reading command (see `EventLog.read`). A torn last line (a crash
    /// mid-append) is left out with a warning, so staff can still look things up; other
    /// damage refuses.
    public func readDesk() throws -> Desk {
        try readLog().desk
    }

    /// The desk and the log it came from, for commands that then read a ticket whole.
    func readLog() throws -> (desk: Desk, log: EventLog) {
        let log = try locateLog()
        let result = try log.read()
        warnIfTorn(result.tornLastLine, log: log)
        ProcessLifetime.keep(result.desk)
        return (result.desk, log)
    }

    /// The ticket a person named, read whole (summary and thread).
    func readTicket(_ typed: String) throws -> Ticket {
        let (desk, log) = try readLog()
        return try log.readTicket(try desk.ticket(matching: typed))
    }

    func displayPath(_ path: String) -> String { environment.displayPath(path) }

    func warnIfTorn(_ tornLastLine: Int?, log: EventLog) {
        guard let line = tornLastLine else { return }
        warn(.tornLastLineShownWithout(path: displayPath(log.path), line: line))
    }
}

/// Values kept until the process exits. `cs` runs one command and exits; freeing a desk
/// replayed from a million events object by object costs about a tenth of a large
/// `cs list`, while the kernel takes the whole heap back at exit for nothing (compilers
/// skip such frees the same way). In-process tests keep a few small desks this way.
enum ProcessLifetime {
    private static let lock = PosixMutex()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}

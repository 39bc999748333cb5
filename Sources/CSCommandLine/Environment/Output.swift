import CSDomain

/// What a command says: results on standard output, notes and warnings on standard error,
/// in the reader's language; long output through the pager on a terminal.
struct Output {
    let invocation: Invocation
    let environment: CommandEnvironment
    /// The words for people, in the language the environment asks for (`Language.from`).
    let catalogue: Catalogue
    /// Once a damaged snapshot has been met, nothing more is printed: the command is answered
    /// again from the log, and its answer must be printed once, whole (`CommandLineTool`).
    let damage: DerivedDamageWatch?

    init(invocation: Invocation, environment: CommandEnvironment, damage: DerivedDamageWatch? = nil) {
        self.invocation = invocation
        self.environment = environment
        self.damage = damage
        catalogue = Catalogue(Language.from(environment.variables))
    }

    /// Whether results may still go out (no damaged snapshot met).
    private var mayPrint: Bool { !(damage?.seen ?? false) }

    var json: Bool { invocation.globals.json }
    var quiet: Bool { invocation.globals.quiet }

    func print(_ text: String) { if mayPrint { environment.output(text + "\n") } }
    /// Text that brings its own line endings (CSV's CRLF).
    func write(_ text: String) { if mayPrint { environment.output(text) } }
    func print(_ message: Message) { print(say(message)) }
    func warn(_ message: Message) { environment.errors("cs: " + say(message) + "\n") }
    func say(_ message: Message) -> String { catalogue.text(message) }

    /// Colour decided once from --color, NO_COLOR and whether standard output is a terminal.
    var style: Style {
        Style.decide(
            flag: invocation.globals.color, noColor: environment.variables["NO_COLOR"],
            isTerminal: environment.standardOutputIsTerminal)
    }

    /// How wide human output may be: `COLUMNS`, else the terminal's width; nil when unknown
    /// (output to a pipe or file is not cut).
    var width: Int? {
        if let columns = environment.variables["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return environment.terminalWidth
    }

    /// Long human output (`show`, `list`, `log`): through the pager when standard output
    /// is a terminal, straight out otherwise.
    func page(_ text: String) {
        guard mayPrint else { return }
        if environment.standardOutputIsTerminal, let pager = ExternalPrograms.pager(environment.variables),
            ExternalPrograms.page(text + "\n", with: pager, variables: environment.variables)
        {
            return
        }
        // Two writes rather than `text + "\n"`: a listing is megabytes, not copied again.
        write(text)
        write("\n")
    }

    /// A long table: through the pager at a terminal, else written as it is rendered.
    func page(_ table: TextTable) {
        guard mayPrint else { return }
        if environment.standardOutputIsTerminal, ExternalPrograms.pager(environment.variables) != nil {
            return page(table.render(style: style))
        }
        table.render(style: style) { environment.output.write(bytes: $0) }
        write("\n")
    }

    /// The outcome of a write: JSON of the ticket, a line for a person, or nothing (`-q`).
    func report(_ ticket: Ticket, message: Message) {
        report(ticket, text: say(message))
    }

    func report(_ ticket: Ticket, text: String) {
        if json {
            print(TicketJSON.text(ticket, thread: false))
        } else if !quiet {
            print(text)
        }
    }

    /// A path as the person would type it from here.
    func displayPath(_ path: String) -> String { environment.displayPath(path) }

    func warnIfTorn(_ tornLastLine: Int?, log: EventLog) {
        guard let line = tornLastLine else { return }
        warn(.tornLastLineShownWithout(path: displayPath(log.path), line: line))
    }
}

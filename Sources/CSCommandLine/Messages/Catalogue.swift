import CSDomain

/// The words of one language. `English` and `Korean` each implement every requirement, and
/// each implementation switches over every case of its message type: a message, error or
/// help text missing in either language does not compile.
protocol Wording {
    static func text(_ message: Message) -> String
    static func help(_ key: HelpKey) -> String
    static func usage(_ error: UsageError) -> String
    static func refused(_ error: DomainError) -> String
    static func notFound(_ error: LookupError) -> String
    static func log(_ error: LogError, displayPath: (String) -> String) -> String
    static func problem(_ problem: LogProblem) -> String
    static func jsonSyntax(_ syntax: JSONSyntax) -> String
    static func commandLine(_ error: CommandLineError) -> String
    static func internalError(_ description: String) -> String
    static func outputFailed(errorNumber: Int32) -> String
    static func groupTitle(_ group: String) -> String
    static func groupMore(_ group: String) -> String
    static func exitStatusMeaning(_ status: ExitStatus) -> String
    static func exitStatusShort(_ status: ExitStatus) -> String
    static func exitStatusSummary(_ parts: [String]) -> String
    static func environmentMeaning(_ variable: EnvironmentVariable) -> String
    static func logFormatTopic() -> String
}

/// Every word cs shows people, in one language: what commands, help, the man page and the
/// completions ask for by typed id. JSON output, event types, enum words and the log never
/// go through it, so they are the same in every language.
public struct Catalogue: Sendable {
    public let language: Language

    public static let english = Catalogue(.english)

    public init(_ language: Language) { self.language = language }

    private var wording: any Wording.Type {
        switch language {
        case .english: return English.self
        case .korean: return Korean.self
        }
    }

    /// Every text on its way out: Korean particles after values fitted to them.
    private func finished(_ text: String) -> String {
        language == .korean ? KoreanParticles.resolve(text) : text
    }

    func text(_ message: Message) -> String { finished(wording.text(message)) }
    public func help(_ key: HelpKey) -> String { finished(wording.help(key)) }
    func problem(_ problem: LogProblem) -> String { finished(wording.problem(problem)) }
    func outputFailed(errorNumber: Int32) -> String { finished(wording.outputFailed(errorNumber: errorNumber)) }
    func groupTitle(_ group: String) -> String { finished(wording.groupTitle(group)) }
    func groupMore(_ group: String) -> String { finished(wording.groupMore(group)) }
    func exitStatusMeaning(_ status: ExitStatus) -> String { finished(wording.exitStatusMeaning(status)) }
    func exitStatusShort(_ status: ExitStatus) -> String { finished(wording.exitStatusShort(status)) }
    func environmentMeaning(_ variable: EnvironmentVariable) -> String {
        finished(wording.environmentMeaning(variable))
    }
    func logFormatTopic() -> String { finished(wording.logFormatTopic()) }

    /// `Exit status: 0 done, 1 refused by the rules, ...`: the overview's last line.
    func exitStatusSummary() -> String {
        wording.exitStatusSummary(ExitStatus.allCases.map { "\($0.rawValue) " + exitStatusShort($0) })
    }

    /// The one line an error prints (after `cs: `). `displayPath` shortens a log's path.
    func describe(_ failure: Failure, displayPath: (String) -> String) -> String {
        finished(describeUnfinished(failure, displayPath: displayPath))
    }

    private func describeUnfinished(_ failure: Failure, displayPath: (String) -> String) -> String {
        switch failure {
        case .usage(let error): return wording.usage(error)
        case .refused(let error): return wording.refused(error)
        case .notFound(let error): return wording.notFound(error)
        case .log(let error): return wording.log(error, displayPath: displayPath)
        case .commandLine(let error): return wording.commandLine(error)
        case .internal(let description): return wording.internalError(description)
        }
    }
}

/// Options every command takes, wherever they stand on the line.
public enum GlobalOptions {
    public static let specs: [OptionSpec] = [
        .value("log", "PATH", kind: .file, "use the event log at PATH (else CS_LOG, else the nearest .cs/)"),
        .value("as", "NAME", kind: .agent, "act as staff member NAME (else CS_AGENT, else the login name)"),
        .flag("json", "print JSON for programs instead of text for people"),
        .flag("quiet", short: "q", "print only what a script needs (the new id for open)"),
        .value("color", "WHEN", kind: .choice(["auto", "always", "never"]), "when to colour output; auto: on a terminal, unless NO_COLOR is set"),
        .flag("help", short: "h", "show help for the command"),
        .flag("version", "print the version of cs"),
    ]

    public static func spec(named long: String) -> OptionSpec? { specs.first { $0.long == long } }
    public static func spec(short: Character) -> OptionSpec? { specs.first { $0.short == short } }
}

/// The global options as given.
public struct GlobalValues: Equatable, Sendable {
    public var log: String?
    public var actor: String?
    public var json = false
    public var quiet = false
    public var color: String?
    public var help = false
    public var version = false

    public init() {}

    mutating func set(_ long: String, value: String?) {
        switch long {
        case "log": log = value
        case "as": actor = value
        case "json": json = true
        case "quiet": quiet = true
        case "color": color = value
        case "help": help = true
        case "version": version = true
        default: break
        }
    }
}

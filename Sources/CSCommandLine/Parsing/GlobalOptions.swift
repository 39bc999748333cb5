/// When to colour output (`--color`).
public enum ColorWhen: String, ChoiceWord {
    case auto, always, never
}

/// Options every command takes, wherever they stand on the line.
public enum GlobalOptions {
    public static let log = Option.text("log", "PATH", kind: .file, help: .globalLog)
    public static let actor = Option.text("as", "NAME", kind: .agent, help: .globalAs)
    public static let json = Flag("json", help: .globalJSON)
    public static let quiet = Flag("quiet", short: "q", help: .globalQuiet)
    public static let color = Option<ColorWhen>.choice("color", "WHEN", help: .globalColor)
    public static let help = Flag("help", short: "h", help: .globalHelp)
    public static let version = Flag("version", help: .globalVersion)

    public static let specs: [OptionSpec] = {
        let all: [any OptionDeclaration] = [log, actor, json, quiet, color, help, version]
        return all.map(\.spec)
    }()

    public static func spec(named long: String) -> OptionSpec? { specs.first { $0.long == long } }
    public static func spec(short: Character) -> OptionSpec? { specs.first { $0.short == short } }
}

/// The global options as given: each one's words by its long name, read through the
/// declarations above.
public struct GlobalValues: Equatable, Sendable {
    var given: [String: String] = [:]

    public init() {}

    mutating func set(_ long: String, value: String?) { given[long] = value ?? "" }

    private func word(_ option: any OptionDeclaration) -> String? { given[option.spec.long] }

    public var log: String? { word(GlobalOptions.log) }
    public var actor: String? { word(GlobalOptions.actor) }
    public var json: Bool { word(GlobalOptions.json) != nil }
    public var quiet: Bool { word(GlobalOptions.quiet) != nil }
    /// Checked against its choices by the parser.
    public var color: ColorWhen? { word(GlobalOptions.color).flatMap(ColorWhen.init) }
    public var help: Bool { word(GlobalOptions.help) != nil }
    public var version: Bool { word(GlobalOptions.version) != nil }
}

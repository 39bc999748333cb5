/// The command table's vocabulary: plain data that parsing, `cs help` and (later)
/// completions all read. Adding an option is one line in a command's spec.

/// What kind of value a word is, so help and completions can say and offer the right thing.
public enum ValueKind: Equatable, Sendable {
    case text
    case number
    case file
    case ticket
    case agent
    /// A FAQ entry's id.
    case faq
    /// One of a fixed list (shown in help, checked by the parser).
    case choice([String])
}

public struct OptionSpec: Sendable {
    public var long: String
    public var short: Character?
    /// Nil for a flag that takes no value.
    public var valueName: String?
    public var kind: ValueKind
    public var repeatable: Bool
    public var help: String

    public static func flag(_ long: String, short: Character? = nil, _ help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: nil, kind: .text, repeatable: false, help: help)
    }

    public static func value(_ long: String, short: Character? = nil, _ valueName: String, kind: ValueKind = .text,
                             repeatable: Bool = false, _ help: String) -> OptionSpec {
        OptionSpec(long: long, short: short, valueName: valueName, kind: kind, repeatable: repeatable, help: help)
    }

    public static func choice<Value: RawRepresentable & CaseIterable>(_ long: String, _ type: Value.Type,
                                                                      repeatable: Bool = false, _ help: String) -> OptionSpec
    where Value.RawValue == String {
        value(long, long.uppercased(), kind: .choice(type.allCases.map(\.rawValue)), repeatable: repeatable, help)
    }

    public var takesValue: Bool { valueName != nil }
}

public struct PositionalSpec: Sendable {
    public var name: String
    public var kind: ValueKind
    public var optional: Bool
    /// Takes every remaining positional word.
    public var variadic: Bool
    /// Words such as `-vip` or `-5000` belong here rather than being read as options.
    public var acceptsDashWords: Bool
    public var help: String

    public static func required(_ name: String, kind: ValueKind = .text, _ help: String,
                                acceptsDashWords: Bool = false) -> PositionalSpec {
        PositionalSpec(name: name, kind: kind, optional: false, variadic: false, acceptsDashWords: acceptsDashWords, help: help)
    }

    public static func optional(_ name: String, kind: ValueKind = .text, _ help: String) -> PositionalSpec {
        PositionalSpec(name: name, kind: kind, optional: true, variadic: false, acceptsDashWords: false, help: help)
    }

    public static func variadic(_ name: String, kind: ValueKind = .text, _ help: String,
                                acceptsDashWords: Bool = false) -> PositionalSpec {
        PositionalSpec(name: name, kind: kind, optional: true, variadic: true, acceptsDashWords: acceptsDashWords, help: help)
    }
}

public struct CommandSpec: Sendable {
    /// `["reply"]`, or `["faq", "search"]` for a nested command.
    public var path: [String]
    public var abstract: String
    public var discussion: String?
    public var positionals: [PositionalSpec]
    public var options: [OptionSpec]
    public var examples: [String]
    /// Reading commands take `--json`; writing commands print the ticket as JSON with it.
    public var group: Group
    /// Left out of help and completions (the completion helper itself).
    public var hidden: Bool

    public enum Group: String, Sendable, CaseIterable {
        case setup = "Set up"
        case writing = "Work on tickets"
        case reading = "Look things up"
        case help = "Help"
    }

    public init(_ path: [String], group: Group, abstract: String, discussion: String? = nil,
                positionals: [PositionalSpec] = [], options: [OptionSpec] = [], examples: [String], hidden: Bool = false) {
        self.hidden = hidden
        self.path = path
        self.group = group
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = positionals
        self.options = options
        self.examples = examples
    }

    public var name: String { path.joined(separator: " ") }

    public func option(named long: String) -> OptionSpec? { options.first { $0.long == long } }
    public func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

/// The command table's vocabulary: plain data that parsing, `cs help`, the man page and
/// the completions all read, built from each command's declarations (Declarations.swift).

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
    /// The parser refuses the command without it.
    public var required: Bool
    public var help: HelpKey
    /// For an option whose value may be left out (`--follow-ups [WHICH]`): the word it then
    /// means. The next word is its value only when it is one of its choices.
    public var impliedValue: String? = nil
    /// The declaration's own check of a value (its conversion, result unused): the parser
    /// runs it on every word given, before the command reads the desk.
    public var check: (@Sendable (_ word: String, _ name: String) throws(UsageError) -> Void)? = nil

    public var takesValue: Bool { valueName != nil }

    /// `--reason TEXT`, as errors name it.
    public var display: String { "--" + long + (valueName.map { " " + $0 } ?? "") }

    func with(required: Bool) -> OptionSpec {
        var copy = self
        copy.required = required
        return copy
    }

    func with(impliedValue: String) -> OptionSpec {
        var copy = self
        copy.impliedValue = impliedValue
        return copy
    }

    func with(repeatable: Bool) -> OptionSpec {
        var copy = self
        copy.repeatable = repeatable
        return copy
    }
}

public struct PositionalSpec: Sendable {
    public var name: String
    public var kind: ValueKind
    public var optional: Bool
    /// Takes every remaining positional word.
    public var variadic: Bool
    /// Words such as `-vip` or `-5000` belong here rather than being read as options.
    public var acceptsDashWords: Bool
    public var help: HelpKey
    /// As `OptionSpec.check`.
    public var check: (@Sendable (_ word: String, _ name: String) throws(UsageError) -> Void)? = nil

    func with(optional: Bool) -> PositionalSpec {
        var copy = self
        copy.optional = optional
        return copy
    }

    func with(variadic: Bool) -> PositionalSpec {
        var copy = self
        copy.variadic = variadic
        return copy
    }
}

public struct CommandSpec: Sendable {
    /// `["reply"]`, or `["faq", "search"]` for a nested command.
    public var path: [String]
    public var abstract: HelpKey
    public var discussion: HelpKey?
    public var positionals: [PositionalSpec]
    public var options: [OptionSpec]
    public var examples: [String]
    /// Reading commands take `--json`; writing commands print the ticket as JSON with it.
    public var group: Group
    /// Left out of help and completions (the completion helper itself).
    public var hidden: Bool

    public enum Group: Sendable, CaseIterable {
        case setup, writing, reading, help
    }

    public init(
        _ path: [String], group: Group, abstract: HelpKey, discussion: HelpKey? = nil,
        arguments: [any ArgumentDeclaration] = [], options: [any OptionDeclaration] = [], examples: [String],
        hidden: Bool = false
    ) {
        self.hidden = hidden
        self.path = path
        self.group = group
        self.abstract = abstract
        self.discussion = discussion
        self.positionals = arguments.map(\.spec)
        self.options = options.map(\.spec)
        self.examples = examples
    }

    public var name: String { path.joined(separator: " ") }

    public func option(named long: String) -> OptionSpec? { options.first { $0.long == long } }
    public func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

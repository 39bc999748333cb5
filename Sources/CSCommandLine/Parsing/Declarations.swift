import CSDomain

// Options and arguments are values declared once, beside their command: the declaration
// gives the parser its spec (name, value kind, required, repeatable), help and completions
// their words, and the command a typed value (`invocation[Self.reason]`). No command reads
// a value by a name in a string, so a typo is a compile error rather than a silent nil.

/// A word from a fixed list (a priority, a shell, a sort order): it parses, completes,
/// documents and validates itself from its cases.
public protocol ChoiceWord: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension Priority: ChoiceWord {}
extension Category: ChoiceWord {}
extension Channel: ChoiceWord {}
extension Tier: ChoiceWord {}
extension Status: ChoiceWord {}

/// Turns the word given (already checked against a choice list, when it has one) into a
/// value; `name` is the option or argument, for the error.
public typealias WordConversion<Value> = @Sendable (_ word: String, _ name: String) throws(UsageError) -> Value

public protocol OptionDeclaration: Sendable {
    var spec: OptionSpec { get }
}

public protocol ArgumentDeclaration: Sendable {
    var spec: PositionalSpec { get }
}

/// An option that takes no value: given or not.
public struct Flag: OptionDeclaration {
    public let spec: OptionSpec

    public init(_ long: String, short: Character? = nil, help: HelpKey) {
        spec = OptionSpec(
            long: long, short: short, valueName: nil, kind: .text, repeatable: false, required: false, help: help)
    }
}

/// An option with a value, given at most once: nil when absent.
public struct Option<Value>: OptionDeclaration {
    public private(set) var spec: OptionSpec
    let convert: WordConversion<Value>

    public init(
        _ long: String, short: Character? = nil, _ valueName: String, kind: ValueKind = .text,
        help: HelpKey, convert: @escaping WordConversion<Value>
    ) {
        spec = OptionSpec(
            long: long, short: short, valueName: valueName, kind: kind, repeatable: false, required: false,
            help: help)
        spec.check = { word, name throws(UsageError) in _ = try convert(word, name) }
        self.convert = convert
    }

    /// The same option, which the parser refuses to run without.
    public var required: RequiredOption<Value> { RequiredOption(spec: spec.with(required: true), convert: convert) }

    /// The same option, which may be given again and again (each value kept, in order).
    public var repeated: RepeatedOption<Value> { RepeatedOption(spec: spec.with(repeatable: true), convert: convert) }

    /// The same option, which means `word` when given without a value.
    public func implying(_ word: String) -> Option<Value> {
        var copy = self
        copy.spec = spec.with(impliedValue: word)
        return copy
    }
}

/// An option the command cannot run without: the parser says so before the command starts.
public struct RequiredOption<Value>: OptionDeclaration {
    public let spec: OptionSpec
    let convert: WordConversion<Value>
}

/// An option that may be repeated: every value, in the order given.
public struct RepeatedOption<Value>: OptionDeclaration {
    public let spec: OptionSpec
    let convert: WordConversion<Value>
}

/// A positional argument the command needs.
public struct Argument<Value>: ArgumentDeclaration {
    public let spec: PositionalSpec
    let convert: WordConversion<Value>

    public init(
        _ name: String, kind: ValueKind = .text, help: HelpKey, acceptsDashWords: Bool = false,
        convert: @escaping WordConversion<Value>
    ) {
        var spec = PositionalSpec(
            name: name, kind: kind, optional: false, variadic: false, acceptsDashWords: acceptsDashWords,
            help: help)
        spec.check = { word, name throws(UsageError) in _ = try convert(word, name) }
        self.spec = spec
        self.convert = convert
    }

    /// The same argument, which may be left out.
    public var optional: OptionalArgument<Value> { OptionalArgument(spec: spec.with(optional: true), convert: convert) }

    /// Every remaining word (at least one).
    public var list: ArgumentList<Value> { ArgumentList(spec: spec.with(variadic: true), convert: convert) }
}

/// A positional argument that may be left out.
public struct OptionalArgument<Value>: ArgumentDeclaration {
    public let spec: PositionalSpec
    let convert: WordConversion<Value>

    /// Every remaining word, perhaps none.
    public var list: ArgumentList<Value> { ArgumentList(spec: spec.with(variadic: true), convert: convert) }
}

/// The remaining positional words.
public struct ArgumentList<Value>: ArgumentDeclaration {
    public let spec: PositionalSpec
    let convert: WordConversion<Value>
}

// MARK: - Common declarations

extension Option where Value == String {
    /// A value taken as typed.
    public static func text(
        _ long: String, short: Character? = nil, _ valueName: String, kind: ValueKind = .text,
        help: HelpKey
    ) -> Option<String> {
        Option(long, short: short, valueName, kind: kind, help: help) { word, _ throws(UsageError) in word }
    }

    /// One of a fixed list of words, kept as the word.
    public static func word(_ long: String, _ valueName: String, among words: [String], help: HelpKey) -> Option<String>
    {
        Option(long, valueName, kind: .choice(words), help: help) { word, _ throws(UsageError) in word }
    }
}

extension Option where Value == Int {
    /// A whole number above 0 (`--limit N`).
    public static func count(_ long: String, _ valueName: String = "N", help: HelpKey) -> Option<Int> {
        Option(long, valueName, kind: .number, help: help) { word, name throws(UsageError) in
            try ValueParsing.count(word, option: name)
        }
    }
}

extension Option where Value: ChoiceWord {
    /// One of the type's cases, by its word (any letter case).
    public static func choice(_ long: String, _ valueName: String? = nil, help: HelpKey) -> Option<Value> {
        Option(
            long, valueName ?? long.uppercased(), kind: .choice(Value.allCases.map(\.rawValue)), help: help,
            convert: ChoiceConversion.of(Array(Value.allCases)))
    }
}

extension Argument where Value == String {
    public static func text(
        _ name: String, kind: ValueKind = .text, help: HelpKey,
        acceptsDashWords: Bool = false
    ) -> Argument<String> {
        Argument(name, kind: kind, help: help, acceptsDashWords: acceptsDashWords) { word, _ throws(UsageError) in word
        }
    }
}

extension Argument where Value: ChoiceWord {
    /// One of `values` (all the cases unless given), by its word.
    public static func choice(
        _ name: String, among values: [Value] = Array(Value.allCases), help: HelpKey
    ) -> Argument<Value> {
        Argument(name, kind: .choice(values.map(\.rawValue)), help: help, convert: ChoiceConversion.of(values))
    }
}

enum ChoiceConversion {
    /// The value whose word was given. The parser has already refused any other word and
    /// spelled this one as listed, so a miss here is a bug in the declaration.
    static func of<Value: ChoiceWord>(_ values: [Value]) -> WordConversion<Value> {
        { word, name throws(UsageError) in
            guard let value = values.first(where: { $0.rawValue == word }) else {
                throw .invalidChoice(option: name, value: word, allowed: values.map(\.rawValue))
            }
            return value
        }
    }
}

// MARK: - Reading an invocation

extension Invocation {
    public subscript(flag: Flag) -> Bool { options[flag.spec.long] != nil }

    subscript<Value>(option: Option<Value>) -> Value? {
        get throws(Failure) {
            guard let word = options[option.spec.long]?.last else { return nil }
            return try Failure.catching(usage: option.convert(word, "--" + option.spec.long))
        }
    }

    subscript<Value>(option: RequiredOption<Value>) -> Value {
        get throws(Failure) {
            guard let word = options[option.spec.long]?.last else {
                throw .usage(.missingOption(option: option.spec.display, command: command.name))
            }
            return try Failure.catching(usage: option.convert(word, "--" + option.spec.long))
        }
    }

    subscript<Value>(option: RepeatedOption<Value>) -> [Value] {
        get throws(Failure) {
            var values: [Value] = []
            for word in options[option.spec.long] ?? [] {
                values.append(try Failure.catching(usage: option.convert(word, "--" + option.spec.long)))
            }
            return values
        }
    }

    subscript<Value>(argument: Argument<Value>) -> Value {
        get throws(Failure) {
            guard let word = arguments[argument.spec.name]?.first else {
                throw .usage(.missingArgument(name: argument.spec.name, command: command.name))
            }
            return try Failure.catching(usage: argument.convert(word, argument.spec.name))
        }
    }

    subscript<Value>(argument: OptionalArgument<Value>) -> Value? {
        get throws(Failure) {
            guard let word = arguments[argument.spec.name]?.first else { return nil }
            return try Failure.catching(usage: argument.convert(word, argument.spec.name))
        }
    }

    subscript<Value>(argument: ArgumentList<Value>) -> [Value] {
        get throws(Failure) {
            var values: [Value] = []
            for word in arguments[argument.spec.name] ?? [] {
                values.append(try Failure.catching(usage: argument.convert(word, argument.spec.name)))
            }
            return values
        }
    }

    /// Whether the option was given at all, whatever its value.
    public func given(_ option: any OptionDeclaration) -> Bool { options[option.spec.long] != nil }

    /// The word given for an option, as typed (for messages that quote it).
    public func word(_ option: any OptionDeclaration) -> String? { options[option.spec.long]?.last }

    /// The word given for an argument, as typed.
    public func word(_ argument: any ArgumentDeclaration) -> String? { arguments[argument.spec.name]?.first }
}

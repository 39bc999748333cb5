/// One command with every word of the line matched to its options and arguments.
public struct Invocation: Sendable {
    public var command: CommandSpec
    public var globals: GlobalValues
    /// Option long name → its values in the order given (flags hold one empty value).
    public var options: [String: [String]]
    /// Positional name → its words.
    public var arguments: [String: [String]]

    public func value(_ long: String) -> String? { options[long]?.last }
    public func values(_ long: String) -> [String] { options[long] ?? [] }
    public func flag(_ long: String) -> Bool { options[long] != nil }
    public func argument(_ name: String) -> String? { arguments[name]?.first }
    public func argumentList(_ name: String) -> [String] { arguments[name] ?? [] }
}

/// What the line asks for.
public enum ParsedLine: Sendable {
    case run(Invocation)
    /// `cs --help`, `cs COMMAND --help`: help for the command, or the overview when nil.
    case help(CommandSpec?, GlobalValues)
    /// `cs faq --help`: the subcommands of a group.
    case groupHelp([String])
    case version
}

/// One command with every word of the line matched to its options and arguments.
public struct Invocation: Sendable {
    public var command: CommandSpec
    public var globals: GlobalValues
    /// Option long name → its values in the order given (flags hold one empty value). Read
    /// through the declarations (`invocation[Self.reason]`, Declarations.swift), never by name.
    var options: [String: [String]]
    /// Positional name → its words.
    var arguments: [String: [String]]
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

extension Invocation {
    /// Whether the option was given at all (a filter, say, whatever its value).
    func isGiven(_ declaration: any OptionDeclaration) -> Bool { options[declaration.spec.long] != nil }
}

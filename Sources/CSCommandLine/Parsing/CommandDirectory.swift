/// What the parser finds commands in: the words of each, and a command's declaration,
/// built only for the command a line names (declarations hold options, closures and help
/// keys; building every one on every run cost a tenth of cs's start-up).
public struct CommandDirectory: Sendable {
    public let paths: [[String]]
    let declaration: @Sendable (Int) -> CommandSpec

    public init(paths: [[String]], declaration: @escaping @Sendable (Int) -> CommandSpec) {
        self.paths = paths
        self.declaration = declaration
    }

    /// Declarations already built (tests, help).
    public init(_ specs: [CommandSpec]) {
        self.init(paths: specs.map(\.path)) { specs[$0] }
    }
}

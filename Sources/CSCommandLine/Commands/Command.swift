/// A subcommand: its row of the command table and what it does.
protocol Command: Sendable {
    static var spec: CommandSpec { get }
    static func run(_ context: Context) throws(Failure)
}

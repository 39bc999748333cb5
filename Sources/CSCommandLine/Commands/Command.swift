/// A subcommand: its row of the command table and what it does.
protocol Command: Sendable {
    /// The words that name it (`["faq", "search"]`), known without building `spec`.
    static var path: [String] { get }
    static var spec: CommandSpec { get }
    static func run(_ context: Context) throws(Failure)
}

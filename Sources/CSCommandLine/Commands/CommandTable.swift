/// The command table: every subcommand, in the order `cs help` lists them. Parsing,
/// help and completions all read this one list.
public enum CommandTable {
    static let commands: [any Command.Type] = [
        InitCommand.self, CompletionCommand.self, RepairCommand.self, UpgradeCommand.self,
        OpenCommand.self, ReplyCommand.self, NoteCommand.self, AssignCommand.self, EscalateCommand.self,
        PriorityCommand.self, TagCommand.self, StatusCommand.self, CloseCommand.self, ReopenCommand.self,
        PaymentCommand.self, RefundCommand.self, RateCommand.self, FollowUpCommand.self, UndoCommand.self,
        ResolveCommand.self, MergeCommand.self, ImportCommand.self,
        SLAPolicyCommand.self,
        SLAHoursCommand.self, SyncCommand.self,
        ShowCommand.self, ListCommand.self, LogCommand.self, ExportCommand.self, StatsCommand.self, SLACommand.self,
        BlameCommand.self,
        VerifyCommand.self,
        FAQSearchCommand.self, FAQShowCommand.self, FAQListCommand.self, FAQAddCommand.self, FAQEditCommand.self,
        FAQRemoveCommand.self, FAQImportCommand.self, SuggestCommand.self,
        HelpCommand.self, CompleteHelperCommand.self, ManPageCommand.self, MergeDriverCommand.self,
    ]

    /// Every command's declaration: for help, completions and the manual. Parsing a line
    /// builds only the named command's (`directory`): building all 45 took a quarter of a
    /// millisecond, a tenth of cs's start-up.
    public static let specs: [CommandSpec] = commands.map { $0.spec }

    /// What the parser looks commands up in.
    public static let directory = CommandDirectory(paths: commands.map { $0.path }) { commands[$0].spec }

    static func command(for spec: CommandSpec) -> any Command.Type {
        commands.first { $0.path == spec.path }!
    }
}

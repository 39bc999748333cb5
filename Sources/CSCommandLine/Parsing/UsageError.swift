/// The command line was not understood (exit status 2). Each case carries the words at fault.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String, suggestion: String?, parent: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, valueName: String)
    case flagTakesNoValue(option: String)
    case invalidChoice(option: String, value: String, allowed: [String])
    case invalidValue(what: String, value: String, expected: String)
    /// A value that breaks a rule for names (tags, agents): `problem` says which.
    case badName(what: String, value: String, problem: String)
    case missingArgument(name: String, command: String)
    case missingOption(option: String, command: String)
    case unexpectedArgument(String, command: String)
    case repeatedOption(option: String)
    case conflictingOptions(String, String)
    case missingBody(what: String, command: String)
    case noLog(searchedFrom: String)
    case logNotFound(path: String)
    case unreadableFile(path: String, reason: String)
    /// An option's value that is itself an option (`--customer --channel`).
    case optionAsValue(option: String, valueName: String, word: String)
    /// A word of argv that is not UTF-8 (1-based position, its bytes).
    case argumentNotUTF8(position: Int, bytes: [UInt8])
    /// Nothing says who is acting: no --as, CS_AGENT, USER, LOGNAME or password entry.
    case unknownActor
    /// `--log` or `CS_LOG` names something that cannot be a log: a folder, a FIFO, a device,
    /// a link to nothing.
    case notALog(path: String, problem: String)
}

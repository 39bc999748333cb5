/// The command line was not understood (exit status 2). Each case carries the words at fault.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String, suggestion: String?, parent: String?)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, valueName: String)
    case flagTakesNoValue(option: String)
    case invalidChoice(option: String, value: String, allowed: [String])
    case invalidValue(what: String, value: String, expected: String)
    case missingArgument(name: String, command: String)
    case missingOption(option: String, command: String)
    case unexpectedArgument(String, command: String)
    case repeatedOption(option: String)
    case conflictingOptions(String, String)
    case missingBody(what: String, command: String)
    case noLog(searchedFrom: String)
    case logNotFound(path: String)
    case unreadableFile(path: String, reason: String)
}

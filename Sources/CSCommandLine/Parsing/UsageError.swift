import CSDomain

/// The command line was not understood (exit status 2). Each case carries the words at
/// fault and typed facts; the message catalogue words them in the reader's language.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String, suggestion: String?, parent: String?)
    /// `cs sla polcy`: a command that takes a ticket and has subcommands was given a word that
    /// is no ticket but is close to one of its subcommands.
    case neitherTicketNorSubcommand(String, command: String, suggestion: String)
    case unknownOption(String, command: String, suggestion: String?)
    case missingValue(option: String, valueName: String)
    case flagTakesNoValue(option: String)
    case invalidChoice(option: String, value: String, allowed: [String])
    /// `what` is the option, argument or variable as typed (`--since`, `AMOUNT`, `CS_NOW`).
    case invalidValue(what: String, value: String, expected: Expected)
    /// A value that breaks a rule for names (tags, agents).
    case badName(what: String, value: String, problem: Names.Problem)
    /// `cs tag T +a -a`: one tag both added and removed.
    case contradictoryTagChange(tag: String)
    /// A `cs tag` word that is not +TAG or -TAG of a valid tag.
    case badTagChange(value: String, problem: Names.Problem)
    case missingArgument(name: String, command: String)
    case missingOption(option: String, command: String)
    /// One of these is needed (`FILE` or `--builtin`; `--answer` or `--answer-file`).
    case missingOneOf([String], command: String)
    /// `given` works only together with `needs` (`--amount N` needs `--payment REF`).
    case needsOther(given: String, needs: String)
    /// Nothing to change was given, and no editor could ask for it.
    case nothingToChange(options: [String], command: String)
    case unexpectedArgument(String, command: String)
    case repeatedOption(option: String)
    case conflictingOptions(String, String)
    case missingBody(BodyKind, command: String)
    case noLog(searchedFrom: String)
    case logNotFound(path: String)
    case unreadableFile(path: String, reason: FileProblem)
    /// An option's value that is itself an option (`--customer --channel`).
    case optionAsValue(option: String, valueName: String, word: String)
    /// A word of argv that is not UTF-8 (1-based position, its bytes).
    case argumentNotUTF8(position: Int, bytes: [UInt8])
    /// A variable whose value cs stores or reads as a name, a time or a path is not UTF-8.
    case variableNotUTF8(name: String, bytes: [UInt8])
    /// Nothing says who is acting: no --as, CS_AGENT, USER, LOGNAME or password entry.
    case unknownActor
    /// The login name (USER, LOGNAME or the password database's) breaks the rule for names.
    case badLoginName(value: String, problem: Names.Problem)
    /// `--log` or `CS_LOG` names something that cannot be a log.
    case notALog(path: String, problem: NotALog)
}

/// What a value should have been.
public enum Expected: Equatable, Sendable {
    case currencyCode
    /// A positive amount in this currency (its examples depend on its minor unit).
    case amount(Currency)
    case someText
    /// `2026-11-01`, an RFC 3339 time, or an age such as `7d`.
    case timeOrAge
    case countAboveZero
    /// `escalate --to`: L2, L3 or an agent's name.
    case tierOrAgent
    case logPath
    case rfc3339Time
    case faqID
    /// `90s`, `15m`, `4h`, `2d`.
    case duration
    /// `mon-fri`, `mon,wed,fri`.
    case weekdays
    /// `09:00-18:00`.
    case openingHours
    /// A time zone the system knows (`Asia/Seoul`).
    case zoneName
    /// `2026-12-25`.
    case date
    /// A time after now: `2026-12-01`, `2026-12-01T10:00:00+09:00`.
    case futureTime
    /// `-` read standard input, which held nothing to read.
    case textOnStandardInput
    /// `--since` before `--until`.
    case timeBefore(String)
    /// A first-response target no longer than the resolution target given with it.
    case durationWithin(option: String, value: String)
}

/// The free text a command needs: named in errors and in the editor's template.
public enum BodyKind: Sendable, Equatable {
    case reply, note, customerMessage, firstMessage, answer, escalationReason
}

/// Why a file a person named could not be read.
public enum FileProblem: Equatable, Sendable {
    case system(errorNumber: Int32)
    case notUTF8
    /// A device, socket or folder: `/dev/zero` would be read for ever.
    case notAFile(FileKind)
    /// More than cs reads for this (`megabytes`): a body is text a person wrote, an import
    /// file a desk's worth of rows.
    case tooLarge(megabytes: Int)
}

/// Why `--log` or `CS_LOG` (or a `.cs` folder) cannot be a log.
public enum NotALog: Equatable, Sendable {
    /// A `.cs` folder without `events.jsonl`; `folder` is where `cs init` would make it.
    case noEventsFile(folder: String)
    /// A part of the path is a file, not a folder.
    case pathThroughFile
    /// A folder, FIFO, device or socket; `suggested` is the log path inside a folder.
    case kind(FileKind, suggested: String?)
    case danglingLink(target: String)
}

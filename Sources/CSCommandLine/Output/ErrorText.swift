import CSDomain
/// Standard output could not be written (exit status 5).
struct OutputFailed: Error {
    let errorNumber: Int32
}

/// Every error message cs prints, and the exit status that goes with it. One line each:
/// what is wrong, then the way out.
public enum ErrorText {
    public enum ExitStatus {
        public static let success: Int32 = 0
        public static let refused: Int32 = 1
        public static let usage: Int32 = 2
        public static let notFound: Int32 = 3
        public static let damaged: Int32 = 4
        /// The command's output could not be written (a full disk, an I/O error).
        public static let outputFailed: Int32 = 5
        /// A bug in cs: an error no layer names. Worth a report.
        public static let internalError: Int32 = 70
        /// The reader of standard output went away (`cs log | head`): as if killed by SIGPIPE.
        public static let brokenPipe: Int32 = 141
    }

    /// `displayPath` shortens a log path for the message (relative to the current folder).
    public static func describe(_ error: any Error, displayPath: (String) -> String) -> (message: String, status: Int32) {
        switch error {
        case let usage as UsageError: return (describe(usage), ExitStatus.usage)
        case let refused as DomainError: return (describe(refused), ExitStatus.refused)
        case let lookup as LookupError: return (describe(lookup), ExitStatus.notFound)
        case let log as LogError: return (describe(log, displayPath: displayPath), ExitStatus.damaged)
        case let bad as FAQFileReader.BadLine:
            return ("\(bad.path):\(bad.line): \(bad.problem); nothing from the file was imported", ExitStatus.usage)
        case let failed as EditorFailed: return (describe(failed), ExitStatus.refused)
        case FAQError.entryExists(let id):
            return ("FAQ entry '\(id)' exists already; change it with 'cs faq edit \(id)'", ExitStatus.refused)
        case let missing as NoFAQEntry:
            return ("no FAQ entry '\(missing.id)'; " + (missing.suggestion.map { "did you mean '\($0)'?" } ?? "see 'cs faq list'"),
                    ExitStatus.notFound)
        case let builtIn as BuiltInFAQEntry:
            return ("'\(builtIn.id)' is an entry of the built-in FAQ, which cannot be changed; copy it into this desk with "
                + "'cs faq import --builtin' and change the copy", ExitStatus.refused)
        case let failed as VerifyFailed:
            let problems = failed.count == 1 ? "1 problem" : "\(failed.count) problems"
            return ("the log has \(problems), listed above; nothing was changed", ExitStatus.damaged)
        default: return ("internal error: \(error); this is a bug in cs, please report it", ExitStatus.internalError)
        }
    }

    static func describe(_ error: UsageError) -> String {
        switch error {
        case .noCommand:
            return "no command given; run 'cs help' to see the commands"
        case .unknownCommand("", _, let parent?):
            let subcommands = CommandTable.specs.filter { $0.path.first == parent }.map { $0.path.last! }
            return "'\(parent)' needs a subcommand (\(subcommands.joined(separator: ", "))); see 'cs help \(parent)'"
        case .unknownCommand(let word, let suggestion, let parent):
            let full = [parent, word].compactMap { $0 }.joined(separator: " ")
            let fix = suggestion.map { "did you mean '\([parent, $0].compactMap { $0 }.joined(separator: " "))'?" }
                ?? "run 'cs help' to see the commands"
            return "unknown command '\(full)'; \(fix)"
        case .unknownOption(let word, let command, let suggestion):
            let fix = suggestion.map { "did you mean '\($0)'?" } ?? "see 'cs \(command == "cs" ? "" : command + " ")--help'"
            return "unknown option '\(word)' for '\(command)'; \(fix)"
        case .missingValue(let option, let valueName):
            return "option '\(option)' needs a value (\(valueName))"
        case .flagTakesNoValue(let option):
            return "option '\(option)' takes no value; write it alone"
        case .invalidChoice(let option, let value, let allowed):
            let guess = Suggestion.closest(to: value, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            return "invalid value '\(value)' for '\(option)'; \(guess)use one of: \(allowed.joined(separator: ", "))"
        case .invalidValue(let what, let value, let expected):
            return "invalid \(what) '\(value)'; expected \(expected)"
        case .badName(let what, let value, let problem):
            return "invalid \(what) '\(Terminal.singleLine(value))': \(problem)"
        case .missingArgument(let name, let command):
            return "'\(command)' needs \(name); see 'cs \(command) --help'"
        case .missingOption(let option, let command):
            return "'\(command)' needs \(option); see 'cs \(command) --help'"
        case .unexpectedArgument(let word, let command):
            return "unexpected argument '\(word)' for '\(command)'; quote text that has spaces, or see 'cs \(command) --help'"
        case .repeatedOption(let option):
            return "option '\(option)' given more than once; give it once"
        case .conflictingOptions(let first, let second):
            return "give \(first) or \(second), not both"
        case .missingBody(let what, let command):
            return "no \(what) given; pass it as an argument, with --body-file FILE, or '-' to read standard input (see 'cs \(command) --help')"
        case .noLog(let folder):
            return "no desk found in '\(folder)' or any folder above it; run 'cs init' to create one here, or pass --log PATH"
        case .logNotFound(let path):
            return "no log at '\(path)'; run 'cs init' to create a desk, or check --log and CS_LOG"
        case .unreadableFile(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .optionAsValue(let option, let valueName, let word):
            return "option '\(option)' needs a value (\(valueName)), but '\(word)' is an option; "
                + "give the value, or write \(option)=\(word) if that is the value"
        case .argumentNotUTF8(let position, let bytes):
            return "argument \(position) is not UTF-8 text ('\(escapedBytes(bytes))'); "
                + "cs reads UTF-8 only: check the encoding of the terminal or script"
        case .unknownActor:
            return "cannot tell who is acting: no --as, CS_AGENT, USER or LOGNAME, and no name for this user id "
                + "in the password database; set CS_AGENT=NAME or pass --as NAME"
        case .notALog(let path, let problem):
            return "'\(path)' \(problem)"
        }
    }

    static func describe(_ error: OutputFailed) -> String {
        "cannot write the output: \(System.describe(error.errorNumber)); what was printed is incomplete"
    }

    /// Bytes as typed, with the ones that are not printable ASCII written `\xE9`.
    static func escapedBytes(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            guard byte < 0x20 || byte >= 0x7F else { return String(UnicodeScalar(byte)) }
            return "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
        }.joined()
    }

    static func describe(_ error: EditorFailed) -> String {
        switch error {
        case .empty(let what): return "aborting: the \(what) is empty; nothing was written"
        case .exited(let editor, let status, let draft):
            return "the editor '\(editor)' exited with status \(status); nothing was written "
                + (draft.map { "(your text is kept in \($0))" } ?? "(set CS_EDITOR, VISUAL or EDITOR)")
        case .cannotCreate(let reason): return "cannot create a file for the editor: \(reason); nothing was written"
        }
    }

    static func describe(_ error: DomainError) -> String {
        switch error {
        case .ticketClosed(let ticket, let action):
            return "cannot \(describe(action)) ticket \(ticket): it is closed; reopen it first with 'cs reopen \(ticket)'"
        case .alreadyClosed(let ticket):
            return "ticket \(ticket) is already closed; 'cs reopen \(ticket)' to work on it again"
        case .notReopenable(let ticket, let status):
            return "ticket \(ticket) is \(status.rawValue), not solved or closed; there is nothing to reopen"
        case .noPayment(let ticket):
            return "ticket \(ticket) has no recorded payment to refund; record it with 'cs payment \(ticket) REF AMOUNT'"
        case .currencyMismatch(let ticket, let payment, let given):
            return "ticket \(ticket) was paid in \(payment), not \(given); refund in \(payment) with --currency \(payment)"
        case .refundExceedsRefundable(let ticket, let requested, let refundable):
            return "refund of \(requested.formatted) exceeds what remains refundable on ticket \(ticket) (\(refundable.formatted))"
        case .idempotencyKeyIncomparable(let key):
            return "cannot tell whether idempotency key '\(key)' was used before: earlier keys like it were recorded "
                + "under another desk secret; nothing was refunded: use a key without card or resident numbers"
        case .idempotencyKeyConflict(let key, let ticket):
            return "idempotency key '\(key)' was already used for a different refund on ticket \(ticket); use a new key"
        case .paymentAlreadyRefunded(let ticket):
            return "ticket \(ticket) already has refunds against its payment; the payment can no longer be changed"
        case .atTopTier(let ticket):
            return "ticket \(ticket) is already at L3, the top tier; to hand it to someone else use 'cs assign \(ticket) AGENT'"
        case .tierNotHigher(let ticket, let current, let requested):
            return "ticket \(ticket) is at \(current.rawValue); escalation must go above it, not to \(requested.rawValue)"
        case .ticketIdExhausted:
            return "could not find a free ticket id; try again"
        }
    }

    static func describe(_ error: LookupError) -> String {
        switch error {
        case .noTicket(let typed):
            return "no ticket matches '\(typed)'; see 'cs list --status all' for the ids"
        case .ambiguousTicket(let typed, let candidates):
            return "ticket id '\(typed)' is ambiguous: it matches \(candidates.joined(separator: ", ")); type more of the id"
        case .noFAQEntry(let id):
            return "no FAQ entry '\(id)'; see 'cs faq list'"
        }
    }

    static func describe(_ error: LogError, displayPath: (String) -> String) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return "cannot use the log '\(displayPath(path))': \(reason)"
        case .damaged(let path, let line, .tornLastLine):
            return "\(displayPath(path)):\(line): \(describe(LogProblem.tornLastLine)); nothing can be added after it: "
                + "run 'cs repair' (the original is kept)"
        case .damaged(let path, let line, let problem):
            return "\(displayPath(path)):\(line): \(describe(problem)); the log is damaged, see 'cs verify'"
        case .appendFailed(let path, let reason):
            return "cannot write to the log '\(displayPath(path))': \(reason); nothing was appended (the log is as it was)"
        case .notAFile(let path, let kind):
            return "'\(displayPath(path))' is \(kind.rawValue), not a log file; nothing was read or written"
        }
    }

    public static func describe(_ problem: LogProblem) -> String {
        switch problem {
        case .syntax(let what): return "not valid JSON (\(what))"
        case .emptyLine: return "empty line"
        case .tornLastLine: return "the last line is incomplete (a write was cut off)"
        case .missingChecksum: return "no checksum (every line ends in a \"sum\" field)"
        case .checksumMismatch: return "checksum mismatch: the line was changed after it was written"
        case .replay(.unknownTicket(let ticket)): return "event for ticket '\(ticket)', which was never opened"
        case .replay(.openedTwice(let ticket)): return "ticket '\(ticket)' is opened a second time"
        case .replay(.duplicateEventID(let id)): return "event id '\(id)' appears a second time"
        case .replay(.unknownFAQEntry(let id)): return "change to FAQ entry '\(id)', which does not exist"
        case .replay(.faqEntryAddedTwice(let id)): return "FAQ entry '\(id)' is added a second time"
        case .event(.notAnObject): return "not a JSON object"
        case .event(.missingField(let field)): return "missing field '\(field)'"
        case .event(.wrongType(let field, let expected)): return "field '\(field)' should be \(describe(expected))"
        case .event(.badValue(let field, let value)): return "invalid value '\(value)' in field '\(field)'"
        case .event(.unknownType(let type)): return "unknown event type '\(type)'"
        case .event(.syntax(let what)): return "not valid JSON (\(what))"
        case .event(.unknownVersion(let version)):
            return "unknown format version \(version) (this cs reads version \(Event.formatVersion); a newer cs wrote it)"
        }
    }

    static func describe(_ kind: JSONKind) -> String {
        switch kind {
        case .string: return "a string"
        case .wholeNumber: return "a whole number"
        case .listOfStrings: return "a list of strings"
        case .object: return "an object"
        }
    }

    static func describe(_ action: ClosedTicketAction) -> String {
        switch action {
        case .reply: return "reply to"
        case .recordCustomerMessage: return "add a customer message to"
        case .note: return "add a note to"
        case .assign: return "assign"
        case .escalate: return "escalate"
        case .changePriority: return "change the priority of"
        case .changeStatus: return "change the status of"
        case .recordPayment: return "record a payment on"
        case .refund: return "refund"
        }
    }
}

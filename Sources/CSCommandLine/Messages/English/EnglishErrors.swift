import CSDomain

/// cs in English: every message, help text and error. One line per error: what is wrong,
/// then the way out.
enum English: Wording {
    static func usage(_ error: UsageError) -> String {
        switch error {
        case .noCommand:
            return "no command given; run 'cs help' to see the commands"
        case .unknownCommand("", _, let parent?):
            let subcommands = CommandTable.specs.filter { $0.path.first == parent }.map { $0.path.last! }
            return "'\(parent)' needs a subcommand (\(subcommands.joined(separator: ", "))); see 'cs help \(parent)'"
        case .unknownCommand(let word, let suggestion, let parent):
            let full = [parent, word].compactMap { $0 }.joined(separator: " ")
            let fix =
                suggestion.map { "did you mean '\([parent, $0].compactMap { $0 }.joined(separator: " "))'?" }
                ?? "run 'cs help' to see the commands"
            return "unknown command '\(full)'; \(fix)"
        case .neitherTicketNorSubcommand(let word, let command, let suggestion):
            return "no ticket matches '\(word)', and 'cs \(command)' has no subcommand '\(word)'; "
                + "did you mean 'cs \(command) \(suggestion)'?"
        case .unknownOption(let word, let command, let suggestion):
            let fix =
                suggestion.map { "did you mean '\($0)'?" } ?? "see 'cs \(command == "cs" ? "" : command + " ")--help'"
            return "unknown option '\(word)' for '\(command)'; \(fix)"
        case .missingValue(let option, let valueName):
            return "option '\(option)' needs a value (\(valueName))"
        case .flagTakesNoValue(let option):
            return "option '\(option)' takes no value; write it alone"
        case .invalidChoice(let option, let value, let allowed):
            let guess = Suggestion.closest(to: value, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            return "invalid value '\(value)' for '\(option)'; \(guess)use one of: \(allowed.joined(separator: ", "))"
        case .invalidValue(let what, let value, let expected):
            return "invalid \(what) '\(value)'; expected \(self.expected(expected))"
        case .badName(let what, let value, let problem):
            return "invalid \(what) '\(Terminal.singleLine(value))': \(nameProblem(problem))"
        case .contradictoryTagChange(let tag):
            let shown = Terminal.singleLine(tag)
            return "tag '\(shown)' is both added and removed; give +\(shown) or -\(shown), not both"
        case .badTagChange(let value, let problem):
            return "invalid tag change '\(Terminal.singleLine(value))': \(nameProblem(problem)); "
                + "write +TAG to add, -TAG to remove"
        case .missingArgument(let name, let command):
            return "'\(command)' needs \(name); see 'cs \(command) --help'"
        case .missingOption(let option, let command):
            return "'\(command)' needs \(option); see 'cs \(command) --help'"
        case .missingOneOf(let choices, let command):
            return "'\(command)' needs \(choices.joined(separator: " or ")); see 'cs \(command) --help'"
        case .needsOther(let given, let needs):
            return "\(given) needs \(needs) as well; give both, or neither"
        case .nothingToChange(let options, let command):
            return
                "'\(command)' needs something to change: \(options.joined(separator: ", ")); see 'cs \(command) --help'"
        case .unexpectedArgument(let word, let command):
            return
                "unexpected argument '\(word)' for '\(command)'; quote text that has spaces, "
                + "or see 'cs \(command) --help'"
        case .repeatedOption(let option):
            return "option '\(option)' given more than once; give it once"
        case .conflictingOptions(let first, let second):
            return "give \(first) or \(second), not both"
        case .missingBody(let kind, let command):
            return
                "no \(body(kind)) given; pass it as an argument, with --body-file FILE, "
                + "or '-' to read standard input (see 'cs \(command) --help')"
        case .noLog(let folder):
            return
                "no desk found in '\(folder)' or any folder above it; run 'cs init' to create one here, "
                + "or pass --log PATH"
        case .logNotFound(let path):
            return "no log at '\(path)'; run 'cs init' to create a desk, or check --log and CS_LOG"
        case .unreadableFile(let path, let reason):
            return "cannot read \(path == "-" ? "standard input" : "'\(path)'"): \(fileProblem(reason))"
        case .optionAsValue(let option, let valueName, let word):
            return "option '\(option)' needs a value (\(valueName)), but '\(word)' is an option; "
                + "give the value, or write \(option)=\(word) if that is the value"
        case .argumentNotUTF8(let position, let bytes):
            return "argument \(position) is not UTF-8 text ('\(Terminal.escapedBytes(bytes))'); "
                + "cs reads UTF-8 only: check the encoding of the terminal or script"
        case .variableNotUTF8(let name, let bytes):
            return "\(name) is not UTF-8 text ('\(Terminal.escapedBytes(bytes))'); "
                + "cs reads UTF-8 only: set it again in UTF-8, or unset it"
        case .badLoginName(let value, let problem):
            return "the login name '\(Terminal.singleLine(value))' cannot sign events: \(nameProblem(problem)); "
                + "set CS_AGENT=NAME or pass --as NAME"
        case .unknownActor:
            return "cannot tell who is acting: no --as, CS_AGENT, USER or LOGNAME, and no name for this user id "
                + "in the password database; set CS_AGENT=NAME or pass --as NAME"
        case .notALog(let path, let problem):
            return "'\(path)' " + notALog(problem)
        }
    }

    static func refused(_ error: DomainError) -> String {
        switch error {
        case .ticketClosed(let ticket, let action):
            return
                "cannot \(closedAction(action)) ticket \(ticket): it is closed; "
                + "reopen it first with 'cs reopen \(ticket)'"
        case .alreadyClosed(let ticket):
            return "ticket \(ticket) is already closed; 'cs reopen \(ticket)' to work on it again"
        case .notReopenable(let ticket, let status):
            return "ticket \(ticket) is \(status.rawValue), not solved or closed; there is nothing to reopen"
        case .noPayment(let ticket):
            return
                "ticket \(ticket) has no recorded payment to refund; record it with 'cs payment \(ticket) REF AMOUNT'"
        case .currencyMismatch(let ticket, let payment, let given):
            return
                "ticket \(ticket) was paid in \(payment), not \(given); refund in \(payment) with --currency \(payment)"
        case .refundExceedsRefundable(let ticket, let requested, let refundable):
            return
                "refund of \(requested.formatted) exceeds what remains refundable on ticket \(ticket) "
                + "(\(refundable.formatted))"
        case .idempotencyKeyIncomparable(let key):
            return "cannot tell whether idempotency key '\(key)' was used before: earlier keys like it were recorded "
                + "under another desk secret; nothing was refunded: use a key without card or resident numbers"
        case .idempotencyKeyConflict(let key, let ticket):
            return "idempotency key '\(key)' was already used for a different refund on ticket \(ticket); use a new key"
        case .paymentAlreadyRefunded(let ticket):
            return "ticket \(ticket) already has refunds against its payment; the payment can no longer be changed"
        case .atTopTier(let ticket):
            return
                "ticket \(ticket) is already at L3, the top tier; "
                + "to hand it to someone else use 'cs assign \(ticket) AGENT'"
        case .tierNotHigher(let ticket, let current, let requested):
            return
                "ticket \(ticket) is at \(current.rawValue); escalation must go above it, not to \(requested.rawValue)"
        case .ticketIdExhausted:
            return "could not find a free ticket id; try again"
        case .statusNotSettable(let status):
            return "a ticket's status cannot be set to \(status.rawValue); use "
                + (status == .closed
                    ? "'cs close'" : "one of: " + Status.settable.map(\.rawValue).joined(separator: ", "))
        case .scoreOutOfRange(let score):
            return "a rating of \(score) is outside \(Rating.scores.lowerBound) to \(Rating.scores.upperBound)"
        case .builtInFAQEntry(let id):
            return "'\(id)' is an entry of the built-in FAQ, which cannot be changed; copy it into this desk with "
                + "'cs faq import --builtin' and change the copy"
        case .faqEntryExists(let id):
            return "FAQ entry '\(id)' exists already; change it with 'cs faq edit \(id)'"
        case .noOpenConflicts(let ticket):
            return "ticket \(ticket) has no open conflicts to settle; 'cs list --conflicts' lists the tickets that do"
        case .mergeIntoItself(let ticket):
            return "ticket \(ticket) cannot be merged into itself (or into a ticket merged into it); name another"
        case .alreadyMerged(let ticket, let into):
            return "ticket \(ticket) was merged into \(into) already; merge \(into) instead if it is a duplicate too"
        case .mergeIntoClosed(let ticket):
            return
                "ticket \(ticket) is closed: merge into an open ticket, or reopen it first with 'cs reopen \(ticket)'"
        case .mergePaymentsDiffer(let duplicate, let survivor):
            return "tickets \(duplicate) and \(survivor) are about different payments; a ticket has one payment, "
                + "so they are not duplicates"
        case .nothingToUndo(let ticket):
            return "ticket \(ticket) has no change left to undo; 'cs log \(ticket)' shows its events"
        case .changedSince(_, let event, let field, let later?):
            return "the \(field.rawValue) set by event \(event) was changed again by event \(later); undo that first, "
                + "or set the \(field.rawValue) as usual"
        case .changedSince(_, let event, _, nil):
            return "the follow-up event \(event) scheduled is done or cancelled already; nothing to take back"
        case .alreadyUndone(let ticket, let event):
            return "event \(event) of ticket \(ticket) is undone already; change the ticket as usual to go further"
        case .notReversible(_, let event, let type, let reason):
            switch reason {
            case .reply:
                return "event \(event) is a public reply: "
                    + "it reached the customer and cannot be undone; reply again to correct it"
            case .refund:
                return "event \(event) is a refund: it reached the bank and cannot be undone; record the correction "
                    + "with 'cs note' and settle it with the payment gateway"
            case .merge:
                return "the last change of this ticket is a merge (event \(event)), which cannot be undone: the "
                    + "duplicate's id leads here for good; change what needs changing as usual"
            case .fact:
                return
                    "event \(event) (\(type)) records what happened and cannot be undone; "
                    + "record the correction as a new event"
            }
        case .noOpenFollowUp(let ticket):
            return "ticket \(ticket) has no open follow-up; schedule one with 'cs follow-up \(ticket) --in 3d'"
        case .refundAlreadyVoid(let ticket, let refund):
            return "refund \(refund) of ticket \(ticket) is void already; leave it out of --void"
        }
    }

    static func notFound(_ error: LookupError) -> String {
        switch error {
        case .noTicket(let typed):
            return "no ticket matches '\(typed)'; see 'cs list --status all' for the ids"
        case .notYetOpened(let ticket, _):
            return "ticket \(ticket) was not open yet at the --as-of time; give a later time, or leave --as-of out"
        case .ambiguousTicket(let typed, let candidates):
            return
                "ticket id '\(typed)' is ambiguous: it matches \(candidates.joined(separator: ", ")); "
                + "type more of the id"
        case .noEvent(let ticket, let typed):
            return "'\(typed)' names no event of ticket \(ticket); 'cs log \(ticket) --json' lists their ids"
        case .ambiguousEvent(let ticket, let typed, let candidates):
            return "'\(typed)' names more than one event of ticket \(ticket) "
                + "(\(candidates.joined(separator: ", "))); type more of the id"
        case .noRefund(let ticket, let typed):
            return "'\(typed)' names no refund of ticket \(ticket); 'cs show \(ticket) --json' lists its refunds' ids"
        case .ambiguousRefund(let ticket, let typed, let candidates):
            return "'\(typed)' names more than one refund of ticket \(ticket) "
                + "(\(candidates.joined(separator: ", "))); type more of the id"
        case .noFAQEntry(let id, let suggestion):
            return "no FAQ entry '\(id)'; " + (suggestion.map { "did you mean '\($0)'?" } ?? "see 'cs faq list'")
        }
    }

    static func log(_ error: LogError, displayPath: (String) -> String) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return "cannot use the log '\(displayPath(path))': \(logFailure(reason))"
        case .damaged(let path, let line, .tornLastLine):
            return "\(displayPath(path)):\(line): \(problem(.tornLastLine)); nothing can be added after it: "
                + "run 'cs repair' (the original is kept)"
        case .damaged(let path, let line, .event(.unknownVersion(let version))):
            return
                "\(displayPath(path)):\(line): \(problem(.event(.unknownVersion(version)))); "
                + "the log is not damaged: upgrade cs to read it"
        case .damaged(let path, let line, let problem):
            return "\(displayPath(path)):\(line): \(self.problem(problem)); the log is damaged, see 'cs verify'"
        case .appendFailed(let path, let reason):
            return
                "cannot write to the log '\(displayPath(path))': \(logFailure(reason)); nothing was appended "
                + "(the log is as it was)"
        case .notAFile(let path, let kind):
            return "'\(displayPath(path))' is \(fileKind(kind)), not a log file; nothing was read or written"
        case .derivedStateDamaged(let path, let when):
            let outcome: String
            switch when {
            case .outputWritten: outcome = "what was printed is incomplete: run the command again"
            case .inputRead:
                outcome = "nothing was changed (standard input cannot be read twice): run the command again"
            case .changeRecorded:
                outcome = "the change was recorded (it is in the log), but what was printed may be incomplete"
            }
            return "\(displayPath(path)) (derived from the log) failed its checksum while this command read it "
                + "and has been removed; " + outcome
        case .mergeClash(let path, let line, let id):
            return
                "\(displayPath(path)):\(line): event id '\(id)' is in the other copy too, with other contents, so the "
                + "copies cannot be merged by events; keep one "
                + "(git checkout --ours or --theirs) and enter the other's changes again"
        }
    }

    static func problem(_ problem: LogProblem) -> String {
        switch problem {
        case .syntax(let what): return "not valid JSON (\(jsonSyntax(what)))"
        case .emptyLine: return "empty line"
        case .tornLastLine: return "the last line is incomplete (a write was cut off)"
        case .missingChecksum: return "no checksum (every line ends in a \"sum\" field)"
        case .carriageReturn:
            return "the line ends in a carriage return: the file was saved with Windows line endings "
                + "(convert them back to LF, for example with dos2unix)"
        case .checksumMismatch: return "checksum mismatch: the line was changed after it was written"
        case .chainBroken:
            return "checksum mismatch: the line was changed, or a line before it was removed, added or moved"
        case .replay(.unknownTicket(let ticket)): return "event for ticket '\(ticket)', which was never opened"
        case .replay(.openedTwice(let ticket)): return "ticket '\(ticket)' is opened a second time"
        case .replay(.duplicateEventID(let id)): return "event id '\(id)' appears a second time"
        case .replay(.unknownFAQEntry(let id)): return "change to FAQ entry '\(id)', which does not exist"
        case .replay(.faqEntryAddedTwice(let id)): return "FAQ entry '\(id)' is added a second time"
        case .event(let error): return eventProblem(error)
        }
    }

    static func eventProblem(_ error: EventDecodingError) -> String {
        switch error {
        case .notAnObject: return "not a JSON object"
        case .missingField(let field): return "missing field '\(field)'"
        case .wrongType(let field, let expected): return "field '\(field)' should be \(jsonKind(expected))"
        case .badValue(let field, let value): return "invalid value '\(value)' in field '\(field)'"
        case .unknownType(let type): return "unknown event type '\(type)'"
        case .syntax(let what): return "not valid JSON (\(jsonSyntax(what)))"
        case .unknownVersion(let version):
            return
                "unknown format version \(version) (this cs reads versions up to \(Event.formatVersion); "
                + "a newer cs wrote it)"
        }
    }

    static func commandLine(_ error: CommandLineError) -> String {
        switch error {
        case .emptyEditorText(let kind): return "aborting: the \(body(kind)) is empty; nothing was written"
        case .editorExited(let editor, let status, let draft):
            return "the editor '\(editor)' exited with status \(status); nothing was written "
                + (draft.map { "(your text is kept in \($0))" } ?? "(set CS_EDITOR, VISUAL or EDITOR)")
        case .cannotCreateDraft(let number):
            return "cannot create a file for the editor: \(systemError(number)); nothing was written"
        case .badFAQLine(let path, let line, let problem):
            return "\(path):\(line): \(faqLineProblem(problem)); nothing from the file was imported"
        case .badImportRow(let path, let line, let problem):
            return "\(path):\(line): \(importProblem(problem)); nothing was imported"
        case .gitFailed(let command, let reason):
            return "\(command) failed (\(reason)); run it yourself in the repository to see why, then 'cs init' again"
        case .gitMissing: return "git is not installed or not on PATH; a desk shared through git needs it"
        case .syncFailed(let command, let reason):
            return "\(command) failed (\(reason)); finish it in the repository with git, then 'cs sync' again"
        case .syncDetachedHead:
            return "HEAD is detached, so a commit would be left behind; check out a branch "
                + "('git switch main'), then 'cs sync' again"
        case .syncNoUpstream(let branch, let remotes):
            return
                "branch \(branch) has no upstream and there are \(remotes.count) remotes "
                + "(\(remotes.joined(separator: ", "))); "
                + "choose one with 'git push -u \(remotes[0]) \(branch)', then 'cs sync' again"
        case .notInGitWorkTree(let path):
            return "the desk at \(path) is not in a git repository; to share it, 'git init' (or clone the team's "
                + "repository) and 'cs init' there first"
        case .verifyFailed(let count):
            return "the log has \(count == 1 ? "1 problem" : "\(count) problems"), listed above; nothing was changed"
        }
    }

    static func internalError(_ description: String) -> String {
        "internal error: \(description); this is a bug in cs, please report it"
    }

    static func outputFailed(errorNumber: Int32) -> String {
        "cannot write the output: \(systemError(errorNumber)); what was printed is incomplete"
    }
}

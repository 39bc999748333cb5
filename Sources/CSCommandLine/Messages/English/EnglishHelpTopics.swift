import CSDomain

/// The help topics in English: command groups, exit statuses, environment variables and the
/// log format (`cs help exit-codes`, `cs help environment`, `cs help log-format`).
extension English {
    static func groupTitle(_ group: String) -> String { "\(group) commands" }
    static func groupMore(_ group: String) -> String {
        "Run 'cs help \(group) COMMAND' for a command's options and examples."
    }

    static func exitStatusMeaning(_ status: ExitStatus) -> String {
        switch status {
        case .success: return "done (also: nothing to change, or a refund retried with a used --idempotency-key)"
        case .refused:
            return "understood but refused by the rules: reply to a closed ticket, refund over the payment,\n"
                + "escalation past L3, an empty body written in the editor, ..."
        case .usage: return "usage: unknown command or option, bad or missing value, missing argument, no log found"
        case .notFound: return "not found: no such ticket, or an ambiguous id prefix (the candidates are listed)"
        case .damaged:
            return "the log is damaged, unreadable, or could not be written (a full disk: nothing was\n"
                + "appended); 'cs verify' lists every damaged line"
        case .outputFailed: return "the command's output could not be written (a full disk, a closed file)"
        case .internalError: return "an internal error: a bug in cs, please report it"
        case .brokenPipe: return "the reader of the output went away (cs log | head), as if killed by SIGPIPE"
        }
    }

    static func exitStatusShort(_ status: ExitStatus) -> String {
        switch status {
        case .success: return "done"
        case .refused: return "refused by the rules"
        case .usage: return "usage"
        case .notFound: return "not found"
        case .damaged: return "log damaged or unwritable"
        case .outputFailed: return "output not written"
        case .internalError: return "a bug in cs"
        case .brokenPipe: return "output reader gone"
        }
    }

    static func exitStatusSummary(_ parts: [String]) -> String {
        "Exit status: " + parts.joined(separator: ", ") + "; see 'cs help exit-codes'."
    }

    static func environmentMeaning(_ variable: EnvironmentVariable) -> String {
        switch variable {
        case .log: return "the event log, when --log is not given"
        case .agent: return "the acting staff member, when --as is not given"
        case .now: return "a fixed RFC 3339 time for reproducible logs (tests, fixtures)"
        case .language:
            return "the language of messages and help: ko (Korean) or anything else (English); CS_LANG first"
        case .editor: return "the editor for bodies on a terminal (else vi)"
        case .pager:
            return "the pager for long output on a terminal (else less, with LESS=FRX and LESSCHARSET=utf-8 unless set)"
        case .noColor: return "no colour, unless --color always"
        case .columns: return "the width tables fit, else the terminal's"
        case .timeZone: return "the time zone of human-readable times (JSON is always UTC)"
        case .noHooks: return "1: run no hooks from the log's hooks folder (see docs/hooks.md)"
        case .hookTimeout: return "seconds a hook may run before it is stopped (default 10)"
        case .noDerived:
            return
                "1: read the whole log and write nothing beside it (no snapshot; slower on a large desk, same answers)"
        }
    }

    static func logFormatTopic() -> String {
        """
        cs log format — one JSON event a line in .cs/events.jsonl (JSON Lines, UTF-8)

        Every line: {"v":\(Event.formatVersion),"id":…,"type":…,"ticket":…,\
        "at":"2026-11-23T09:30:00Z","by":…, payload,"sum":…}
        Types: \(Event.ticketTypeNames.joined(separator: ", "));
        and \(Event.faqTypeNames.joined(separator: ", ")) (these name their entry in "faq").
        Every line ends in "sum", a checksum of the bytes before it; 'cs verify' checks them all.
        Money is an integer in the currency's minor unit next to its ISO 4217 code.
        Lines are only ever appended, whole, under a lock; a correction is a new event.

        'cs log --json' prints the events as stored. The full reference, with an example line of
        every type, is docs/log-format.md in the cs source.
        """
    }
}

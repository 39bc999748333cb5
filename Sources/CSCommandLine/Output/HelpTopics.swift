/// `cs help exit-codes` and `cs help log-format`: the contracts scripts rely on.
enum HelpTopics {
    static let names = ["exit-codes", "log-format"]

    static func text(_ name: String) -> String? {
        switch name {
        case "exit-codes":
            return """
            cs exit statuses — what a script can rely on

              0  done (also: nothing to change, or a refund retried with a used --idempotency-key)
              1  understood but refused by the rules: reply to a closed ticket, refund over the payment,
                 escalation past L3, an empty body written in the editor, ...
              2  usage: unknown command or option, bad or missing value, missing argument, no log found
              3  not found: no such ticket, or an ambiguous id prefix (the candidates are listed)
              4  the log is damaged, unreadable, or could not be written (a full disk: nothing was
                 appended); 'cs verify' lists every damaged line
              5  the command's output could not be written (a full disk, a closed file)
             70  an internal error: a bug in cs, please report it
            141  the reader of the output went away (cs log | head), as if killed by SIGPIPE

            Every error is one line on standard error starting with 'cs: ', and nothing is appended
            to the log.
            """
        case "log-format":
            return """
            cs log format — one JSON event a line in .cs/events.jsonl (JSON Lines, UTF-8)

            Every line: {"v":1,"id":…,"type":…,"ticket":…,"at":"2026-11-23T09:30:00Z","by":…, payload,"sum":…}
            Types: opened, replied, received, noted, assigned, escalated, priority-changed,
            tags-changed, status-changed, closed, reopened, payment-recorded, refunded, rated;
            and faq-added, faq-edited, faq-removed (these name their entry in "faq").
            Every line ends in "sum", a checksum of the bytes before it; 'cs verify' checks them all.
            Money is an integer in the currency's minor unit next to its ISO 4217 code.
            Lines are only ever appended, whole, under a lock; a correction is a new event.

            'cs log --json' prints the events as stored. The full reference, with an example line of
            every type, is docs/log-format.md in the cs source.
            """
        default:
            return nil
        }
    }
}

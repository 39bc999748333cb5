import CSDomain

extension English {
    static func help(_ key: HelpKey) -> String {
        switch key {
        case .overviewTitle: return "cs — a support desk's tickets in an append-only event log"
        case .overviewMore: return "Run 'cs help COMMAND' for a command's options and examples."
        case .usageHeading: return "Usage:"
        case .argumentsHeading: return "Arguments:"
        case .optionsHeading: return "Options:"
        case .globalOptionsHeading: return "Global options:"
        case .examplesHeading: return "Examples:"
        case .commandsHeading: return "Commands:"
        case .requiredSuffix: return " (required)"
        case .repeatableSuffix: return "; repeatable"
        case .groupSetup: return "Set up"
        case .groupWriting: return "Work on tickets"
        case .groupReading: return "Look things up"
        case .groupHelp: return "Help"
        case .exitCodesTitle: return "cs exit statuses — what a script can rely on"
        case .exitCodesFooter:
            return
                "Every error is one line on standard error starting with 'cs: ', and nothing is appended\nto the log."

        case .manSection: return "User Commands"
        case .manName: return "NAME"
        case .manSummary: return "a support desk's tickets in an append-only event log"
        case .manSynopsis: return "SYNOPSIS"
        case .manDescriptionHeading: return "DESCRIPTION"
        case .manDescription:
            return "cs keeps a customer-support desk as tickets in an append-only JSON Lines event log,\n"
                + ".cs/events.jsonl. Every change appends events; the state of every ticket is what replaying the\n"
                + "log gives. The log is found like git finds .git: --log, else CS_LOG, else the nearest .cs/\n"
                + "folder walking up from the current one. Messages and help follow CS_LANG or the locale\n"
                + "(English or Korean); JSON output and the log are the same in every language."
        case .manGlobalOptionsHeading: return "GLOBAL OPTIONS"
        case .manCommandsHeading: return "COMMANDS"
        case .manEnvironmentHeading: return "ENVIRONMENT"
        case .manExitStatusHeading: return "EXIT STATUS"
        case .manSentenceEnd: return "."

        case .globalLog: return "use the event log at PATH (else CS_LOG, else the nearest .cs/)"
        case .globalAs: return "act as staff member NAME (else CS_AGENT, else the login name)"
        case .globalJSON: return "print JSON for programs instead of text for people"
        case .globalQuiet: return "print only what a script needs (the new id for open)"
        case .globalColor: return "when to colour output; auto: on a terminal, unless NO_COLOR is set"
        case .globalHelp: return "show help for the command"
        case .globalVersion: return "print the version of cs"
        case .ticketArgument: return "the ticket's id, or any unique prefix of it"
        case .faqLanguageFilter: return "only entries in this language"
        case .faqLimit: return "show at most N entries (default 5)"

        case .initAbstract: return "create a desk here: .cs/ holding an empty event log"
        case .initDiscussion:
            return
                "The folder is created owner-only (0700) and the log 0600. With --log PATH the log is created at PATH."
        case .completionAbstract: return "print the completion script for bash, zsh or fish"
        case .completionDiscussion:
            return "The same scripts are committed in completions/. Install:\n"
                + "  bash: cs completion bash > ~/.local/share/bash-completion/completions/cs\n"
                + "  zsh:  cs completion zsh > ~/.zfunc/_cs   (with fpath=(~/.zfunc $fpath) before compinit)\n"
                + "  fish: cs completion fish > ~/.config/fish/completions/cs.fish"
        case .completionShell: return "bash, zsh or fish"
        case .completeAbstract:
            return "values for shell completion (tickets with subjects, agents, FAQ entries with questions)"
        case .completeWhat: return "tickets, agents or faq"
        case .repairAbstract: return "cut a torn last line left by a crash, keeping a backup"
        case .repairDiscussion:
            return "A crash or kill in the middle of an append can leave the last line incomplete. repair saves that "
                + "line's bytes beside the log (events.jsonl.repair-TIME.bak; -2, -3, ... when taken), "
                + "then cuts it. Cutting needs "
                + "no free space: on a full disk the bytes are cut unsaved, with a warning. "
                + "It never removes a whole event: "
                + "a complete last event missing only its newline is completed instead. Other damage is refused; "
                + "see 'cs verify'."

        case .upgradeAbstract: return "chain the checksums of a log written by an older cs, keeping a backup"
        case .upgradeDiscussion:
            return "Lines written before format version 2 carry checksums of their own, so a line removed or moved "
                + "among them passes unnoticed. upgrade rewrites them as version 2, "
                + "each checksum covering the line before, "
                + "after saving the log as it was beside it (events.jsonl.upgrade-TIME.bak). The events are unchanged "
                + "and the file keeps its length. A damaged log is refused: repair it first ('cs verify')."
        case .mergeDriverAbstract: return "merge two copies of the log by events (git's merge driver for the log)"
        case .mergeDriverBase: return "the common ancestor's log (%O)"
        case .mergeDriverOurs: return "this side's log, where the merge is written (%A)"
        case .mergeDriverTheirs: return "the other side's log (%B)"
        case .mergeDriverPath: return "the log's path in the work tree (%P), which messages name"
        case .openAbstract: return "open a ticket for a customer's problem and print its id"
        case .openDiscussion:
            return "The body, if any, is the customer's first message. With -q only the id is printed, for scripts. "
                + "The FAQ entries that may answer the ticket are suggested on standard error."
        case .openSubject: return "a one-line summary of the problem"
        case .openCustomer: return "the customer's name"
        case .openEmail: return "the customer's email address"
        case .openPhone: return "the customer's phone number"
        case .openCategory: return "what the problem is about; default other"
        case .openChannel: return "how it reached the desk; default web"
        case .openPriority: return "how urgent it is; default normal"
        case .openTag: return "a tag for the ticket"
        case .openPayment: return "the payment the ticket concerns (needs --amount)"
        case .openAmount: return "the payment's amount in major units (needs --payment)"
        case .openCurrency: return "the payment's ISO 4217 currency; default KRW"
        case .openBody: return "the customer's first message"
        case .openBodyFile: return "read the first message from FILE, or - for standard input"

        case .replyAbstract: return "send a public reply to the customer, or record the customer's message"
        case .replyDiscussion:
            return "The first agent reply is the ticket's first response and moves a new ticket to open. "
                + "With --from-customer the text is the customer's; it moves a pending or solved ticket back to open. "
                + "With --faq ID and no text, the FAQ entry's answer is sent; with text, "
                + "the text is sent and the entry "
                + "recorded as its source. 'cs show' lists the entries used."
        case .replyText: return "the reply; - reads standard input"
        case .replyBodyFile: return "read the reply from FILE, or - for standard input"
        case .replyFromCustomer: return "record a message from the customer instead of a reply to them"
        case .replyFAQ: return "answer with this FAQ entry (its answer, unless TEXT is given)"
        case .noteAbstract: return "add an internal note, never shown to the customer"
        case .noteText: return "the note; - reads standard input"
        case .noteBodyFile: return "read the note from FILE, or - for standard input"

        case .assignAbstract: return "give the ticket to an agent, or transfer it to another at the same tier"
        case .assignDiscussion:
            return "A new ticket becomes open. A ticket that someone has already is transferred: it keeps its tier "
                + "(to raise the tier, use 'cs escalate'); --reason says why, for the thread (the customer asked for "
                + "another agent, a shift ended)."
        case .assignAgent: return "the staff member who takes it"
        case .assignReason: return "why it changes hands (shown in the thread)"
        case .escalateAbstract: return "raise the ticket to a higher tier, and perhaps to another agent"
        case .escalateDiscussion:
            return
                "Tiers go L1 < L2 < L3. Without --to the ticket goes to the next tier; --to L2 or L3 names the tier; "
                + "--to AGENT goes to the next tier and transfers the ticket to that agent. "
                + "Escalating past L3 is refused, "
                + "and so is a tier that does not exist (--to L4). To hand a ticket to someone at the same tier, use "
                + "'cs assign TICKET AGENT --reason TEXT'."
        case .escalateReason: return "why it is escalated (required; on a terminal the editor asks for it)"
        case .escalateTo: return "the tier, or the agent to transfer to"
        case .priorityAbstract: return "change how urgent a ticket is (urgent tickets jump the queue)"
        case .priorityPriority: return "low, normal, high or urgent"
        case .tagAbstract: return "add (+TAG) or remove (-TAG) tags"
        case .tagDiscussion: return "A word without a sign adds the tag. Tags can change on closed tickets too."
        case .tagChange: return "+TAG to add, -TAG to remove"
        case .statusAbstract: return "move a ticket to open, pending (waiting on the customer) or solved"
        case .statusDiscussion: return "Use 'cs close' to close and 'cs reopen' to reopen."
        case .statusStatus: return "open, pending or solved"
        case .closeAbstract: return "close a ticket; final until it is reopened"
        case .closeReason: return "why it is closed"
        case .reopenAbstract: return "reopen a solved or closed ticket"
        case .reopenReason: return "why it needs work again"
        case .paymentAbstract: return "record the payment a ticket concerns, which refunds draw on"
        case .paymentDiscussion:
            return "AMOUNT is in major units (50000 KRW, 12.50 USD). A payment can be corrected until the first refund."
        case .paymentRef: return "the payment's reference (PG transaction id, order no.)"
        case .paymentAmount: return "the amount paid"
        case .paymentCurrency: return "ISO 4217 currency; default KRW"
        case .refundAbstract: return "refund part or all of the ticket's payment"
        case .refundDiscussion:
            return "AMOUNT is in major units of the payment's currency (unless --currency says otherwise). "
                + "The ticket needs a recorded payment in the same currency, and the total "
                + "refunded never exceeds it. "
                + "A repeated --idempotency-key reports the original refund and refunds nothing."
        case .refundAmount: return "how much to refund"
        case .refundReason: return "why the money goes back"
        case .refundCurrency: return "ISO 4217 currency; default the payment's currency"
        case .refundIdempotencyKey: return "a key that makes retrying this refund safe"
        case .rateAbstract: return "record the customer's satisfaction score, 1 to 5"
        case .rateScore: return "1 (poor) to 5 (excellent)"
        case .rateComment: return "what the customer said"

        case .showAbstract: return "show a ticket's current state and its whole thread"
        case .listAbstract: return "list tickets as a queue: most urgent first, then oldest"
        case .listDiscussion:
            return "Without --status, closed tickets are left out (--status active), except with --conflicts and "
                + "--follow-ups, which list every status; --status all shows every ticket. "
                + "Filters of different kinds must all match; a repeated filter matches any of its values. "
                + "--overdue: not yet solved and past a service-level target; --sort due: the least time left first "
                + "(see 'cs sla'; the default targets: first response "
                + ServiceLevelText.targets(.firstResponse, minute: "m", hour: "h", day: "d") + "; resolution "
                + ServiceLevelText.targets(.resolution, minute: "m", hour: "h", day: "d") + ", around the clock). "
                + "--as-of TIME lists the desk as it stood then."
        case .listStatus: return "only tickets with this status"
        case .listPriority: return "only this priority"
        case .listCategory: return "only this category"
        case .listChannel: return "only this channel"
        case .listAssignee: return "only tickets assigned to AGENT ('none': unassigned)"
        case .listTier: return "only this tier"
        case .listTag: return "only tickets with this tag (repeat: all of them)"
        case .listCustomer: return "only customers whose name, email or phone contains TEXT"
        case .listSince: return "only tickets opened at or after TIME (2026-11-01: midnight in TZ; RFC 3339; or 7d)"
        case .listUntil: return "only tickets opened before TIME (a date: its midnight in TZ)"
        case .listOverdue: return "only unresolved tickets past a service-level target"
        case .listConflicts: return "only tickets with open conflicts from a merge (any status unless --status)"
        case .listSort: return "order: queue (default), created, updated, priority, status, id, customer, due"
        case .listReverse: return "reverse the order"
        case .listLimit: return "show at most N tickets"
        case .listPlain: return "one ticket a line, tab-separated, no header, no colour: for scripts"
        case .logAbstract: return "print the events themselves, oldest first"
        case .logDiscussion:
            return "With --json, one event a line exactly as the log stores it (JSON Lines, checksum and all)."
        case .logTicket:
            return "only this ticket's events, a FAQ entry's (by its exact id), or sla: the service-level settings'"
        case .verifyAbstract: return "check every line of the log and say where it is damaged"
        case .verifyDiscussion:
            return
                "Prints one line per problem as FILE:LINE: what, and exits 4 if there is any. Conflicts from a merge "
                + "(see cs resolve) are the desk's business, not damage: each open one is printed as FILE:LINE: and "
                + "counted, and the exit status stays 0."

        case .faqSearchAbstract: return "find the FAQ entries that answer a question"
        case .faqSearchDiscussion:
            return
                "Ranks entries with BM25 over question, title, tags and answer. Korean is matched the way people type "
                + "it: particles ignored, spacing mistakes and one-jamo typos tolerated, "
                + "and a query of initial consonants "
                + "(ㄱㅈ ㅂㄱ) matches by 초성. With - as the query, "
                + "reads one query a line from standard input and prints one "
                + "result line per query (with --json, one JSON object per line)."
        case .faqSearchQuery: return "the question, or - to read queries from standard input"
        case .faqShowAbstract: return "show one FAQ entry in full"
        case .faqEntryID: return "the entry's id"
        case .faqListAbstract: return "list the FAQ entries search answers from"
        case .faqListDiscussion:
            return "A desk with no entries of its own lists the built-in FAQ; --source adds a column saying which "
                + "(desk or built-in), as --json always does."
        case .faqListCategory: return "only entries of this category"
        case .faqListSource: return "show where each entry comes from: desk or built-in"
        case .faqAddAbstract: return "add an entry to the desk's FAQ"
        case .faqAddDiscussion:
            return
                "Needs --question and an answer (--answer or --answer-file; on a terminal, the editor opens for it). "
                + "Without ID, one is made up (faq-xxxxxx). "
                + "The first entry a desk adds replaces the built-in FAQ in searches."
        case .faqAddID: return "the entry's id: letters, digits, '.', '_', '-'; up to 40"
        case .faqQuestion: return "the question, as customers ask it"
        case .faqAnswer: return "the answer staff send; - reads standard input"
        case .faqAnswerFile: return "read the answer from FILE, or - for standard input"
        case .faqTitle: return "a short title"
        case .faqTag: return "a keyword search should match"
        case .faqCategory: return "payment, account, refund, usage, security, other, or your own"
        case .faqLanguage: return "the entry's language; guessed from the question when absent"
        case .faqEditAbstract: return "change an entry of the desk's FAQ"
        case .faqEditDiscussion:
            return
                "Changes only the fields given; --tag replaces all the tags; --title '' or --category '' clears them. "
                + "With none given on a terminal, the editor opens on the answer. "
                + "The change is a new event: the entry's history stays in the log."
        case .faqRemoveAbstract: return "remove an entry from the desk's FAQ"
        case .faqRemoveDiscussion:
            return
                "The removal is a new event; the entry's history stays in the log, "
                + "and replies that used it keep their link."
        case .faqImportAbstract: return "add or update FAQ entries from a JSON Lines file"
        case .faqImportDiscussion:
            return
                "One entry a line: {\"id\",\"title\",\"question\",\"answer\",\"tags\",\"category\",\"lang\"} "
                + "(title, tags, "
                + "category optional; lang ko or en, guessed when absent). A known id is updated. "
                + "A bad line (a field the format does not have, an id a line before has, ...) is reported with "
                + "its line number and nothing from the file is applied. "
                + "--builtin copies the built-in FAQ into the desk, "
                + "so its entries can be edited."
        case .faqImportFile: return "the JSON Lines file, or - for standard input"
        case .faqImportBuiltIn: return "import the built-in FAQ instead of a file"
        case .suggestAbstract: return "list the FAQ entries that may answer a ticket"
        case .suggestDiscussion:
            return "Searches the FAQ with the ticket's subject and the customer's messages, in the ticket's language "
                + "(Korean when it has Hangul) unless --lang says otherwise; answer with 'cs reply TICKET --faq ID'."
        case .helpAbstract: return "show the commands, or one command's options and examples"
        case .helpDiscussion:
            return "Topics: exit-codes (what each exit status means), log-format (the event log on disk)."
        case .helpCommand: return "the command or topic to explain"
        case .manPageAbstract: return "print the manual page in roff"
        case .asOf: return "look at the desk as it stood at TIME (replayed from the events up to then)"
        case .slaAbstract: return "show a ticket's service-level clocks and why they stand where they do"
        case .slaDiscussion:
            return "First response runs from the opening to the first agent reply. Resolution runs while the ticket is "
                + "new or open, is paused while it is pending (waiting on the customer), stops while it is solved or "
                + "closed and runs again when it is reopened. Both count business time ('cs sla hours') and hold each "
                + "moment to the target of the ticket's priority then ('cs sla policy'): "
                + "a priority change takes the new "
                + "target from then on. Each stretch is listed with the event that began it. Defaults: first response "
                + ServiceLevelText.targets(.firstResponse, minute: "m", hour: "h", day: "d") + "; resolution "
                + ServiceLevelText.targets(.resolution, minute: "m", hour: "h", day: "d") + "; around the clock."
        case .slaPolicyAbstract: return "set a priority's service-level targets"
        case .slaPolicyDiscussion:
            return
                "DURATION is 90s, 15m, 4h or 2d. The change is an event in the log: every clone of the desk sees it, "
                + "and views use the targets in force when they are computed."
        case .slaPolicyPriority: return "low, normal, high or urgent"
        case .slaPolicyFirstResponse: return "how soon the first agent reply is due"
        case .slaPolicyResolution: return "how soon the ticket must be solved or closed"
        case .slaHoursAbstract: return "set when the service-level clocks run"
        case .slaHoursDiscussion:
            return "--always counts every second. Otherwise --days, --hours and --tz say when the desk works, and each "
                + "--holiday is a day off; time outside them is not counted. An event in the log, like 'cs sla policy'."
        case .slaHoursAlways: return "count around the clock, every day"
        case .slaHoursDays: return "working days: mon-fri, or a list such as mon,wed,fri"
        case .slaHoursHours: return "working hours each working day, such as 09:00-18:00"
        case .slaHoursZone: return "the time zone of those hours, such as Asia/Seoul"
        case .slaHoursHoliday: return "a day off, not counted"
        case .statsAbstract:
            return "measure the desk: response and resolution times, waits, satisfaction, service levels"
        case .statsDiscussion:
            return "Over the tickets opened between --since and --until (default: all), at now or --as-of. Medians are "
                + "the middle value (or the mean of the two middle ones), p90 the nearest rank; nothing to measure is "
                + "null, never 0. Resolution is wall clock from opening to the first solved or closed; waits run from "
                + "each customer message to the reply that answered it. --by groups the same figures (agent: the "
                + "assignee, '-' when none). --csv: one row per group for spreadsheets."
        case .statsSince: return "only tickets opened at or after TIME (2026-11-01: midnight in TZ; RFC 3339; or 7d)"
        case .statsUntil: return "only tickets opened before TIME"
        case .statsBy: return "the same figures per group"
        case .statsCSV: return "CSV (RFC 4180) with a header row instead of the report"
        case .blameAbstract: return "show each field of a ticket and the event that last set it"
        case .resolveAbstract: return "settle a ticket's conflicts from a merge, saying which refunds stand"
        case .resolveDiscussion:
            return "When clones of a desk are merged through git, each clone's events hold, but the union can break a "
                + "rule: two refunds that together exceed the payment, a reply to a ticket the other clone closed, "
                + "two agents setting the priority. Replay keeps every event and marks such conflicts (cs show, "
                + "cs verify, cs list --conflicts); a contested refund is not counted. cs resolve settles every open "
                + "conflict of the ticket with one event: the refunds named by --void do not stand; every other "
                + "contested refund counts if it fits in what remains of the payment, else it is void too. Other "
                + "conflicts are acknowledged: the later value stands, change it as usual to keep another."
        case .resolveVoid: return "a refund (its event id, or a prefix) that does not stand"
        case .resolveReason: return "why, for the record (what the bank or the customer confirmed)"
        case .syncAbstract: return "commit the desk's new events, pull the team's, and push"
        case .syncDiscussion:
            return "In a desk kept in git (cs init in a work tree): commits the log with a message saying what "
                + "changed, pulls with cs's merge driver (events are merged, never conflict markers), and pushes. The "
                + "first sync to an empty remote sets the branch's upstream. With no remote, it commits and says so. "
                + "Only the log, .gitattributes and the desk's .gitignore are committed; other changes in the work "
                + "tree are left alone. A failing git command is reported with git's own words (exit status 1)."
        case .syncMessage: return "the commit message's first line (default: what changed)"
        case .followUpAbstract: return "schedule a check-back on a ticket, or mark it done or cancelled"
        case .followUpDiscussion:
            return "A follow-up is a reminder to check back with the customer: after a fix, a refund, a dropped call. "
                + "It may be scheduled on a ticket of any status, and a ticket may carry several; cs show lists the "
                + "open ones and cs list --follow-ups the tickets whose are due. --done and --cancel act on the open "
                + "follow-up due first. cs stats counts those done on time and late."
        case .followUpIn: return "due this long from now: 90m, 4h, 3d"
        case .followUpAt: return "due at this time: 2026-12-01 (that day's start in TZ) or an RFC 3339 time"
        case .followUpNote: return "what to check back about"
        case .followUpDone: return "mark the follow-up due first done"
        case .followUpCancel: return "cancel the follow-up due first"
        case .importAbstract: return "bring tickets in from a spreadsheet or another tool, or events from cs export"
        case .importDiscussion:
            return "Tickets: CSV with a header row, or JSON Lines of objects, one ticket a row. Columns: subject and "
                + "customer (needed), email, phone or contact, category, channel, priority, createdAt (a past time; "
                + "opened then), status (new, open, pending, solved, closed), body (the first message), tags, "
                + "externalId. A row becomes its events at its own time. Every row is checked first: one bad row "
                + "refuses the file with FILE:LINE: what is wrong (exit 2), and nothing is written. Importing a file "
                + "again adds only rows not imported before (by externalId, else by what the row says). Events: "
                + "JSON Lines from cs export --events, kept as they were (ids, times, authors); those on the desk "
                + "already are left out. --dry-run says what would be imported."
        case .importFile: return "the file to import (- : standard input)"
        case .importFormat: return "csv or jsonl (default: by the file's extension, else its first character)"
        case .importDryRun: return "check the file and say what would be imported, writing nothing"
        case .exportAbstract: return "write the desk's tickets or events as JSON Lines or CSV"
        case .exportDiscussion:
            return "Tickets (the default) are one line or record each, the fields of cs show --json without the "
                + "thread; in CSV, money in major units and lists joined by spaces. Events are the log's events as "
                + "JSON (without their checksums), in log order; without filters every event, FAQ and settings too, "
                + "which cs import restores into an empty desk. Filters are cs list's; every status unless --status. "
                + "CSV follows RFC 4180 (CRLF, quotes doubled); "
                + "--bom starts it with a UTF-8 byte order mark for spreadsheet programs."
        case .exportTickets: return "one line or record per ticket (the default)"
        case .exportEvents: return "the events themselves, in log order"
        case .exportFormat: return "jsonl (the default) or csv"
        case .exportBOM: return "with --format csv: start with a UTF-8 byte order mark (for spreadsheet programs)"
        case .mergeAbstract: return "merge a duplicate ticket into the one that stays"
        case .mergeDiscussion:
            return "For a customer who called twice about one problem. The duplicate is closed as merged; the ticket "
                + "that stays takes on its tags, its payment and what was refunded against it (one payment counts "
                + "once), and cs show shows both threads woven by time, the duplicate's entries marked. The "
                + "duplicate's id keeps working: cs show DUPLICATE shows the other ticket with a line saying so, and "
                + "writes to it go there (with a note on standard error); cs log DUPLICATE still lists its own events. "
                + "Its open follow-ups move to the ticket that stays. A merge cannot be undone. Refused into itself "
                + "(or a loop of merges), into a closed ticket, and for "
                + "tickets about different payments (exit 1)."
        case .mergeDuplicate: return "the duplicate, closed by the merge"
        case .mergeInto: return "the ticket that stays"
        case .mergeReason: return "why they are one case"
        case .undoAbstract: return "take back a ticket's last change, or a named one"
        case .undoDiscussion:
            return "Appends an event that reverses the ticket's last reversible change not undone yet (or the one "
                + "--event names) and says what it reversed: an assignment or transfer, an escalation, a priority, "
                + "tags, a status, a close or reopen, a note (marked retracted), a follow-up. What a later event "
                + "changed again stays: undoing a change whose field was changed since is refused, naming the later "
                + "event (exit 1). Nothing is removed from the log. A public reply reached the customer and a refund "
                + "reached the bank: they cannot be undone "
                + "(exit 1), nor can the customer's messages, ratings, payments or settlements."
        case .undoEvent: return "the event to undo: its id or a unique prefix (cs log TICKET --json lists them)"
        case .statusFollowUp: return "also schedule a follow-up this long from now (3d): check back after solving"
        case .listFollowUps:
            return "only tickets with open follow-ups, the one due first first: due (the default: due now) or all"
        case .blameDiscussion:
            return "Like git blame for a ticket: status, priority, assignee, tier, tags and the rest, each with the "
                + "event that last changed it (its type, id, time and author). "
                + "--json prints an array of {field, value, event, type, at, by}."
        }
    }

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

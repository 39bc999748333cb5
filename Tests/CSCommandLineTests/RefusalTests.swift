import Testing

/// Every refused command: its exit status, its one-line error, and the log's bytes
/// exactly as they were before it.
@Suite struct RefusalTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// Commands that set the scene; `T` stands for the ticket opened first.
        let given: [[String]]
        let when: [String]
        let status: Int32
        let error: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "reply to a closed ticket", given: [["close", "T"]], when: ["reply", "T", "hello"], status: 1,
            error: "cannot reply to ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "note on a closed ticket", given: [["close", "T"]], when: ["note", "T", "x"], status: 1,
            error: "cannot add a note to ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "assign a closed ticket", given: [["close", "T"]], when: ["assign", "T", "lee"], status: 1,
            error: "cannot assign ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "escalate a closed ticket", given: [["close", "T"]], when: ["escalate", "T", "--reason", "x"],
            status: 1,
            error: "cannot escalate ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "refund a closed ticket", given: [["payment", "T", "P1", "1000"], ["close", "T"]],
            when: ["refund", "T", "100", "--reason", "x"], status: 1,
            error: "cannot refund ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "status of a closed ticket", given: [["close", "T"]], when: ["status", "T", "open"], status: 1,
            error: "cannot change the status of ticket T: it is closed; reopen it first with 'cs reopen T'"),
        Case(
            name: "a tag both added and removed", given: [], when: ["tag", "T", "+vip", "-vip"], status: 2,
            error: "tag 'vip' is both added and removed; give +vip or -vip, not both"),
        Case(
            name: "undo an empty event id", given: [["priority", "T", "high"]], when: ["undo", "T", "--event", ""],
            status: 2, error: "invalid --event ''; expected some text"),
        Case(
            name: "close twice", given: [["close", "T"]], when: ["close", "T"], status: 1,
            error: "ticket T is already closed; 'cs reopen T' to work on it again"),
        Case(
            name: "reopen an open ticket", given: [["reply", "T", "hi"]], when: ["reopen", "T"], status: 1,
            error: "ticket T is open, not solved or closed; there is nothing to reopen"),
        Case(
            name: "refund without payment", given: [], when: ["refund", "T", "1000", "--reason", "x"], status: 1,
            error: "ticket T has no recorded payment to refund; record it with 'cs payment T REF AMOUNT'"),
        Case(
            name: "refund over the payment", given: [["payment", "T", "P1", "5000"]],
            when: ["refund", "T", "5001", "--reason", "x"], status: 1,
            error: "refund of 5,001 KRW exceeds what remains refundable on ticket T (5,000 KRW)"),
        Case(
            name: "refund over what remains",
            given: [["payment", "T", "P1", "5000"], ["refund", "T", "3000", "--reason", "a"]],
            when: ["refund", "T", "2001", "--reason", "x"], status: 1,
            error: "refund of 2,001 KRW exceeds what remains refundable on ticket T (2,000 KRW)"),
        Case(
            name: "refund in another currency", given: [["payment", "T", "P1", "5000"]],
            when: ["refund", "T", "10", "--currency", "USD", "--reason", "x"], status: 1,
            error: "ticket T was paid in KRW, not USD; refund in KRW with --currency KRW"),
        Case(
            name: "idempotency key reused for another amount",
            given: [
                ["payment", "T", "P1", "5000"], ["refund", "T", "1000", "--reason", "a", "--idempotency-key", "k"],
            ],
            when: ["refund", "T", "2000", "--reason", "x", "--idempotency-key", "k"], status: 1,
            error: "idempotency key 'k' was already used for a different refund on ticket T; use a new key"),
        Case(
            name: "payment changed after a refund",
            given: [["payment", "T", "P1", "5000"], ["refund", "T", "1000", "--reason", "a"]],
            when: ["payment", "T", "P2", "9000"], status: 1,
            error: "ticket T already has refunds against its payment; the payment can no longer be changed"),
        Case(
            name: "escalate past L3", given: [["escalate", "T", "--to", "L3", "--reason", "a"]],
            when: ["escalate", "T", "--reason", "x"], status: 1,
            error: "ticket T is already at L3, the top tier; to hand it to someone else use 'cs assign T AGENT'"),
        Case(
            name: "escalate to the same tier", given: [["escalate", "T", "--reason", "a"]],
            when: ["escalate", "T", "--to", "L2", "--reason", "x"], status: 1,
            error: "ticket T is at L2; escalation must go above it, not to L2"),
        Case(
            name: "escalate without a reason", given: [], when: ["escalate", "T"], status: 2,
            error: "'escalate' needs --reason TEXT; see 'cs escalate --help'"),
        Case(
            name: "refund of zero", given: [["payment", "T", "P1", "5000"]],
            when: ["refund", "T", "0", "--reason", "x"], status: 2,
            error:
                "invalid AMOUNT '0'; expected a positive amount in KRW such as 59000 or 59,000 "
                + "(commas only between groups of three digits)"
        ),
        Case(
            name: "negative refund", given: [["payment", "T", "P1", "5000"]],
            when: ["refund", "T", "-500", "--reason", "x"], status: 2,
            error:
                "invalid AMOUNT '-500'; expected a positive amount in KRW such as 59000 or 59,000 (commas only "
                + "between groups of three digits)"
        ),
        Case(
            name: "fractional won", given: [], when: ["payment", "T", "P1", "10.5"], status: 2,
            error:
                "invalid AMOUNT '10.5'; expected a positive amount in KRW such as 59000 or 59,000 (commas only "
                + "between groups of three digits)"
        ),
        Case(
            name: "unknown currency", given: [], when: ["payment", "T", "P1", "10", "--currency", "XYZ"], status: 2,
            error: "invalid --currency 'XYZ'; expected an ISO 4217 code such as KRW or USD"),
        Case(
            name: "rating out of range", given: [], when: ["rate", "T", "6"], status: 2,
            error: "invalid value '6' for 'SCORE'; use one of: 1, 2, 3, 4, 5"),
        Case(
            name: "status new is not settable", given: [], when: ["status", "T", "new"], status: 2,
            error: "invalid value 'new' for 'STATUS'; use one of: open, pending, solved"),
        Case(
            name: "reply without text", given: [], when: ["reply", "T"], status: 2,
            error:
                "no reply text given; pass it as an argument, with --body-file FILE, "
                + "or '-' to read standard input (see 'cs reply --help')"
        ),
        Case(
            name: "blank reply", given: [], when: ["reply", "T", "   "], status: 2,
            error:
                "no reply text given; pass it as an argument, with --body-file FILE, "
                + "or '-' to read standard input (see 'cs reply --help')"
        ),
        Case(
            name: "reply with text and a file", given: [], when: ["reply", "T", "x", "--body-file", "f"], status: 2,
            error: "give TEXT or --body-file, not both"),
        Case(
            name: "reply body file missing", given: [], when: ["reply", "T", "--body-file", "nope.txt"], status: 2,
            error: "cannot read 'nope.txt': No such file or directory"),
        Case(
            name: "unknown ticket", given: [], when: ["reply", "ZZZZZZZZ", "x"], status: 3,
            error: "no ticket matches 'ZZZZZZZZ'; see 'cs list --status all' for the ids"),
        Case(
            name: "open without customer", given: [], when: ["open", "x"], status: 2,
            error: "'open' needs --customer NAME; see 'cs open --help'"),
        Case(
            name: "open with amount but no payment", given: [],
            when: ["open", "x", "--customer", "y", "--amount", "5"], status: 2,
            error: "--amount N needs --payment REF as well; give both, or neither"),
        Case(
            name: "open with a bad channel", given: [], when: ["open", "x", "--customer", "y", "--channel", "fax"],
            status: 2,
            error: "invalid value 'fax' for '--channel'; use one of: phone, email, chat, web, visit"),
        Case(
            name: "priority given twice", given: [],
            when: ["open", "x", "--customer", "y", "--priority", "low", "--priority", "high"],
            status: 2, error: "option '--priority' given more than once; give it once"),
        Case(
            name: "flag with a value", given: [], when: ["reply", "T", "x", "--from-customer=yes"], status: 2,
            error: "option '--from-customer' takes no value; write it alone"),
        Case(
            name: "option without its value", given: [], when: ["close", "T", "--reason"], status: 2,
            error: "option '--reason' needs a value (TEXT)"),
        Case(
            name: "stats by an unknown grouping", given: [], when: ["stats", "--by", "team"], status: 2,
            error: "invalid value 'team' for '--by'; use one of: agent, category, channel, priority, tier, customer"),
        Case(
            name: "stats with an unreadable time", given: [], when: ["stats", "--since", "yesterday"], status: 2,
            error:
                "invalid --since 'yesterday'; expected a date (2026-11-01), an RFC 3339 time, "
                + "or an age such as 24h or 7d"
        ),
        Case(
            name: "stats since after until", given: [],
            when: ["stats", "--since", "2026-11-10", "--until", "2026-11-01"],
            status: 2, error: "invalid --since '2026-11-10'; expected a time before --until '2026-11-01'"),
        Case(
            name: "sla policy answering after resolving", given: [],
            when: ["sla", "policy", "urgent", "--first-response", "4h", "--resolution", "1h"], status: 2,
            error:
                "invalid --first-response '4h'; expected no longer than --resolution '1h' "
                + "(a ticket is answered before it is resolved)"
        ),
        Case(
            name: "open for a customer on two lines", given: [], when: ["open", "x", "--customer", "Lee\nKim"],
            status: 2,
            error: "invalid --customer 'Lee Kim': a name is one line of text without control characters (not 'U+000A')"
        ),
        Case(
            name: "list since after until", given: [],
            when: ["list", "--since", "2026-11-05", "--until", "2026-11-03"],
            status: 2, error: "invalid --since '2026-11-05'; expected a time before --until '2026-11-03'"),
        Case(
            name: "stats as json and csv", given: [], when: ["stats", "--json", "--csv"], status: 2,
            error: "give --json or --csv, not both"),
        Case(
            name: "sla hours in an unknown zone", given: [],
            when: ["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "Mars/Olympus"], status: 2,
            error:
                "invalid --tz 'Mars/Olympus'; expected a zone of the time zone database such as Asia/Seoul or UTC "
                + "(not an offset: POSIX reads UTC+9 as nine hours west)"),
        // Settings travel with the log: a POSIX rule (its sign backwards), a path of this
        // machine's, an empty name or the C library's ':' form are refused, not stored.
        Case(
            name: "sla hours at an offset", given: [],
            when: ["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "UTC+9"], status: 2,
            error:
                "invalid --tz 'UTC+9'; expected a zone of the time zone database such as Asia/Seoul or UTC "
                + "(not an offset: POSIX reads UTC+9 as nine hours west)"),
        Case(
            name: "sla hours in a zone file's path", given: [],
            when: ["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "/etc/localtime"], status: 2,
            error:
                "invalid --tz '/etc/localtime'; expected a zone of the time zone database such as Asia/Seoul or UTC "
                + "(not an offset: POSIX reads UTC+9 as nine hours west)"),
        Case(
            name: "sla hours in no zone", given: [],
            when: ["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", ""], status: 2,
            error:
                "invalid --tz ''; expected a zone of the time zone database such as Asia/Seoul or UTC "
                + "(not an offset: POSIX reads UTC+9 as nine hours west)"),
        Case(
            name: "sla hours backwards", given: [],
            when: ["sla", "hours", "--days", "mon-fri", "--hours", "18:00-09:00", "--tz", "Asia/Seoul"], status: 2,
            error:
                "invalid --hours '18:00-09:00'; expected hours such as 09:00-18:00 (closing after opening, "
                + "at most 24:00)"
        ),
        Case(
            name: "sla hours half given", given: [], when: ["sla", "hours", "--days", "mon-fri"], status: 2,
            error:
                "'sla hours' needs --always or --days DAYS --hours HH:MM-HH:MM --tz ZONE; see 'cs sla hours --help'"),
        Case(
            name: "sla hours always and days", given: [], when: ["sla", "hours", "--always", "--days", "mon"],
            status: 2,
            error: "give --always or --days, not both"),
        Case(
            name: "sla policy with a bare number", given: [],
            when: ["sla", "policy", "urgent", "--first-response", "15", "--resolution", "4h"], status: 2,
            error: "invalid --first-response '15'; expected a duration such as 90s, 15m, 4h or 2d"),
        Case(
            name: "sla policy without resolution", given: [],
            when: ["sla", "policy", "urgent", "--first-response", "15m"],
            status: 2, error: "'sla policy' needs --resolution DURATION; see 'cs sla policy --help'"),
        Case(
            name: "sla of an unknown ticket", given: [], when: ["sla", "ZZZZZZZZ"], status: 3,
            error: "no ticket matches 'ZZZZZZZZ'; see 'cs list --status all' for the ids"),
        Case(
            name: "show as of a time before the ticket was opened", given: [],
            when: ["show", "T", "--as-of", "1990-01-01"], status: 3,
            error: "ticket T was not open yet at the --as-of time; give a later time, or leave --as-of out"),
        Case(
            name: "blame as of a time before the ticket was opened", given: [],
            when: ["blame", "T", "--as-of", "1990-01-01"], status: 3,
            error: "ticket T was not open yet at the --as-of time; give a later time, or leave --as-of out"),
        Case(
            name: "show as of an unreadable time", given: [], when: ["show", "T", "--as-of", "soon"], status: 2,
            error: "invalid --as-of 'soon'; expected a date (2026-11-01), an RFC 3339 time, or an age such as 24h or 7d"
        ),
        Case(
            name: "list sorted by nothing known", given: [], when: ["list", "--sort", "urgency"], status: 2,
            error:
                "invalid value 'urgency' for '--sort'; use one of: "
                + "queue, created, updated, priority, status, id, customer, due"
        ),
    ]

    @Test(arguments: cases)
    func refusedCommandLeavesTheLogAlone(_ testCase: Case) {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("결제 오류")
        for step in testCase.given {
            let result = harness.run(step.map { $0 == "T" ? ticket : $0 })
            #expect(result.status == 0, "setting the scene failed: \(result.stderr)")
        }
        let before = harness.logBytes
        let result = harness.run(testCase.when.map { $0 == "T" ? ticket : $0 })
        #expect(result.status == testCase.status)
        let message = testCase.error.replacingOccurrences(of: "ticket T", with: "ticket \(ticket)")
            .replacingOccurrences(of: " T ", with: " \(ticket) ").replacingOccurrences(of: " T'", with: " \(ticket)'")
        #expect(result.stderr == "cs: " + message + "\n")
        #expect(result.stdout == "")
        #expect(harness.logBytes == before, "a refused command changed the log")
    }

    /// A name that could not be told from nobody, or that shows nothing, is refused at every
    /// way in; nothing is appended.
    @Test(
        arguments: [
            (["assign", "T", "none"], "invalid AGENT 'none': 'none' would read as nobody"),
            (["assign", "T", "-"], "invalid AGENT '-': '-' would read as nobody"),
            (["--as", "none", "note", "T", "x"], "invalid --as 'none': 'none' would read as nobody"),
            (["assign", "T", "\u{200D}"], "it has nothing visible, only spaces or invisible characters (U+200D)"),
            (["open", "s", "--customer", "\u{200B}\u{FEFF}"], "it has nothing visible"),
            (["assign", "T", "\u{3164}"], "only spaces or invisible characters (U+3164)"),
            (["assign", "T", "\u{2800}\u{FE0F}"], "(U+2800 U+FE0F)"),
            (["assign", "T", "n\u{200B}one"], "'none' would read as nobody"),
            (["assign", "T", "\u{FEFF}-"], "'-' would read as nobody"),
        ] as [([String], String)])
    func namesThatShowNothingOrMeanNobodyAreRefused(_ arguments: [String], _ error: String) {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        let before = harness.logBytes
        let result = harness.run(arguments.map { $0 == "T" ? ticket : $0 })
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("cs: ") && result.stderr.contains(error), "\(result.stderr)")
        #expect(harness.logBytes == before)
    }

    /// A login name signs events only if it could have been given with --as.
    @Test(arguments: ["none", "-", "\u{200B}", "a\nb", "L2"])
    func aLoginNameIsHeldToTheRuleForNames(_ login: String) {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.variables["CS_AGENT"] = nil
        harness.loginName = login
        let before = harness.logBytes
        let result = harness.run(["note", ticket, "x"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("cs: the login name '"), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("; set CS_AGENT=NAME or pass --as NAME\n"))
        #expect(harness.logBytes == before)
        harness.loginName = "  kim  "
        #expect(harness.run(["note", ticket, "x"]).status == 0, "a login name is trimmed, as --as is")
    }

    @Test func aBadValueIsNamedBeforeTheDeskIsLookedFor() {
        // With no desk at all, the typo is still what is wrong first.
        let harness = Harness()
        let result = harness.run(["list", "--limit", "0"])
        #expect(result.status == 2)
        #expect(result.stderr == "cs: invalid --limit '0'; expected a whole number from 1 to 1000000000\n")
        // A number too large for the machine is told the range, not that it is not above 0.
        let huge = harness.run(["list", "--limit", "99999999999999999999"])
        #expect(huge.stderr.hasSuffix("expected a whole number from 1 to 1000000000\n"))
        #expect(harness.run(["list", "--limit", "1000000001"]).status == 2)
        let since = harness.run(["stats", "--since", "yesterdayy"])
        #expect(since.status == 2)
        #expect(since.stderr.hasPrefix("cs: invalid --since 'yesterdayy'; expected a date"))
    }

    @Test func noLogFound() {
        let harness = Harness()
        let result = harness.run(["list"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "cs: no desk found in '\(harness.folder)' or any folder above it; "
                + "run 'cs init' to create one here, or pass --log PATH\n"
        )
    }

    @Test func badClockIsAUsageError() {
        let harness = Harness.withEmptyDesk()
        let before = harness.logBytes
        let result = harness.run(["open", "x", "--customer", "y"], at: "yesterday")
        #expect(result.status == 2)
        #expect(
            result.stderr == "cs: invalid CS_NOW 'yesterday'; expected an RFC 3339 time such as 2026-11-23T09:30:00Z\n")
        #expect(harness.logBytes == before)
    }
}

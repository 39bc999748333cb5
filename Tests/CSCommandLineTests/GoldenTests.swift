import Testing

/// Exact output of reading commands over the fixture desk, and of the common mistakes.
/// Each case's stdout, stderr and exit status live together in Goldens/NAME.txt.
@Suite struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let arguments: [String]
        /// Stated here too, so re-recording can never bless an unintended error.
        var status: Int32 = 0
        /// Set for this case only (the harness's own: TZ=Asia/Seoul, fixed CS_NOW).
        var variables: [String: String] = [:]
        /// Commands run first, unrecorded (a refund needs a payment to draw on).
        var setup: [[String]] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "help", arguments: ["help"]),
        Case(name: "help-refund", arguments: ["help", "refund"]),
        Case(name: "open-dash-help", arguments: ["open", "--help"]),
        Case(name: "version", arguments: ["--version"]),
        Case(name: "list", arguments: ["list"]),
        Case(name: "list-all", arguments: ["list", "--status", "all"]),
        Case(name: "list-urgent-unassigned", arguments: ["list", "--priority", "urgent", "--assignee", "none"]),
        Case(name: "list-overdue", arguments: ["list", "--overdue", "--limit", "5"]),
        Case(name: "list-vip-by-created", arguments: ["list", "--status", "all", "--tag", "vip", "--sort", "created"]),
        Case(name: "list-refunds-json", arguments: ["list", "--status", "all", "--category", "refund", "--json"]),
        Case(
            name: "list-since-until",
            arguments: ["list", "--status=all", "--since", "2026-11-05", "--until", "2026-11-06"]),
        Case(
            name: "list-customer", arguments: ["list", "--status", "all", "--customer", "smith", "--channel", "email"]),
        Case(name: "list-none", arguments: ["list", "--tier", "L2", "--status", "new"]),
        Case(name: "show-new", arguments: ["show", "2QYK"]),
        Case(name: "show-refunded-closed", arguments: ["show", "5S4XPTJE"]),
        Case(name: "show-pending-escalated", arguments: ["show", "6s24"]),
        Case(name: "show-usd-reopened", arguments: ["show", "5G4G"]),
        Case(name: "show-json", arguments: ["show", "5S4X", "--json"]),
        Case(name: "log-ticket", arguments: ["log", "5G4G"]),
        Case(name: "log-ticket-json", arguments: ["log", "B8GT", "--json"]),
        Case(name: "verify", arguments: ["verify"]),
        Case(name: "faq-search", arguments: ["faq", "search", "환불은 언제 되나요", "--limit", "3"]),
        Case(name: "faq-search-choseong", arguments: ["faq", "search", "ㄱㅈ ㅂㄱ", "--limit", "3"]),
        Case(name: "faq-search-typo-json", arguments: ["faq", "search", "비밀번호를 이졌어요", "--limit", "2", "--json"]),
        Case(
            name: "faq-search-english", arguments: ["faq", "search", "charged twice", "--lang", "en", "--limit", "2"]),
        Case(name: "faq-list-source", arguments: ["faq", "list", "--source", "--category", "security"]),
        Case(name: "faq-show", arguments: ["faq", "show", "refund-timing-en"]),
        Case(name: "suggest", arguments: ["suggest", "2QYK", "--limit", "3"]),
        Case(name: "error-faq-no-entry", arguments: ["faq", "show", "refund-timing"], status: 3),
        Case(name: "error-faq-builtin-edit", arguments: ["faq", "remove", "login-failed-ko"], status: 1),
        Case(name: "error-unknown-command", arguments: ["opne"], status: 2),
        Case(name: "error-unknown-option", arguments: ["list", "--prority", "high"], status: 2),
        Case(name: "error-bad-choice", arguments: ["list", "--priority", "hgh"], status: 2),
        Case(name: "error-no-ticket", arguments: ["show", "ZZZZ"], status: 3),
        // `sla` takes a ticket and has subcommands: a near miss of one is named, a ticket-like
        // word is still looked up as a ticket.
        Case(name: "error-sla-subcommand-typo", arguments: ["sla", "polcy"], status: 2),
        Case(
            name: "error-sla-subcommand-typo-ko", arguments: ["sla", "hors"], status: 2, variables: ["CS_LANG": "ko"]),
        Case(name: "error-sla-no-ticket", arguments: ["sla", "ZZZZ"], status: 3),
        Case(name: "error-ambiguous", arguments: ["show", "N"], status: 3),
        Case(name: "error-missing-argument", arguments: ["show"], status: 2),
        Case(name: "error-extra-argument", arguments: ["show", "2QYK", "extra"], status: 2),
        Case(name: "help-faq-group", arguments: ["faq", "--help"]),
        Case(
            name: "error-tier-shaped-agent", arguments: ["escalate", "2QYK", "--to", "L4", "--reason", "x"], status: 2),
        Case(name: "error-amount-comma", arguments: ["refund", "5S4X", "1,50", "--reason", "x"], status: 2),
        Case(name: "error-option-as-value", arguments: ["open", "S", "--customer", "--channel", "web"], status: 2),
        Case(name: "error-log-is-a-folder", arguments: ["--log", ".cs", "list"], status: 2),
    ]

    /// The desk's figures, clocks and blame over the fixture desk.
    static let measureCases: [Case] = [
        Case(name: "stats", arguments: ["stats"]),
        Case(name: "stats-json", arguments: ["stats", "--json"]),
        Case(name: "stats-csv", arguments: ["stats", "--csv"]),
        Case(name: "stats-by-agent", arguments: ["stats", "--by", "agent"]),
        Case(name: "stats-by-channel-csv", arguments: ["stats", "--by", "channel", "--csv"]),
        Case(name: "stats-window", arguments: ["stats", "--since", "2026-11-03", "--until", "2026-11-05", "--json"]),
        Case(name: "stats-as-of", arguments: ["stats", "--as-of", "2026-11-04T00:00:00Z"]),
        Case(name: "sla-reopened", arguments: ["sla", "P2DG"]),
        Case(name: "sla-new-json", arguments: ["sla", "2QYK", "--json"]),
        Case(name: "sla-pending", arguments: ["sla", "6S24"]),
        Case(name: "blame", arguments: ["blame", "5S4X"]),
        Case(name: "blame-json", arguments: ["blame", "P2DG", "--json"]),
        Case(name: "list-sort-due", arguments: ["list", "--sort", "due", "--limit", "6"]),
        Case(
            name: "write-sla-policy",
            arguments: ["sla", "policy", "urgent", "--first-response", "10m", "--resolution", "2h"]),
        Case(
            name: "write-sla-hours",
            arguments: [
                // Holidays out of order and one twice: stored once each, in date order.
                "sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "Asia/Seoul", "--holiday",
                "2027-01-01", "--holiday", "2026-12-25", "--holiday", "2027-01-01",
            ]),
        Case(
            name: "sla-office-hours", arguments: ["sla", "2QYK"],
            setup: [["sla", "hours", "--days", "mon-fri", "--hours", "09:00-18:00", "--tz", "Asia/Seoul"]]),
        Case(name: "ko-stats-by-agent", arguments: ["stats", "--by", "agent"], variables: ["LANG": "ko_KR.UTF-8"]),
        Case(name: "ko-sla", arguments: ["sla", "P2DG"], variables: ["LANG": "ko_KR.UTF-8"]),
        Case(name: "ko-blame", arguments: ["blame", "5S4X"], variables: ["LANG": "ko_KR.UTF-8"]),
    ]

    /// Every write command's report for a person (and what it says on standard error),
    /// each on a fresh copy of the fixture desk.
    static let writeCases: [Case] = [
        Case(name: "write-init-exists", arguments: ["init"]),
        Case(
            name: "write-open",
            arguments: [
                "open", "환불 문의", "--customer", "이서연", "--category", "refund",
                "--payment", "PAY-9", "--amount", "59,000", "--body", "환불은 언제 되나요?",
            ]),
        Case(name: "write-reply", arguments: ["reply", "2QYK", "확인 중입니다"]),
        Case(name: "write-reply-from-customer", arguments: ["reply", "RYRW", "--from-customer", "아직 안 됐어요"]),
        Case(name: "write-reply-faq", arguments: ["reply", "2QYK", "--faq", "refund-timing-ko"]),
        Case(name: "write-note", arguments: ["note", "2QYK", "PG사 확인 필요"]),
        Case(name: "write-assign", arguments: ["assign", "2QYK", "lee"]),
        Case(name: "write-assign-transfer", arguments: ["assign", "5G4G", "lee", "--reason", "shift ended"]),
        Case(name: "write-assign-unchanged", arguments: ["assign", "5G4G", "park"]),
        Case(name: "write-escalate", arguments: ["escalate", "2QYK", "--reason", "PG사 확인 필요"]),
        Case(
            name: "write-escalate-to-agent", arguments: ["escalate", "RYRW", "--to", "choi", "--reason", "supervisor"]),
        Case(name: "write-priority", arguments: ["priority", "2QYK", "urgent"]),
        Case(name: "write-priority-unchanged", arguments: ["priority", "2QYK", "normal"]),
        Case(name: "write-tag", arguments: ["tag", "2QYK", "+vip", "card"]),
        Case(name: "write-status", arguments: ["status", "RYRW", "pending"]),
        Case(name: "write-status-unchanged", arguments: ["status", "RYRW", "open"]),
        Case(name: "write-close", arguments: ["close", "RYRW", "--reason", "resolved by phone"]),
        Case(name: "write-reopen", arguments: ["reopen", "5S4X", "--reason", "charged again"]),
        Case(name: "write-payment", arguments: ["payment", "2QYK", "PAY-1", "59,000"]),
        Case(
            name: "write-refund", arguments: ["refund", "2QYK", "10,000", "--reason", "partial cancel"],
            setup: [["payment", "2QYK", "PAY-1", "59000"]]),
        Case(
            name: "write-refund-refused", arguments: ["refund", "5S4X", "1000", "--reason", "partial cancel"], status: 1
        ),
        Case(name: "write-payment-usd", arguments: ["payment", "RYRW", "ord-1", "12.50", "--currency", "USD"]),
        Case(
            name: "write-refund-retried",
            arguments: ["refund", "5S4X", "15000", "--reason", "x", "--idempotency-key", "r-2"]),
        Case(name: "write-rate", arguments: ["rate", "2QYK", "4", "--comment", "친절했어요"]),
        Case(name: "write-faq-import-builtin", arguments: ["faq", "import", "--builtin"]),
        Case(
            name: "write-faq-add",
            arguments: [
                "faq", "add", "card-limit", "--question", "카드 한도는 어디서 바꾸나요?",
                "--answer", "설정 > 결제 수단에서 바꿀 수 있습니다.", "--tag", "한도",
            ]),
        Case(name: "write-repair-nothing", arguments: ["repair"]),
        Case(name: "write-open-quiet", arguments: ["open", "Login failed", "--customer", "Jane Doe", "-q"]),
        Case(name: "write-follow-up", arguments: ["follow-up", "2QYK", "--in", "3d", "--note", "입금 확인 전화"]),
        Case(
            name: "write-follow-up-done", arguments: ["follow-up", "2QYK", "--done"],
            setup: [["follow-up", "2QYK", "--in", "1d"]]),
        Case(name: "write-status-follow-up", arguments: ["status", "RYRW", "solved", "--follow-up", "2d"]),
        Case(name: "write-undo", arguments: ["undo", "2QYK"], setup: [["priority", "2QYK", "urgent"]]),
        Case(name: "write-undo-reply-refused", arguments: ["undo", "RYRW", "--event", "TNC331"], status: 1),
        Case(name: "write-merge", arguments: ["merge", "2QYK", "RYRW", "--reason", "같은 고객, 같은 건"]),
        Case(
            name: "show-merged-duplicate", arguments: ["show", "2QYK"],
            setup: [["merge", "2QYK", "RYRW", "--reason", "같은 고객, 같은 건"]]),
        Case(name: "export-tickets-csv", arguments: ["export", "--format", "csv", "--category", "refund"]),
    ]

    /// The same output in Korean (`LANG=ko_KR.UTF-8`).
    static let koreanCases: [Case] = [
        Case(name: "ko-help", arguments: ["help"]),
        Case(name: "ko-help-refund", arguments: ["help", "refund"]),
        Case(name: "ko-help-exit-codes", arguments: ["help", "exit-codes"]),
        Case(name: "ko-list", arguments: ["list", "--limit", "8"]),
        Case(name: "ko-show-refunded", arguments: ["show", "5S4X"]),
        Case(name: "ko-show-escalated", arguments: ["show", "P2DG"]),
        Case(name: "ko-faq-show", arguments: ["faq", "show", "refund-timing-ko"]),
        Case(name: "ko-error-no-ticket", arguments: ["reply", "ZZZZ", "hi"], status: 3),
        Case(name: "ko-error-bad-choice", arguments: ["list", "--priority", "hgh"], status: 2),
        Case(name: "ko-error-closed", arguments: ["reply", "5S4X", "hi"], status: 1),
        Case(name: "ko-error-missing-option", arguments: ["refund", "5S4X", "100"], status: 2),
        Case(name: "ko-write-reply", arguments: ["reply", "2QYK", "확인 중입니다"]),
        Case(
            name: "ko-write-refund", arguments: ["refund", "2QYK", "10000", "--reason", "부분 취소"],
            setup: [["payment", "2QYK", "PAY-1", "59000"]]),
        Case(name: "ko-write-refund-refused", arguments: ["refund", "P2DG", "1", "--reason", "x"], status: 1),
        Case(name: "ko-write-escalate", arguments: ["escalate", "RYRW", "--to", "choi", "--reason", "supervisor"]),
    ].map {
        var korean = $0; korean.variables["LANG"] = "ko_KR.UTF-8"; return korean
    }

    /// The same tickets read in several zones: a zone database name, one across a
    /// daylight-saving change (2026-11-01 in New York), the southern hemisphere, POSIX rules
    /// (whose sign is the reverse of ISO's), UTC, an empty TZ, and a TZ that names nothing.
    static let zoneCases: [Case] = [
        Case(name: "tz-utc-show", arguments: ["show", "5S4X"], variables: ["TZ": "UTC"]),
        Case(name: "tz-empty-show", arguments: ["show", "5S4X"], variables: ["TZ": ""]),
        Case(name: "tz-seoul-log", arguments: ["log", "2QYK"], variables: ["TZ": "Asia/Seoul"]),
        Case(name: "tz-new-york-log-across-dst", arguments: ["log", "5S4X"], variables: ["TZ": "America/New_York"]),
        Case(
            name: "tz-new-york-log-before-dst-end", arguments: ["log", "RYRW"], variables: ["TZ": "America/New_York"]),
        Case(name: "tz-sydney-show", arguments: ["show", "5S4X"], variables: ["TZ": "Australia/Sydney"]),
        Case(name: "tz-posix-utc-plus-9", arguments: ["show", "5S4X"], variables: ["TZ": "UTC+9"]),
        Case(name: "tz-posix-kst-minus-9", arguments: ["show", "5S4X"], variables: ["TZ": "KST-9"]),
        Case(name: "tz-posix-with-rule", arguments: ["log", "5S4X"], variables: ["TZ": "EST5EDT,M3.2.0,M11.1.0"]),
        Case(name: "tz-invalid", arguments: ["show", "5S4X"], variables: ["TZ": "Mars/Olympus_Mons"]),
        Case(
            name: "tz-since-local-midnight-seoul",
            arguments: [
                "list", "--status", "all", "--since", "2026-11-02", "--until", "2026-11-03",
                "--plain",
            ], variables: ["TZ": "Asia/Seoul"]),
        Case(
            name: "tz-since-local-midnight-utc",
            arguments: [
                "list", "--status", "all", "--since", "2026-11-02", "--until", "2026-11-03",
                "--plain",
            ], variables: ["TZ": "UTC"]),
    ]

    @Test(arguments: zoneCases)
    func zone(_ testCase: Case) {
        run(testCase)
    }

    @Test(arguments: cases)
    func golden(_ testCase: Case) {
        run(testCase)
    }

    @Test(arguments: writeCases)
    func write(_ testCase: Case) {
        run(testCase)
    }

    @Test(arguments: koreanCases)
    func korean(_ testCase: Case) {
        run(testCase)
    }

    @Test(arguments: measureCases)
    func measure(_ testCase: Case) {
        run(testCase)
    }

    func run(_ testCase: Case) {
        let harness = Harness.withFixtureDesk()
        harness.variables.merge(testCase.variables) { $1 }
        for command in testCase.setup {
            let done = harness.run(command)
            #expect(done.status == 0, "setup \(command): \(done.stderr)")
        }
        let result = harness.run(testCase.arguments)
        #expect(result.status == testCase.status, "\(result.stderr)")
        Golden.check(testCase.name, arguments: testCase.arguments, result: result, variables: testCase.variables)
    }
}

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
        Case(name: "list-since-until", arguments: ["list", "--status=all", "--since", "2026-11-05", "--until", "2026-11-06"]),
        Case(name: "list-customer", arguments: ["list", "--status", "all", "--customer", "smith", "--channel", "email"]),
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
        Case(name: "faq-search-english", arguments: ["faq", "search", "charged twice", "--lang", "en", "--limit", "2"]),
        Case(name: "faq-list-source", arguments: ["faq", "list", "--source", "--category", "security"]),
        Case(name: "faq-show", arguments: ["faq", "show", "refund-timing-en"]),
        Case(name: "suggest", arguments: ["suggest", "2QYK", "--limit", "3"]),
        Case(name: "error-faq-no-entry", arguments: ["faq", "show", "refund-timing"], status: 3),
        Case(name: "error-faq-builtin-edit", arguments: ["faq", "remove", "login-failed-ko"], status: 1),
        Case(name: "error-unknown-command", arguments: ["opne"], status: 2),
        Case(name: "error-unknown-option", arguments: ["list", "--prority", "high"], status: 2),
        Case(name: "error-bad-choice", arguments: ["list", "--priority", "hgh"], status: 2),
        Case(name: "error-no-ticket", arguments: ["show", "ZZZZ"], status: 3),
        Case(name: "error-ambiguous", arguments: ["show", "N"], status: 3),
        Case(name: "error-missing-argument", arguments: ["show"], status: 2),
        Case(name: "error-extra-argument", arguments: ["show", "2QYK", "extra"], status: 2),
        Case(name: "help-faq-group", arguments: ["faq", "--help"]),
        Case(name: "error-tier-shaped-agent", arguments: ["escalate", "2QYK", "--to", "L4", "--reason", "x"], status: 2),
        Case(name: "error-amount-comma", arguments: ["refund", "5S4X", "1,50", "--reason", "x"], status: 2),
        Case(name: "error-option-as-value", arguments: ["open", "S", "--customer", "--channel", "web"], status: 2),
        Case(name: "error-log-is-a-folder", arguments: ["--log", ".cs", "list"], status: 2),
    ]

    /// The same tickets read in several zones: a zone database name, one across a
    /// daylight-saving change (2026-11-01 in New York), the southern hemisphere, POSIX rules
    /// (whose sign is the reverse of ISO's), UTC, an empty TZ, and a TZ that names nothing.
    static let zoneCases: [Case] = [
        Case(name: "tz-utc-show", arguments: ["show", "5S4X"], variables: ["TZ": "UTC"]),
        Case(name: "tz-empty-show", arguments: ["show", "5S4X"], variables: ["TZ": ""]),
        Case(name: "tz-seoul-log", arguments: ["log", "2QYK"], variables: ["TZ": "Asia/Seoul"]),
        Case(name: "tz-new-york-log-across-dst", arguments: ["log", "5S4X"], variables: ["TZ": "America/New_York"]),
        Case(name: "tz-new-york-log-before-dst-end", arguments: ["log", "RYRW"], variables: ["TZ": "America/New_York"]),
        Case(name: "tz-sydney-show", arguments: ["show", "5S4X"], variables: ["TZ": "Australia/Sydney"]),
        Case(name: "tz-posix-utc-plus-9", arguments: ["show", "5S4X"], variables: ["TZ": "UTC+9"]),
        Case(name: "tz-posix-kst-minus-9", arguments: ["show", "5S4X"], variables: ["TZ": "KST-9"]),
        Case(name: "tz-posix-with-rule", arguments: ["log", "5S4X"], variables: ["TZ": "EST5EDT,M3.2.0,M11.1.0"]),
        Case(name: "tz-invalid", arguments: ["show", "5S4X"], variables: ["TZ": "Mars/Olympus_Mons"]),
        Case(name: "tz-since-local-midnight-seoul", arguments: ["list", "--status", "all", "--since", "2026-11-02", "--until", "2026-11-03",
                                                                "--plain"], variables: ["TZ": "Asia/Seoul"]),
        Case(name: "tz-since-local-midnight-utc", arguments: ["list", "--status", "all", "--since", "2026-11-02", "--until", "2026-11-03",
                                                              "--plain"], variables: ["TZ": "UTC"]),
    ]

    @Test(arguments: zoneCases)
    func zone(_ testCase: Case) {
        run(testCase)
    }

    @Test(arguments: cases)
    func golden(_ testCase: Case) {
        run(testCase)
    }

    func run(_ testCase: Case) {
        let harness = Harness.withFixtureDesk()
        harness.variables.merge(testCase.variables) { $1 }
        let result = harness.run(testCase.arguments)
        #expect(result.status == testCase.status, "\(result.stderr)")
        Golden.check(testCase.name, arguments: testCase.arguments, result: result, variables: testCase.variables)
    }
}

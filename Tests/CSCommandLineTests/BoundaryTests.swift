import CSCommandLine
import Foundation
import Testing
import CSPlatform

/// The README's promises at their edges: what is masked, what is refused, what a path or
/// a zone or an amount means. Each refused case also proves the log's bytes unchanged.
@Suite struct MaskingTests {
    static let secrets = [
        "4111111111111111", "4111 1111 1111 1111", "4111.1111.1111.1111", "9001011234567", "900101 1234567",
        "900101-1234567", "４１１１１１１１１１１１１１１１", "８５０６１５－２３４５６７８",
    ]

    @Test func everyStoredTextFieldIsMaskedOnTheOneWayIn() throws {
        let harness = Harness.withEmptyDesk()
        let opened = harness.run([
            "open", "카드 4111.1111.1111.1111 결제 오류",
            "--customer=김민수 9001011234567", "--email", "x900101 1234567@example.com", "--phone", "８５０６１５－２３４５６７８",
            "--payment", "PAY-4111111111111111", "--amount", "50000", "--body", "카드 ４１１１１１１１１１１１１１１１", "-q",
        ])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stderr.contains("masked a card number in the subject before writing it"), "\(opened.stderr)")
        #expect(
            opened.stderr.contains("masked a resident registration number in the customer's name"), "\(opened.stderr)")
        let ticket = opened.stdout.trimmingCharacters(in: .newlines)
        let refund = harness.run([
            "refund", ticket, "1000", "--reason", "RRN 900101-1234567 확인", "--idempotency-key", "k1",
        ])
        #expect(refund.status == 0, "\(refund.stderr)")
        #expect(harness.run(["close", ticket, "--reason", "card 4111 1111 1111 1111"]).status == 0)
        #expect(harness.run(["rate", ticket, "5", "--comment", "주민번호 900101-1234567"]).status == 0)
        let log = String(decoding: harness.logBytes, as: UTF8.self)
        for secret in Self.secrets { #expect(!log.contains(secret), "'\(secret)' reached the log") }
        #expect(log.contains("************1111"))
    }

    @Test func identifiersThatHoldPersonalNumbersAreRefusedNotMasked() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        let before = harness.logBytes
        for arguments in [
            ["tag", ticket, "+card4111111111111111"], ["assign", ticket, "kim 900101-1234567"],
            ["escalate", ticket, "--reason", "x", "--to", "lee4111111111111111"],
            ["--as", "park 9001011234567", "note", ticket, "x"],
            [
                "faq", "add", "f4111111111111111", "--question", "q",
                "--answer", "a",
            ],
            ["open", "x", "--customer", "y", "--tag", "9001011234567"],
        ] {
            let result = harness.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("cs: invalid"), "\(arguments): \(result.stderr)")
        }
        #expect(harness.logBytes == before)
    }

    @Test func maskingNeverMakesTwoIdempotencyKeysOne() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("환불 두 건", ["--payment", "P1", "--amount", "30000"])
        let first = harness.run(["refund", ticket, "10000", "--reason", "첫째", "--idempotency-key", "900101-1234567"])
        let second = harness.run(["refund", ticket, "10000", "--reason", "둘째", "--idempotency-key", "850101-2234567"])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(
            second.stdout.hasPrefix("refunded 10,000 KRW"),
            "the second key was taken for a retry of the first: \(second.stdout)")
        // A retry of either is still a retry.
        let retry = harness.run(["refund", ticket, "10000", "--reason", "첫째", "--idempotency-key", "900101-1234567"])
        #expect(retry.stdout.contains("was already issued"))
        #expect(harness.run(["show", ticket, "--json"]).stdout.contains("\"refundedTotal\":20000"))
        let log = String(decoding: harness.logBytes, as: UTF8.self)
        #expect(!log.contains("900101-1234567") && !log.contains("850101-2234567"))
        #expect(log.components(separatedBy: "\"keyDigest\":\"hmac-sha256:").count == 3)
        // The digests are keyed by the desk's secret, beside the log and owner-only.
        let secret = harness.logPath + ".secret"
        let mode = (try FileManager.default.attributesOfItem(atPath: secret)[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600)
        // Without that secret, such a key can no longer be compared: refused, never guessed.
        try FileManager.default.removeItem(atPath: secret)
        let before = harness.logBytes
        let blind = harness.run(["refund", ticket, "10000", "--reason", "셋째", "--idempotency-key", "900101-1234567"])
        #expect(blind.status == 1, "\(blind.stderr)")
        #expect(blind.stderr.contains("cannot tell whether idempotency key"))
        #expect(harness.logBytes == before)
    }
}

@Suite struct RoutingAndValueTests {
    @Test func tierShapedNamesAreNotAgents() {
        let harness = Harness.withFixtureDesk()
        let before = harness.logBytes
        for arguments in [
            ["escalate", "2QYK", "--reason", "x", "--to", "L4"], ["escalate", "2QYK", "--reason", "x", "--to", "l9"],
            ["assign", "2QYK", "L2"],
        ] {
            let result = harness.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("tier"), "\(result.stderr)")
        }
        #expect(harness.logBytes == before)
    }

    @Test func assignWithAReasonTransfersAtTheSameTier() {
        let harness = Harness.withFixtureDesk()
        let tier = harness.run(["show", "6S24", "--json"]).stdout.contains("\"tier\":\"L2\"")
        harness.run(["assign", "6S24", "kim"])
        let result = harness.run(["assign", "6S24", "lee", "--reason", "고객이 다른 상담원을 요청"])
        #expect(result.status == 0)
        let shown = harness.run(["show", "6S24"]).stdout
        #expect(shown.contains("park: transferred from kim to lee: 고객이 다른 상담원을 요청"), "\(shown)")
        #expect(
            harness.run(["show", "6S24", "--json"]).stdout.contains("\"tier\":\"L2\"") == tier,
            "a transfer keeps the tier")
    }

    @Test(arguments: ["1,50", "1,0,0", ",1", "1,", "12,34", "1234,567", "1.2.3", "1_000", "+5", "5e3", "０"])
    func amountsWithCommasOutOfPlaceAreRefused(_ amount: String) {
        let harness = Harness.withFixtureDesk()
        let before = harness.logBytes
        let result = harness.run(["payment", "2QYK", "P-1", amount])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "cs: invalid AMOUNT '\(amount)'; expected a positive amount in KRW such as 59000 or 59,000 "
                + "(commas only between groups of three digits)\n")
        #expect(harness.logBytes == before)
    }

    @Test(
        arguments: [
            ("59,000", "KRW", 59_000), ("1,234,567", "KRW", 1_234_567), ("1,234.50", "USD", 123_450),
            ("12.5", "USD", 1250),
        ]
            as [(String, String, Int)])
    func amountsWithThousandsSeparators(_ amount: String, _ currency: String, _ minor: Int) {
        let harness = Harness.withFixtureDesk()
        #expect(harness.run(["payment", "2QYK", "P-1", amount, "--currency", currency]).status == 0)
        #expect(
            harness.run(["show", "2QYK", "--json"]).stdout.contains("\"amount\":\(minor),\"currency\":\"\(currency)\""))
    }

    @Test func aRefundOnAUSDTicketIsInDollars() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("Double charge", ["--payment", "ORD-1", "--amount", "18.50", "--currency", "USD"])
        let result = harness.run(["refund", ticket, "5.25", "--reason", "partial"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "refunded 5.25 USD on \(ticket); refundable now 13.25 USD\n")
    }

    @Test(arguments: [
        ["open", "x", "--customer", "y", "--tag", "a b"], ["open", "x", "--customer", "y", "--tag", "a\tb"],
        ["open", "x", "--customer", "y", "--tag=-minus"], ["open", "x", "--customer", "y", "--tag", "+plus"],
        ["open", "x", "--customer", "y", "--tag", ""], ["tag", "2QYK", "+a b"], ["tag", "2QYK", "++x"],
        ["tag", "2QYK", "--", "--x"], ["list", "--tag", "a b"],
    ])
    func oneRuleForTagsAtEveryWayIn(_ arguments: [String]) {
        let harness = Harness.withFixtureDesk()
        let before = harness.logBytes
        let result = harness.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("cs: invalid") && result.stderr.filter { $0 == "\n" }.count == 1)
        #expect(harness.logBytes == before)
    }

    @Test func anyTagThatCanBeAddedCanBeRemoved() {
        let harness = Harness.withFixtureDesk()
        for tag in ["환불-지연", "vip", "#urgent", "order:77", "a.b_c/d"] {
            #expect(harness.run(["tag", "2QYK", "+" + tag]).status == 0)
            #expect(harness.run(["list", "--tag", tag, "--plain"]).stdout.contains("2QYKMRT4\t"), "\(tag)")
            #expect(harness.run(["tag", "2QYK", "-" + tag]).stdout.contains("tags of 2QYK"), "\(tag)")
            #expect(
                !harness.run(["show", "2QYK", "--json"]).stdout.contains("\"\(tag)\""), "\(tag) could not be removed")
        }
    }
}

@Suite struct ExitStatusTests {
    @Test(
        arguments: [
            (["faq", "--help"], Int32(0)), (["help", "faq"], Int32(0)), (["faq"], Int32(2)), (["--log"], Int32(2)),
            (["--as"], Int32(2)), (["list", "--log"], Int32(2)), (["--log", "", "list"], Int32(2)),
            (["--log=", "list"], Int32(2)), (["open", "S", "--customer", "--channel"], Int32(2)),
            (["open", "S", "--customer", "-q"], Int32(2)),
        ] as [([String], Int32)])
    func usageAndHelp(_ arguments: [String], _ status: Int32) {
        let harness = Harness.withEmptyDesk()
        let result = harness.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        if status == 0 { #expect(result.stdout.contains("faq search")) }
        if status == 2 { #expect(result.stderr.hasPrefix("cs: ") && result.stderr.filter { $0 == "\n" }.count == 1) }
    }

    @Test func aValueThatLooksLikeAnOptionCanStillBeGivenWithEquals() {
        let harness = Harness.withEmptyDesk()
        let result = harness.run(["open", "S", "--customer=--channel", "-q"])
        #expect(result.status == 0)
        #expect(
            harness.run(["show", result.stdout.trimmingCharacters(in: .newlines), "--json"]).stdout.contains(
                "\"name\":\"--channel\""))
    }

    @Test func outputThatCannotBeWrittenIsAnError() throws {
        let harness = Harness.withFixtureDesk()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" list > /dev/full", BinaryTests.binary.path]
        process.currentDirectoryURL = URL(fileURLWithPath: harness.folder)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 5)
        #expect(message == "cs: cannot write the output: No space left on device; what was printed is incomplete\n")
    }

    @Test func nobodyToNameIsRefusedWithAHint() {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_AGENT"] = nil
        harness.loginName = nil
        let before = harness.logBytes
        let result = harness.run(["open", "x", "--customer", "y"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("set CS_AGENT=NAME or pass --as NAME"))
        #expect(harness.logBytes == before)
    }

    @Test func withoutUserOrLognameTheActorIsThePasswordDatabaseName() throws {
        let harness = Harness.withEmptyDesk()
        var environment = ProcessInfo.processInfo.environment
        for key in ["USER", "LOGNAME", "CS_AGENT"] { environment[key] = nil }
        let process = Process()
        process.executableURL = BinaryTests.binary
        process.arguments = ["open", "누가 열었나", "--customer", "x", "--json"]
        process.currentDirectoryURL = URL(fileURLWithPath: harness.folder)
        process.environment = environment.filter { $0.key != "USER" && $0.key != "LOGNAME" }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let name = String(cString: getpwuid(getuid()).pointee.pw_name)
        #expect(String(decoding: data, as: UTF8.self).contains("\"id\""))
        #expect(String(decoding: harness.logBytes, as: UTF8.self).contains("\"by\":\"\(name)\""))
        #expect(!String(decoding: harness.logBytes, as: UTF8.self).contains("\"by\":\"staff\""))
    }

    @Test func csNowSetsTheClockAndTheIds() {
        // The harness's own clock is years away and its seed random: only CS_NOW can make these equal.
        let first = Harness.withEmptyDesk(), second = Harness.withEmptyDesk()
        let a = first.open(), b = second.open()
        #expect(a == b, "CS_NOW must make ids reproducible")
        #expect(first.logBytes == second.logBytes)
        #expect(first.run(["show", a, "--json"]).stdout.contains("\"createdAt\":\"2026-11-23T00:00:00Z\""))
        first.variables["CS_NOW"] = nil
        second.variables["CS_NOW"] = nil
        #expect(first.open() != second.open(), "without CS_NOW ids are random")
        #expect(first.run(["list", "--json"]).stdout.contains("\"createdAt\":\"2031-06-15T12:34:56Z\""))
    }
}

@Suite struct LogPathTests {
    func refused(_ harness: Harness, _ arguments: [String], _ status: Int32 = 2, stdin: String = "") -> String {
        let result = harness.run(arguments, stdin: stdin)
        #expect(result.status == status, "\(arguments): \(result.stderr)")
        #expect(result.stderr.filter { $0 == "\n" }.count == 1)
        return result.stderr
    }

    @Test func oddLogPathsEachGetOneClearLine() throws {
        let harness = Harness()
        let folder = harness.folder
        #expect(
            refused(harness, ["--log", folder, "list"])
                == "cs: '\(folder)' is a folder, not a log file; pass the log file itself, "
                + "such as '\(folder)/events.jsonl'\n"
        )
        #expect(refused(harness, ["--log", folder, "init"]).contains("is a folder, not a log file"))
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        #expect(refused(harness, ["--log", "fifo", "list"]) == "cs: 'fifo' is a named pipe (FIFO), not a log file\n")
        #expect(
            refused(harness, ["--log", "/dev/zero", "list"])
                == "cs: '/dev/zero' is a character device, not a log file\n")
        #expect(
            refused(harness, ["--log", "/dev/null", "note", "X", "y"])
                == "cs: '/dev/null' is a character device, not a log file\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/dangling", withDestinationPath: folder + "/gone.jsonl")
        #expect(
            refused(harness, ["--log", "dangling", "list"]).contains(
                "'dangling' is a symbolic link to '\(folder)/gone.jsonl', which does not exist"))
        #expect(refused(harness, ["--log", "missing.jsonl", "list"]).contains("no log at 'missing.jsonl'"))
    }

    @Test func aDeviceOrAnOversizedInputIsRefusedNotReadForEver() throws {
        let harness = Harness.withEmptyDesk()
        let id = harness.run(["open", "결제 오류", "--customer", "김민수", "-q"]).stdout.trimmingCharacters(in: .newlines)
        let before = harness.logBytes
        #expect(
            refused(harness, ["note", id, "--body-file", "/dev/zero"])
                == "cs: cannot read '/dev/zero': it is a character device, not a file\n")
        #expect(
            refused(harness, ["faq", "import", "/dev/urandom"])
                == "cs: cannot read '/dev/urandom': it is a character device, not a file\n")
        let big = harness.folder + "/big.txt"
        #expect(FileManager.default.createFile(atPath: big, contents: Data(repeating: 0x61, count: (1 << 20) + 1)))
        #expect(
            refused(harness, ["reply", id, "--body-file", "big.txt"])
                == "cs: cannot read 'big.txt': it is larger than the 1 MB cs reads for this\n")
        #expect(
            refused(harness, ["note", id, "-"], stdin: String(repeating: "a", count: (1 << 20) + 1))
                == "cs: cannot read standard input: it is larger than the 1 MB cs reads for this\n")
        // An imported field, a FAQ answer: no more than a body; a line is checked before it is parsed.
        let field = String(repeating: "a", count: (1 << 20) + 1)
        #expect(
            FileManager.default.createFile(
                atPath: harness.folder + "/rows.csv",
                contents: Data(("subject,customer,body\nS,C," + field + "\n").utf8)))
        #expect(
            refused(harness, ["import", "rows.csv"])
                == "cs: rows.csv:2: a field is larger than the 1 MB cs takes for a text; nothing was imported\n")
        let answer = #"{"id":"a","question":"Q?","answer":""# + field + #""}"#
        #expect(FileManager.default.createFile(atPath: harness.folder + "/faq.jsonl", contents: Data(answer.utf8)))
        #expect(
            refused(harness, ["faq", "import", "faq.jsonl"]).hasPrefix(
                "cs: faq.jsonl:1: a text is larger than the 1 MB"))
        // A value quoted back is cut in the middle: the line keeps what is wrong and the way out.
        let long = refused(harness, ["list", "--status", String(repeating: "x", count: 50_000)])
        #expect(
            long.count < 1_100 && long.hasSuffix("new, open, pending, solved, closed, active, all\n"),
            "\(long.suffix(200))")
        #expect(harness.logBytes == before)
        // A body of exactly the limit is taken.
        #expect(harness.run(["note", id, "-"], stdin: String(repeating: "a", count: 1 << 20)).status == 0)
    }

    @Test func filesSavedOnWindowsReadLineByLine() throws {
        let harness = Harness.withEmptyDesk()
        let crlf = harness.folder + "/crlf.jsonl"
        let lines = [
            #"{"id":"a","question":"환불은 언제 되나요?","answer":"3~5 영업일"}"#,
            #"{"id":"b","question":"비밀번호를 잊었어요","answer":"재설정하세요"}"#,
        ]
        // With a byte order mark and CRLF line ends, as Notepad saves it.
        #expect(
            FileManager.default.createFile(
                atPath: crlf,
                contents: Data([0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8) + [13, 10])))
        let imported = harness.run(["faq", "import", "crlf.jsonl"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "imported crlf.jsonl: 2 added, 0 updated, 0 unchanged\n")
        let searched = harness.run(["faq", "search", "-", "--limit", "1"], stdin: "환불\r\n비밀번호\r\n")
        #expect(searched.stdout == "환불\ta\n비밀번호\tb\n")
        // A body file: the mark dropped, its lines ended as every other text's; only a mark is no text.
        let id = harness.run(["open", "결제 오류", "--customer", "김민수", "-q"]).stdout.trimmingCharacters(in: .newlines)
        #expect(
            FileManager.default.createFile(
                atPath: harness.folder + "/note.txt",
                contents: Data([0xEF, 0xBB, 0xBF] + Array("첫 줄\r\n둘째 줄\r\n".utf8))))
        #expect(harness.run(["note", id, "--body-file", "note.txt"]).status == 0)
        #expect(harness.run(["show", id, "--json"]).stdout.contains(#""body":"첫 줄\n둘째 줄""#))
        #expect(
            FileManager.default.createFile(atPath: harness.folder + "/mark.txt", contents: Data([0xEF, 0xBB, 0xBF])))
        let before = harness.logBytes
        #expect(harness.run(["note", id, "--body-file", "mark.txt"]).status == 2)
        #expect(harness.logBytes == before)
    }

    @Test func aBrokenDeskFolderIsNamedNotSkipped() throws {
        let harness = Harness()
        try FileManager.default.createSymbolicLink(
            atPath: harness.folder + "/.cs", withDestinationPath: harness.folder + "/elsewhere")
        #expect(refused(harness, ["list"]).contains("'.cs' is a symbolic link to"))
        try FileManager.default.removeItem(atPath: harness.folder + "/.cs")
        try FileManager.default.createDirectory(atPath: harness.folder + "/.cs", withIntermediateDirectories: true)
        #expect(refused(harness, ["list"]).contains("'.cs' has no events.jsonl; run 'cs init'"))
    }

    /// Root reads every folder, so as root the binary is run as `nobody` (with setpriv).
    static let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(
        .enabled(if: getuid() != 0 || setpriv != nil, "as root, permissions are only denied to another user (setpriv)"))
    func anUnreadableDeskIsNamedNotSkipped() throws {
        let harness = Harness.withEmptyDesk()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: harness.folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: harness.folder + "/.cs")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: harness.folder + "/.cs")
        }
        let result: RunResult
        if getuid() == 0, let setpriv = Self.setpriv {
            result = try BinaryTests().run(
                ["--reuid=65534", "--regid=65534", "--clear-groups", BinaryTests.binary.path, "list"],
                in: harness.folder, environment: ["CS_AGENT": "x"], executable: setpriv)
        } else {
            result = harness.run(["list"])
        }
        #expect(result.status == 4, "\(result.stderr)")
        #expect(
            result.stderr.contains("Permission denied") && result.stderr.filter { $0 == "\n" }.count == 1,
            "\(result.stderr)")
    }
}

@Suite struct ActorNameTests {
    /// A user id with no name anywhere (a container's, say) and nothing else naming the actor:
    /// cs asks for one (exit 2), and never crashes in the C library's name services, as the
    /// static release binary once did (it now reads /etc/passwd itself: `PasswordFile`).
    @Test(
        .enabled(
            if: getuid() == 0 && LogPathTests.setpriv != nil, "needs root and setpriv to run as an unnamed user id"))
    func aUserIdWithNoNameIsAskedForOne() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("결제 오류")
        for path in [harness.folder, harness.folder + "/.cs"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: harness.logPath)
        let before = harness.logBytes
        let result = try BinaryTests().run(
            [
                "--reuid=54321", "--regid=54321", "--clear-groups", "/usr/bin/env", "-i", BinaryTests.binary.path,
                "--log", harness.logPath, "note", ticket, "who am I",
            ], in: harness.folder, executable: LogPathTests.setpriv)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("cs: cannot tell who is acting"), "\(result.stderr)")
        #expect(harness.logBytes == before, "nothing appended")
    }
}

@Suite struct TerminalSafetyTests {
    @Test func bidirectionalControlsAreShownEscapedInEveryField() {
        let harness = Harness.withEmptyDesk()
        let sneaky = "invoice\u{202E}fdp.exe"
        let ticket = harness.open(sneaky, ["--customer", "김\u{2066}민수", "--body", "본문 \u{202D}x"])
        harness.run(["note", ticket, "메모 \u{200F}y"])
        let shown = harness.run(["show", ticket]).stdout + harness.run(["list"]).stdout + harness.run(["log"]).stdout
        for control in ["\u{202E}", "\u{2066}", "\u{202D}", "\u{200F}"] { #expect(!shown.contains(control)) }
        #expect(shown.contains("invoice\\u{202e}fdp.exe"))
        #expect(harness.run(["show", ticket, "--json"]).stdout.contains("\u{202E}"), "JSON keeps the text as stored")
    }

    @Test(arguments: [66, 80, 100])
    func listFitsColumnsWithLongNames(_ width: Int) {
        let harness = Harness.withFixtureDesk()
        harness.run([
            "open", String(repeating: "아주 긴 제목 ", count: 20), "--customer", String(repeating: "Customer-", count: 10),
        ])
        harness.run(["assign", "2QYK", String(repeating: "agent", count: 12)])
        harness.variables["COLUMNS"] = String(width)
        let lines = harness.run(["list", "--status", "all"]).stdout.split(separator: "\n")
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "a line is wider than COLUMNS=\(width)")
        harness.variables["COLUMNS"] = nil
        let unlimited = harness.run(["list", "--status", "all"]).stdout.split(separator: "\n")
        let short = unlimited.first { $0.hasPrefix("2QYK") }.map(String.init) ?? ""
        #expect(!short.hasSuffix(" "), "rows are not padded to the longest subject")
        harness.variables["COLUMNS"] = "50"
        let log = harness.run(["log"]).stdout.split(separator: "\n")
        #expect(log.allSatisfy { DisplayWidth.of(String($0)) <= 50 }, "cs log ignores COLUMNS")
    }

    /// The due column is a whole time; without its year the follow-ups still fit an
    /// 80-column terminal (at 82 and more the year stays).
    @Test(arguments: [77, 80, 82, 100])
    func followUpsFitColumnsFromSeventySeven(_ width: Int) {
        let harness = Harness.withFixtureDesk()
        harness.run(["assign", "2QYK", String(repeating: "agent", count: 12)])
        harness.run(["follow-up", "2QYK", "--in", "2h"])
        harness.variables["COLUMNS"] = String(width)
        let lines = harness.run(["list", "--follow-ups", "all"]).stdout.split(separator: "\n")
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= width }, "a line is wider than COLUMNS=\(width)")
        #expect(lines.dropFirst().allSatisfy { $0.contains(" 2026-") == (width >= 82) }, "\(lines)")
        // Next year's date keeps its year, however narrow: it must not read as this year's.
        let other = harness.open("다음 해")
        harness.run(["follow-up", other, "--at", "2027-03-01T10:00:00+09:00"])
        let both = harness.run(["list", "--follow-ups", "all"]).stdout
        #expect(both.contains("2027-03-01 10:00 KST"), "\(both)")
    }

    /// Which name gives way first is fixed (the assignee, on a tie): the table is the same in
    /// every process (it was decided by a dictionary's order, which is not).
    @Test func namesGiveWayInAFixedOrder() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("Subject that is fairly long here", ["--customer", "abcdefghijklmnopqrst"])
        harness.run(["assign", ticket, "abcdefghijklmnop"])
        harness.variables["COLUMNS"] = "78"
        let row = harness.run(["list"]).stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(row.hasSuffix("abcdefghijklm…  abcdefghijklmn…  Subject tha…"), "\(row)")
    }

    @Test func smallThings() {
        let harness = Harness.withEmptyDesk()
        _ = harness.open()
        #expect(harness.run(["verify"]).stdout == ".cs/events.jsonl: 1 event, no problems\n")
        let quiet = harness.run(["open", "환불 요청", "--customer", "x", "-q"])
        #expect(quiet.stderr == "", "-q prints the id alone: no FAQ hints either")
    }

    @Test func logJSONIsExactlyAsStored() throws {
        let harness = Harness.withFixtureDesk()
        let printed = harness.run(["log", "--json"]).stdout
        #expect(Data(printed.utf8) == Data(harness.logBytes))
        let one = harness.run(["log", "B8GT", "--json"]).stdout.split(separator: "\n")
        #expect(one.allSatisfy { $0.contains("\"sum\":\"") })
    }
}

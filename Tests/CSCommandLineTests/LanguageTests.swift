@testable import CSCommandLine
import CSDomain
import Foundation
import Testing

/// The language cs speaks: chosen from the environment, complete in both catalogues, and
/// never reaching what scripts read (JSON, exit statuses, the log).
@Suite struct LanguageTests {
    @Test(
        arguments: [
            ([:], Language.english), (["LANG": "ko_KR.UTF-8"], .korean), (["LANG": "en_US.UTF-8"], .english),
            (["LC_ALL": "ko_KR.UTF-8", "LANG": "en_US.UTF-8"], .korean),
            (["LC_ALL": "C", "LANG": "ko_KR.UTF-8"], .english),
            (["LC_MESSAGES": "ko", "LANG": "C"], .korean), (["CS_LANG": "en", "LC_ALL": "ko_KR.UTF-8"], .english),
            (["CS_LANG": "ko"], .korean), (["LANG": "kor"], .korean), (["LANG": "kok_IN"], .english),
            (["LANG": "ko_KR.EUC-KR"], .english),
            (["LANG": "ko_KR.utf8"], .korean), (["LANG": "ko_KR.UTF-8@euro"], .korean),
            (["LANG": ""], .english),
        ] as [([String: String], Language)])
    func languageFollowsTheEnvironment(_ variables: [String: String], _ expected: Language) {
        #expect(Language.from(variables) == expected)
    }

    /// Hangul syllables or jamo: a Korean text that has none was not translated.
    static func hasHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }

    /// Help texts that are the same in both languages on purpose.
    static let sameInBothLanguages: Set<HelpKey> = [
        .manSentenceEnd, .completionShell, .completeWhat, .priorityPriority,
        .statusStatus, .slaPolicyPriority,
    ]

    @Test(arguments: HelpKey.allCases)
    func everyHelpTextHasBothLanguages(_ key: HelpKey) {
        let english = English.help(key), korean = Korean.help(key)
        #expect(!english.isEmpty && !korean.isEmpty)
        if !Self.sameInBothLanguages.contains(key) {
            #expect(Self.hasHangul(korean), "\(key) has no Korean text: \(korean)")
            #expect(!Self.hasHangul(english) || english.contains("초성"), "\(key): \(english)")
        }
    }

    @Test func everyLabelHeaderAndAgeHasBothLanguages() {
        var messages: [Message] = Message.Label.allCases.map { .label($0) }
        messages += Message.Header.allCases.filter { $0 != .id }.map { .header($0) }
        messages += [Message.Age.now, .minutes(3), .hours(2), .days(4), .months(5), .years(1)].flatMap {
            [.age($0), .ago($0)]
        }
        messages += [BodyKind.reply, .note, .customerMessage, .firstMessage, .answer, .escalationReason]
            .flatMap { [Message.editorInstructions($0), .editorAbortHint($0)] }
        for message in messages {
            #expect(!English.text(message).isEmpty)
            #expect(Self.hasHangul(Korean.text(message)), "\(message): \(Korean.text(message))")
        }
        for status in ExitStatus.allCases {
            #expect(Self.hasHangul(Korean.exitStatusMeaning(status)) && Self.hasHangul(Korean.exitStatusShort(status)))
        }
        for variable in EnvironmentVariable.allCases { #expect(Self.hasHangul(Korean.environmentMeaning(variable))) }
    }

    static func korean(_ harness: Harness) -> Harness {
        harness.variables["LANG"] = "ko_KR.UTF-8"
        return harness
    }

    @Test(arguments: [
        ("위에 사유을(를) 쓰세요", "위에 사유를 쓰세요"), ("답변이(가) 비어 있습니다", "답변이 비어 있습니다"),
        ("메시지이(가) 비어", "메시지가 비어"), ("환불 금액 1.00 USD이(가) 넘습니다", "환불 금액 1.00 USD가 넘습니다"),
        ("'dir'은(는) 폴더", "'dir'은 폴더"), ("L3(으)로 상향", "L3으로 상향"), ("L2(으)로", "L2로"), ("서울(으)로", "서울로"),
        ("부산(으)로", "부산으로"), ("'K7M2'을(를)", "'K7M2'를"), ("Seoul과(와)", "Seoul과"), ("★을(를)", "★을(를)"),
        // -ng is said with a final ㅇ: 펜딩, 강.
        ("pending이(가) solved을(를)", "pending이 solved를"), ("kang이(가)", "kang이"), ("blog이(가)", "blog가"),
    ])
    func koreanParticlesFitTheWordBefore(_ text: String, _ expected: String) {
        #expect(KoreanParticles.resolve(text) == expected)
    }

    @Test func helpIsKorean() {
        let result = Self.korean(Harness.withEmptyDesk()).run(["help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(Korean.help(.groupWriting)))
        #expect(result.stdout.contains(Korean.help(.refundAbstract)))
        let refund = Self.korean(Harness.withEmptyDesk()).run(["refund", "--help"])
        #expect(refund.stdout.contains(Korean.help(.refundReason) + Korean.help(.requiredSuffix)))
        // Command, option and argument names stay as typed.
        #expect(
            refund.stdout.contains("cs refund TICKET AMOUNT [OPTIONS]")
                && refund.stdout.contains("--idempotency-key KEY"))
    }

    @Test func errorsAreKoreanWithTheSameExitStatusAndNothingAppended() {
        let harness = Harness.withFixtureDesk()
        let before = harness.logBytes
        let english = harness.run(["reply", "ZZZZ", "hi"])
        let korean = Self.korean(harness).run(["reply", "ZZZZ", "hi"])
        #expect(english.status == 3 && korean.status == 3)
        #expect(korean.stderr.hasPrefix("cs: ") && Self.hasHangul(korean.stderr) && korean.stderr.contains("ZZZZ"))
        #expect(korean.stderr.split(separator: "\n").count == 1)
        #expect(harness.logBytes == before)
        let usage = harness.run(["list", "--priority", "hgh"])
        #expect(usage.status == 2 && Self.hasHangul(usage.stderr) && usage.stderr.contains("'high'"))
    }

    @Test func listHeadersAndShowLabelsAreKorean() {
        let harness = Self.korean(Harness.withFixtureDesk())
        let list = harness.run(["list"])
        #expect(list.stdout.hasPrefix("ID"))
        #expect(list.stdout.split(separator: "\n").first.map { Self.hasHangul(String($0)) } == true)
        // Enum words are typed back on the command line, so they stay as they are.
        #expect(list.stdout.contains("urgent") || list.stdout.contains("high"))
        let show = harness.run(["show", "5S4X"])
        #expect(show.stdout.contains(Korean.text(.label(.status)) + ": closed"))
        #expect(show.stdout.contains(Korean.text(.label(.refundable)) + ": "))
        #expect(show.stdout.contains(Korean.text(.threadLabel(.message))))
    }

    @Test(arguments: [
        ["show", "5S4X", "--json"], ["list", "--status", "all", "--json"], ["log", "--json"], ["verify", "--json"],
        ["faq", "show", "refund-timing-ko", "--json"], ["faq", "search", "환불", "--json"], ["list", "--plain"],
    ])
    func whatScriptsReadIsTheSameInBothLanguages(_ arguments: [String]) {
        let harness = Harness.withFixtureDesk()
        let english = harness.run(arguments)
        let korean = Self.korean(harness).run(arguments)
        #expect(english.status == korean.status)
        #expect(english.stdout == korean.stdout)
    }

    @Test func theLogIsTheSameInBothLanguages() {
        func desk(_ language: String) -> [UInt8] {
            let harness = Harness.withEmptyDesk()
            harness.variables["LANG"] = language
            let ticket = harness.open("결제 오류", ["--payment", "P-1", "--amount", "59000"])
            harness.run(["reply", ticket, "확인 중입니다"])
            harness.run(["escalate", ticket, "--reason", "PG사 확인"])
            harness.run(["refund", ticket, "10000", "--reason", "부분 취소"])
            harness.run(["close", ticket])
            return harness.logBytes
        }
        #expect(desk("ko_KR.UTF-8") == desk("C"))
    }

    @Test func writeReportsAreKorean() {
        let harness = Self.korean(Harness.withEmptyDesk())
        let ticket = harness.open()
        let reply = harness.run(["reply", ticket, "확인 중입니다"])
        #expect(reply.status == 0 && reply.stdout == Korean.text(.replied(ticket: ticket)) + "\n")
    }
}

/// The README's generated sections and the Korean man page are what the code renders.
@Suite struct GeneratedDocumentTests {
    @Test func readmeSectionsAreCurrent() throws {
        let url = Paths.packageRoot.appendingPathComponent("README.md")
        var readme = try String(contentsOf: url, encoding: .utf8)
        var stale: [String] = []
        for (name, text) in ReadmeSections.all() {
            let open = "<!-- generated: \(name) -->\n", close = "<!-- end: \(name) -->"
            guard let start = readme.range(of: open),
                let end = readme.range(of: close, range: start.upperBound..<readme.endIndex)
            else {
                Issue.record("README.md has no section \(open)")
                continue
            }
            if readme[start.upperBound..<end.lowerBound] != text + "\n" {
                stale.append(name)
                readme.replaceSubrange(start.upperBound..<end.lowerBound, with: text + "\n")
            }
        }
        if !stale.isEmpty, ProcessInfo.processInfo.environment["CS_RECORD"] == "1" {
            try readme.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote README.md sections \(stale); unset CS_RECORD and run again")
        } else {
            #expect(stale.isEmpty, "README.md sections \(stale) are out of date; run CS_RECORD=1 swift test")
        }
    }

    @Test func koreanManPageIsCurrent() throws {
        let committed = try String(
            contentsOf: Paths.packageRoot.appendingPathComponent("docs/cs.ko.1"), encoding: .utf8)
        #expect(
            committed == ManPage.render(catalogue: Catalogue(.korean)),
            "docs/cs.ko.1 is out of date, run: CS_LANG=ko swift run cs __manpage > docs/cs.ko.1")
    }

    @Test func logFormatNamesEveryEventType() throws {
        let document = try String(
            contentsOf: Paths.packageRoot.appendingPathComponent("docs/log-format.md"), encoding: .utf8)
        for type in Event.typeNames {
            #expect(document.contains("`\(type)`"), "docs/log-format.md does not name \(type)")
        }
    }

    /// The fields a table of docs/json.md documents, read from its rows (`| `a`, `b` | type | meaning |`),
    /// and for each field the backticked words of its row (the nested fields).
    static func documentedFields(section heading: String) throws -> [String: String] {
        let document = try String(contentsOf: Paths.packageRoot.appendingPathComponent("docs/json.md"), encoding: .utf8)
        guard let start = document.range(of: heading) else { throw UsageError.noCommand }
        var fields: [String: String] = [:]
        for line in document[start.upperBound...].split(separator: "\n").drop(while: { !$0.hasPrefix("|") })
            .prefix(while: { $0.hasPrefix("|") })
        {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3, cells[0].hasPrefix("`") else { continue }
            for name in cells[0].split(separator: ",") {
                fields[name.trimmingCharacters(in: CharacterSet(charactersIn: " `"))] = cells[2]
            }
        }
        return fields
    }

    @Test func jsonDocumentNamesExactlyTheTicketFields() throws {
        let documented = try Self.documentedFields(section: "## A ticket")
        let harness = Harness.withFixtureDesk()
        // 5S4X has a payment, a refund and a rating: every field is filled.
        let shown =
            try JSONSerialization.jsonObject(with: Data(harness.run(["show", "5S4X", "--json"]).stdout.utf8))
            as! [String: Any]
        #expect(Set(shown.keys) == Set(documented.keys))
        for (field, value) in shown {
            let inner = (value as? [String: Any]) ?? ((value as? [[String: Any]])?.first)
            for key in inner?.keys.sorted() ?? [] {
                #expect(documented[field]?.contains("`\(key)`") == true, "docs/json.md: \(field) does not name \(key)")
            }
        }
    }

    @Test func jsonDocumentNamesExactlyTheStatsFields() throws {
        let documented = try Self.documentedFields(section: "## The desk's figures")
        let result = Harness.withFixtureDesk().run(["stats", "--by", "agent", "--json"])
        let shown = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        #expect(Set(shown.keys) == Set(documented.keys))
        for (field, value) in shown {
            let inner = (value as? [String: Any]) ?? ((value as? [[String: Any]])?.first)
            for key in inner?.keys.sorted() ?? [] where field != "groups" && field != "sla" {
                #expect(documented[field]?.contains("`\(key)`") == true, "docs/json.md: \(field) does not name \(key)")
            }
        }
    }

    @Test func jsonDocumentNamesExactlyTheFAQEntryFields() throws {
        let documented = try Self.documentedFields(section: "## FAQ entries")
        let shown =
            try JSONSerialization.jsonObject(
                with: Data(Harness.withFixtureDesk().run(["faq", "show", "refund-timing-ko", "--json"]).stdout.utf8))
            as! [String: Any]
        #expect(Set(shown.keys) == Set(documented.keys))
    }
}

import Foundation
import Testing

@Suite struct FAQTests {
    static let faqFile = """
        {"id":"F-REFUND","title":"환불 처리 기간","question":"환불은 언제 처리되나요?","answer":"카드 결제 취소는 3~5 영업일이 걸립니다.",\
        "tags":["환불","카드"],"category":"refund","lang":"ko"}
        {"id":"F-ACCOUNT","title":"계정 복구","question":"계정을 복구하려면 어떻게 하나요?","answer":"본인인증 후 비밀번호를 재설정하세요.","lang":"ko"}
        {"id":"F-CARD","question":"I was charged twice",\
        "answer":"Duplicate card charges are cancelled by the issuer within 3-5 business days.","lang":"en"}

        """

    func desk() -> Harness {
        let harness = Harness.withEmptyDesk()
        try! Self.faqFile.write(toFile: harness.folder + "/faq.jsonl", atomically: true, encoding: .utf8)
        #expect(
            harness.run(["faq", "import", "faq.jsonl"]).stdout
                == "imported faq.jsonl: 3 added, 0 updated, 0 unchanged\n")
        return harness
    }

    @Test func searchFindsEntriesTheWayPeopleType() {
        let harness = desk()
        for (query, expected) in [
            ("환불을 언제 받나요", "F-REFUND"), ("ㄱㅈ ㅂㄱ", "F-ACCOUNT"), ("계정복구", "F-ACCOUNT"),
            ("charged two times", "F-CARD"),
        ] {
            let result = harness.run(["faq", "search", query, "--json", "--limit", "1"])
            #expect(result.stdout.contains("\"id\":\"\(expected)\""), "\(query): \(result.stdout)")
        }
    }

    @Test func searchReadsOneQueryALineFromStandardInput() {
        let harness = desk()
        let result = harness.run(["faq", "search", "-", "--json", "--limit", "2"], stdin: "환불\ncharged twice\n\n")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3, "one line per query, the empty query included")
        #expect(lines[0].hasPrefix(#"{"query":"환불","results":[{"id":"F-REFUND","score":"#))
        #expect(lines[2] == #"{"query":"","results":[]}"#)
        let plain = harness.run(["faq", "search", "-", "--lang", "en"], stdin: "charged twice\n")
        #expect(plain.stdout == "charged twice\tF-CARD\n")
    }

    @Test func humanResultsShowRankIdQuestionAndSnippet() {
        let harness = desk()
        let result = harness.run(["faq", "search", "환불"])
        #expect(result.stdout.hasPrefix("1. F-REFUND  환불은 언제 처리되나요?\n   카드 결제 취소는 3~5 영업일이 걸립니다.\n"))
        let coloured = harness.run(["faq", "search", "환불", "--color", "always"]).stdout
        #expect(coloured.contains("\u{1B}[1;33m"), "matched words are highlighted on a terminal")
        let stripped = harness.run(["faq", "search", "계정을 복구", "--color", "always"]).stdout
        #expect(stripped.contains("\u{1B}[1;33m계정\u{1B}[0m"), "a word is marked without its particle: \(stripped)")
    }

    @Test func reimportUpdatesAndABadLineAppliesNothing() throws {
        let harness = desk()
        let changed = Self.faqFile.replacingOccurrences(of: "3~5 영업일", with: "최대 7 영업일")
        try changed.write(toFile: harness.folder + "/faq.jsonl", atomically: true, encoding: .utf8)
        #expect(
            harness.run(["faq", "import", "faq.jsonl"]).stdout
                == "imported faq.jsonl: 0 added, 1 updated, 2 unchanged\n")
        let before = harness.logBytes
        try (Self.faqFile + #"{"id":"F-X","question":"no answer"}"# + "\n")
            .write(toFile: harness.folder + "/bad.jsonl", atomically: true, encoding: .utf8)
        let bad = harness.run(["faq", "import", "bad.jsonl"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "cs: bad.jsonl:4: missing field 'answer'; nothing from the file was imported\n")
        #expect(harness.logBytes == before)
        #expect(harness.run(["verify"]).status == 0)
    }

    @Test func aDeskWithoutEntriesSearchesTheBuiltInFAQ() {
        let harness = Harness.withEmptyDesk()
        let result = harness.run(["faq", "search", "환불은 언제 되나요", "--json", "--limit", "1"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""id":"refund-timing-ko""#), "\(result.stdout)")
        #expect(harness.run(["faq", "list", "--source", "--lang", "en"]).stdout.contains("built-in  refund-timing-en"))
        #expect(harness.logBytes.isEmpty, "searching writes nothing to the log")
    }

    @Test func aQueryOfOnlyWordsEveryQuestionHasFindsNothingAndSaysWhy() {
        let harness = Harness.withEmptyDesk()
        let filler = harness.run(["faq", "search", "어떻게 하나요"])
        #expect(filler.status == 0)
        #expect(
            filler.stdout
                == "nothing to search for in '어떻게 하나요': add a word that says what it is about, such as refund or "
                + "password (words every question has, such as how or 어떻게, are not enough)\n")
        #expect(
            harness.run(["faq", "search", "how do I", "--json"]).stdout == #"{"query":"how do I","results":[]}"# + "\n")
        // One word about something is enough.
        #expect(harness.run(["faq", "search", "환불 어떻게 하나요", "--limit", "1"]).stdout.contains("환불"))
        #expect(harness.run(["faq", "search", "ㅎㅂ", "--limit", "1"]).stdout.hasPrefix("1. "))
    }

    @Test func theBuiltInFAQIsReadOnlyUntilCopiedIn() {
        let harness = Harness.withEmptyDesk()
        let refused = harness.run(["faq", "edit", "refund-timing-ko", "--title", "x"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.hasPrefix("cs: 'refund-timing-ko' is an entry of the built-in FAQ, which cannot be changed;")
        )
        #expect(harness.logBytes.isEmpty)
        #expect(
            harness.run(["faq", "import", "--builtin"]).stdout
                == "imported the built-in FAQ: 52 added, 0 updated, 0 unchanged\n")
        #expect(
            harness.run(["faq", "edit", "refund-timing-ko", "--title", "환불 시점"]).stdout
                == "updated FAQ entry refund-timing-ko\n")
        let shown = harness.run(["faq", "show", "refund-timing-ko", "--json"]).stdout
        #expect(shown.contains(#""title":"환불 시점""#) && shown.contains(#""source":"desk""#))
    }

    @Test func addEditShowListAndRemoveAnEntry() {
        let harness = Harness.withEmptyDesk()
        let added = harness.run([
            "faq", "add", "pin-reset", "--question", "결제 비밀번호를 잊었어요", "--answer", "내 정보에서 재설정하세요.",
            "--tag", "비밀번호", "--category", "account",
        ])
        #expect(added.stdout == "added FAQ entry pin-reset\n")
        #expect(added.stderr.contains("search no longer uses the built-in FAQ"))
        #expect(
            harness.run(["faq", "show", "pin-reset"]).stdout == """
                pin-reset
                question  결제 비밀번호를 잊었어요
                category  account
                language  ko
                tags      비밀번호
                source    desk

                내 정보에서 재설정하세요.

                """)
        #expect(
            harness.run(["faq", "edit", "pin-reset", "--answer", "내 정보 > 결제 비밀번호 재설정.", "--title", "PIN"]).status == 0)
        #expect(
            harness.run(["faq", "edit", "pin-reset", "--title", "PIN"]).stdout
                == "FAQ entry pin-reset already reads so; nothing changed\n")
        #expect(
            harness.run(["faq", "list", "--source"]).stdout == """
                SOURCE  ID         LANG  CATEGORY  QUESTION
                desk    pin-reset  ko    account   결제 비밀번호를 잊었어요

                """)
        let search = harness.run(["faq", "search", "비밀번호", "--json"]).stdout
        #expect(search.contains("내 정보 > 결제 비밀번호 재설정."), "search sees the edit: \(search)")
        let generated = harness.run([
            "faq", "add", "--question", "How do I close my account?", "--answer", "Settings > Close account.",
        ])
        #expect(generated.stdout.hasPrefix("added FAQ entry faq-"))
        #expect(
            harness.run(["faq", "list", "--json"]).stdout.contains(#""lang":"en""#),
            "language guessed from the question")
        #expect(harness.run(["faq", "remove", "pin-reset"]).stdout == "removed FAQ entry pin-reset\n")
        #expect(harness.run(["faq", "show", "pin-reset"]).status == 3)
        let history = harness.run(["log", "pin-reset"]).stdout.split(separator: "\n").map {
            $0.split(separator: " ", omittingEmptySubsequences: true)
        }
        #expect(
            history.map { String($0[4]) } == ["faq-added", "faq-edited", "faq-removed"],
            "an entry's history, removal included")
        #expect(harness.run(["verify"]).status == 0)
    }

    @Test(
        arguments: [
            (["faq", "add", "x"], Int32(2), "cs: 'faq add' needs --question TEXT; see 'cs faq add --help'\n"),
            (["faq", "add", "bad id", "--question", "q", "--answer", "a"], Int32(2), nil),
            (["faq", "edit", "nope", "--title", "t"], Int32(3), "cs: no FAQ entry 'nope'; see 'cs faq list'\n"),
            (["faq", "remove", "nope"], Int32(3), "cs: no FAQ entry 'nope'; see 'cs faq list'\n"),
            (["faq", "import"], Int32(2), nil),
            (["faq", "import", "faq.jsonl", "--builtin"], Int32(2), nil),
        ] as [([String], Int32, String?)])
    func refusedChangesAppendNothing(_ arguments: [String], _ status: Int32, _ message: String?) {
        let harness = desk()
        let before = harness.logBytes
        let result = harness.run(arguments)
        #expect(result.status == status, "\(result.stderr)")
        if let message { #expect(result.stderr == message) }
        #expect(result.stderr.hasPrefix("cs: ") && result.stderr.split(separator: "\n").count == 1)
        #expect(harness.logBytes == before)
    }

    @Test func completionOffersEntryIdsWithTheirQuestions() {
        let lines = Harness.withEmptyDesk().run(["__complete", "faq"]).stdout.split(separator: "\n")
        #expect(lines.count == 52)
        #expect(lines.contains("refund-timing-ko\t환불은 언제 들어오나요?"))
        #expect(desk().run(["__complete", "faq"]).stdout.hasPrefix("F-REFUND\t환불은 언제 처리되나요?\n"))
    }

    @Test func addWritesTheAnswerInTheEditorOnATerminal() {
        let harness = Harness.withEmptyDesk()
        harness.standardInputIsTerminal = true
        harness.variables["CS_EDITOR"] = harness.script("cs-editor", "echo '내 정보 > 결제 비밀번호 재설정' > \"$1\"")
        #expect(harness.run(["faq", "add", "pin", "--question", "결제 비밀번호를 잊었어요"]).status == 0)
        #expect(harness.run(["faq", "show", "pin", "--json"]).stdout.contains(#""answer":"내 정보 > 결제 비밀번호 재설정""#))
    }

    @Test func editWithNothingGivenOpensTheAnswerInTheEditor() {
        let harness = desk()
        harness.standardInputIsTerminal = true
        harness.variables["CS_EDITOR"] = harness.script("cs-editor", "sed -i 's/3~5/5~7/' \"$1\"")
        #expect(harness.run(["faq", "edit", "F-REFUND"]).stdout == "updated FAQ entry F-REFUND\n")
        #expect(
            harness.run(["faq", "show", "F-REFUND", "--json"]).stdout.contains(#""answer":"카드 결제 취소는 5~7 영업일이 걸립니다.""#))
    }

    @Test func editNeedsSomethingToChange() {
        let harness = desk()
        let result = harness.run(["faq", "edit", "F-REFUND"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("something to change"))
    }
    @Test func faqEventsReplayAndShowInTheLog() {
        let harness = desk()
        let log = harness.run(["log", "--json"]).stdout
        #expect(log.contains(#""type":"faq-added","faq":"F-REFUND""#))
        #expect(harness.run(["list"]).stdout == "no tickets match\n", "FAQ events are not tickets")
    }

    @Test func replyWithAnEntrySendsItsAnswerAndShowListsIt() {
        let harness = desk()
        let id = harness.open("환불 문의")
        let before = harness.logBytes
        let missing = harness.run(["reply", id, "--faq", "F-NOPE"])
        #expect(missing.status == 3)
        #expect(missing.stderr == "cs: no FAQ entry 'F-NOPE'; see 'cs faq list'\n")
        #expect(harness.logBytes == before)
        #expect(harness.run(["reply", id, "--faq", "F-REFUND"]).stdout == "replied on \(id) with FAQ entry F-REFUND\n")
        let shown = harness.run(["show", id]).stdout
        #expect(shown.contains("faq used: F-REFUND"))
        #expect(shown.contains("카드 결제 취소는 3~5 영업일이 걸립니다."), "the entry's answer is the reply")
        #expect(harness.run(["reply", id, "직접 쓴 답변", "--faq", "F-CARD"]).status == 0)
        let json = harness.run(["show", id, "--json"]).stdout
        #expect(json.contains("직접 쓴 답변"))
    }

    @Test func openSuggestsEntriesOnStandardErrorAndSuggestListsThem() {
        let harness = desk()
        let opened = harness.run(["open", "환불이 언제 되나요", "--customer", "김민수"])
        #expect(opened.status == 0)
        let id = String(opened.stdout.dropFirst("opened ticket ".count).prefix(8))
        #expect(opened.stdout == "opened ticket \(id): 환불이 언제 되나요\n", "standard output is the ticket alone")
        #expect(
            opened.stderr == "FAQ entries that may answer it (cs reply \(id) --faq ID):\n  F-REFUND  환불은 언제 처리되나요?\n")
        #expect(
            harness.run(["open", "환불이 언제 되나요", "--customer", "김민수", "-q"]).stderr == "", "-q: the id alone, no hints")
        #expect(
            harness.run(["suggest", id, "--json", "--limit", "1"]).stdout.hasPrefix(
                #"{"ticket":"\#(id)","query":"환불이 언제 되나요","results":[{"id":"F-REFUND""#))
        #expect(harness.run(["open", "가가가가", "--customer", "김민수"]).stderr == "", "no hint from a weak match")
        let english = harness.run(["open", "Charged twice for one order", "--customer", "Jane", "-q"]).stdout
            .trimmingCharacters(in: .newlines)
        #expect(harness.run(["suggest", english]).stdout.hasPrefix("1. F-CARD  I was charged twice\n"))
    }

    @Test func theSavedIndexIsRebuiltOnlyWhenTheFAQChanges() throws {
        let harness = desk()
        let indexPath = harness.logPath + ".faq-index"
        #expect(harness.run(["faq", "search", "환불"]).status == 0)
        let first = try FileManager.default.attributesOfItem(atPath: indexPath)[.systemFileNumber] as? Int
        _ = harness.open("결제 오류")
        #expect(harness.run(["faq", "search", "환불"]).status == 0)
        let afterTicket = try FileManager.default.attributesOfItem(atPath: indexPath)[.systemFileNumber] as? Int
        #expect(first == afterTicket, "a ticket event leaves the index as it was")
        #expect(harness.run(["faq", "edit", "F-REFUND", "--question", "환불 받는 데 며칠 걸리나요?"]).status == 0)
        #expect(harness.run(["faq", "search", "며칠", "--limit", "1"]).stdout.hasPrefix("1. F-REFUND  환불 받는 데 며칠 걸리나요?"))
    }

    @Test func aLongRunOfTicketEventsLeavesTheIndexAsItIs() throws {
        let harness = desk()
        let indexPath = harness.logPath + ".faq-index"
        #expect(harness.run(["faq", "search", "환불"]).status == 0)
        let inode = { try FileManager.default.attributesOfItem(atPath: indexPath)[.systemFileNumber] as? Int }
        let before = try inode()
        let ticket = harness.open("결제 오류")
        #expect(harness.run(["note", ticket, String(repeating: "긴 메모 ", count: 30_000)]).status == 0)
        #expect(harness.run(["faq", "search", "환불", "--limit", "1"]).stdout.hasPrefix("1. F-REFUND"))
        #expect(try inode() == before, "the index is of the FAQ, which ticket events do not change")
    }

    @Test func aDamagedIndexIsNeverBelieved() throws {
        let harness = desk()
        #expect(harness.run(["faq", "search", "환불"]).status == 0)
        let indexPath = harness.logPath + ".faq-index"
        let whole = try Data(contentsOf: URL(fileURLWithPath: indexPath))
        // Scrambled inside, header and stamp intact: only the checksum can tell.
        var scrambled = whole
        for position in stride(from: scrambled.count / 2, to: scrambled.count / 2 + 64, by: 1) {
            scrambled[position] ^= 0x5A
        }
        for damage in [Data(), Data("CSIX garbage".utf8), whole.prefix(200), scrambled] {
            try damage.write(to: URL(fileURLWithPath: indexPath))
            let result = harness.run(["faq", "search", "계정복구", "--limit", "1", "--json"])
            #expect(result.status == 0)
            #expect(result.stdout.contains(#""id":"F-ACCOUNT""#))
        }
    }
}

@Suite struct BuiltInFAQTests {
    @Test func coversAPaymentCentreInBothLanguages() {
        let harness = Harness.withEmptyDesk()
        let list = harness.run(["faq", "list", "--json"]).stdout
        let ids = list.components(separatedBy: #""id":""#).dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(ids.count >= 40)
        #expect(Set(ids).count == ids.count)
        for lang in ["ko", "en"] {
            #expect(
                harness.run(["faq", "list", "--lang", lang, "--json"]).stdout.components(separatedBy: #""id":""#).count
                    - 1 >= 20)
        }
        for topic in [
            "payment-error-codes", "duplicate-charge", "account-recovery", "refund-timing", "cancel-payment",
            "login-failed", "suspicious-login", "personal-info", "app-trouble", "contact-hours",
        ] {
            #expect(ids.contains(topic + "-ko") && ids.contains(topic + "-en"), "\(topic)")
        }
    }
}

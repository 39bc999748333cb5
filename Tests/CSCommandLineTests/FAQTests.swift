import Foundation
import Testing

@Suite struct FAQTests {
    static let faqFile = """
    {"id":"F-REFUND","title":"환불 처리 기간","question":"환불은 언제 처리되나요?","answer":"카드 결제 취소는 3~5 영업일이 걸립니다.","tags":["환불","카드"],"category":"refund","lang":"ko"}
    {"id":"F-ACCOUNT","title":"계정 복구","question":"계정을 복구하려면 어떻게 하나요?","answer":"본인인증 후 비밀번호를 재설정하세요.","lang":"ko"}
    {"id":"F-CARD","question":"I was charged twice","answer":"Duplicate card charges are cancelled by the issuer within 3-5 business days.","lang":"en"}

    """

    func desk() -> Harness {
        let harness = Harness.withEmptyDesk()
        try? Self.faqFile.write(toFile: harness.folder + "/faq.jsonl", atomically: true, encoding: .utf8)
        #expect(harness.run(["faq", "import", "faq.jsonl"]).stdout == "imported faq.jsonl: 3 added, 0 updated, 0 unchanged\n")
        return harness
    }

    @Test func searchFindsEntriesTheWayPeopleType() {
        let harness = desk()
        for (query, expected) in [("환불을 언제 받나요", "F-REFUND"), ("ㄱㅈ ㅂㄱ", "F-ACCOUNT"), ("계정복구", "F-ACCOUNT"),
                                  ("charged two times", "F-CARD")] {
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
    }

    @Test func reimportUpdatesAndABadLineAppliesNothing() throws {
        let harness = desk()
        let changed = Self.faqFile.replacingOccurrences(of: "3~5 영업일", with: "최대 7 영업일")
        try changed.write(toFile: harness.folder + "/faq.jsonl", atomically: true, encoding: .utf8)
        #expect(harness.run(["faq", "import", "faq.jsonl"]).stdout == "imported faq.jsonl: 0 added, 1 updated, 2 unchanged\n")
        let before = harness.logBytes
        try (Self.faqFile + #"{"id":"F-X","question":"no answer"}"# + "\n")
            .write(toFile: harness.folder + "/bad.jsonl", atomically: true, encoding: .utf8)
        let bad = harness.run(["faq", "import", "bad.jsonl"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "cs: bad.jsonl:4: missing field 'answer'; nothing from the file was imported\n")
        #expect(harness.logBytes == before)
        #expect(harness.run(["verify"]).status == 0)
    }

    @Test func aDeskWithoutEntriesSaysHowToAddThem() {
        let result = Harness.withEmptyDesk().run(["faq", "search", "환불"])
        #expect(result.status == 1)
        #expect(result.stderr == "cs: this desk has no FAQ entries yet; add some with 'cs faq import FILE'\n")
    }

    @Test func faqEventsReplayAndShowInTheLog() {
        let harness = desk()
        let log = harness.run(["log", "--json"]).stdout
        #expect(log.contains(#""type":"faq-added","faq":"F-REFUND""#))
        #expect(harness.run(["list"]).stdout == "no tickets match\n", "FAQ events are not tickets")
    }
}

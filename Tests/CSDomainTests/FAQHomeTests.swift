@testable import CSDomain
import Testing

/// The FAQ's rules in the domain: entries stored in derived files read back whole, the
/// import format's refusals name their line, and the built-in FAQ cannot be changed.
@Suite struct FAQHomeTests {
    static let entries = [
        FAQEntry(
            id: "refund-ko", title: "환불", question: "환불은 언제 되나요?", answer: "3~5 영업일",
            tags: ["환불", "돈 돌려받기"], category: "refund", lang: "ko"),
        FAQEntry(id: "bare", title: nil, question: "Q?", answer: "A.", tags: [], category: nil, lang: "en"),
    ]

    @Test func storedEntriesReadBackWholeAndDamageIsRefused() {
        for entry in Self.entries {
            let bytes = FAQEntryCoding.encode(entry)
            #expect(FAQEntryCoding.decode(bytes) == entry)
            // Cut anywhere, or with a byte too many: not an entry.
            for cut in [0, 1, bytes.count / 2, bytes.count - 1] {
                #expect(FAQEntryCoding.decode(Array(bytes.prefix(cut))) == nil)
            }
            #expect(FAQEntryCoding.decode(bytes + [0]) == nil)
        }
    }

    @Test func aBadLineIsNamedAndNothingIsRead() {
        let file = """
            {"id":"a","question":"Q?","answer":"A."}
            {"id":"b c","question":"Q?","answer":"A."}
            """
        #expect(throws: FAQFileError(line: 2, problem: .invalidID("b c"))) {
            try FAQFileReader.entries(Array(file.utf8))
        }
        #expect(throws: FAQFileError(line: 1, problem: .noEntries)) { try FAQFileReader.entries(Array("\n \n".utf8)) }
        // A misspelt field, a field twice, an id twice: each a guess, so refused.
        #expect(throws: FAQFileError(line: 1, problem: .unknownField("titel"))) {
            try FAQFileReader.entries(Array(#"{"id":"a","question":"Q?","answer":"A.","titel":"T"}"#.utf8))
        }
        #expect(throws: FAQFileError(line: 1, problem: .repeatedField("id"))) {
            try FAQFileReader.entries(Array(#"{"id":"a","id":"b","question":"Q?","answer":"A."}"#.utf8))
        }
        let twice =
            #"{"id":"a","question":"Q?","answer":"A."}"# + "\n\n" + #"{"id":"a","question":"Q2?","answer":"B."}"#
        #expect(throws: FAQFileError(line: 3, problem: .repeatedID("a", firstLine: 1))) {
            try FAQFileReader.entries(Array(twice.utf8))
        }
        #expect(throws: FAQFileError(line: 2, problem: .notUTF8)) {
            try FAQFileReader.entries(Array("{}\n".utf8) + [0xFF, 0x0A])
        }
    }

    @Test func theBuiltInFAQIsReadOnlyUntilTheDeskHasEntries() throws {
        let empty = Desk()
        let builtIn = try #require(BuiltInFAQ.entries.first)
        #expect(FAQCatalog(desk: empty).source == .builtIn)
        #expect(throws: DomainError.builtInFAQEntry(builtIn.id)) {
            try FAQCatalog.requireDeskEntry(builtIn.id, in: empty)
        }
        #expect(throws: LookupError.noFAQEntry("nope", suggestion: nil)) { try FAQCatalog(desk: empty).entry("nope") }
    }

    @Test func aRestoredFAQIsDecodedOnceWhenFirstReadAndChangesStayInTheirCopy() {
        let decodes = Counter()
        let pending = FAQBook.Pending(count: Self.entries.count) {
            decodes.add()
            return Self.entries
        }
        let restored = FAQBook(pending: pending, revision: 2, digest: 7)
        #expect(!restored.isEmpty && restored.digest == 7 && restored.revision == 2)
        #expect(decodes.value == 0, "knowing it is not empty, or its digest, decodes nothing")
        #expect(restored.all.map(\.id) == ["refund-ko", "bare"])
        #expect(restored.entries["bare"]?.answer == "A.")
        #expect(decodes.value == 1)
        var changed = restored
        changed.remove("bare")
        #expect(changed.all.map(\.id) == ["refund-ko"] && changed.revision == 3 && changed.digest != 7)
        #expect(restored.all.map(\.id) == ["refund-ko", "bare"], "the restored book is unchanged")
        #expect(decodes.value == 1)
    }
}

/// Counts calls from a closure the book keeps.
final class Counter: @unchecked Sendable {
    private(set) var value = 0
    func add() { value += 1 }
}

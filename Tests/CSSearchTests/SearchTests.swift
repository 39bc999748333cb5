@testable import CSSearch
import Foundation
import Testing

@Suite struct NormalizationTests {
    @Test func fullWidthAndCaseFold() {
        #expect(TextNormalizer.normalize("ＰＡＹ１２３ Refund") == "pay123 refund")
    }

    @Test func nfcComposesButLooseJamoStayLoose() {
        // Decomposed 한 (ᄒ ᅡ ᆫ) composes; compatibility jamo typed as 초성 must not fuse (NFKC would).
        #expect(TextNormalizer.normalize("\u{1112}\u{1161}\u{11AB}") == "한")
        #expect(TextNormalizer.normalize("ㄱㅏ") == "ㄱㅏ")
    }
}

@Suite struct AnalyzerTests {
    func words(_ text: String) -> [String] { Analyzer.terms(text).filter { $0.isWhole }.map(\.text) }

    @Test(arguments: ["환불을", "환불은", "환불이", "환불에서", "환불로"])
    func particlesAreIgnored(_ word: String) {
        #expect(words(word) == ["환불"])
    }

    @Test func twoSyllableWordsKeepTheirLastSyllable() {
        #expect(words("가족 나이") == ["가족", "나이"])
    }

    @Test func bigramsStayInsideWords() {
        let bigrams = Analyzer.terms("결제 취소").filter { $0.kind == .word && !$0.isWhole }.map(\.text)
        #expect(bigrams == ["결제", "취소"])
        let joined = Analyzer.terms("결제취소").filter { $0.kind == .word && !$0.isWhole }.map(\.text)
        #expect(joined == ["결제", "제취", "취소"])
    }

    @Test func scriptsSplitWords() {
        #expect(words("LPG용기를") == ["lpg", "용기"])
    }

    @Test func choseongOfWordsAndQueries() {
        #expect(
            Analyzer.terms("계정 복구").filter { $0.kind == .choseong }.map(\.text) == [
                "ㄱㅈ", "=ㄱㅈ", "^ㄱㅈ", "ㅂㄱ", "=ㅂㄱ", "^ㅂㄱ",
            ])
        // A compound: its initials, exact form, bigrams, trigrams and leading pair and triple.
        #expect(
            Analyzer.terms("사용가구").filter { $0.kind == .choseong }.map(\.text)
                == ["ㅅㅇㄱㄱ", "=ㅅㅇㄱㄱ", "ㅅㅇ", "ㅇㄱ", "ㄱㄱ", "ㅅㅇㄱ", "ㅇㄱㄱ", "^ㅅㅇ", "^ㅅㅇㄱ"])
        #expect(Analyzer.isChoseongQuery("ㄱㅈ ㅂㄱ"))
        #expect(!Analyzer.isChoseongQuery("계정 ㅂㄱ"))
    }

    @Test(arguments: [
        ("cards", "card"), ("charged", "charg"), ("refunding", "refund"), ("stopped", "stop"),
        ("activities", "activity"), ("is", "is"),
    ])
    func englishStems(_ word: String, _ stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test func hangulArithmetic() {
        #expect(Hangul.jamo(of: "값").map { String($0) }.joined() == "ㄱㅏㅄ")
        #expect(Hangul.initial(of: "환") == "ㅎ")
    }
}

@Suite struct RankingTests {
    static let index = SearchIndex([
        .init(id: "refund", fields: [.init("환불은 언제 처리되나요?", weight: 1), .init("카드 결제 취소 후 3~5 영업일", weight: 0.6)]),
        .init(id: "account", fields: [.init("계정 복구는 어떻게 하나요?", weight: 1), .init("본인인증 후 비밀번호를 재설정", weight: 0.6)]),
        .init(id: "login", fields: [.init("로그인이 되지 않아요", weight: 1), .init("앱을 최신 버전으로 업데이트", weight: 0.6)]),
        .init(
            id: "card",
            fields: [
                .init("My card was charged twice", weight: 1), .init("Duplicate charges are refunded", weight: 0.6),
            ]),
    ])

    func top(_ query: String) -> String? { Self.index.search(query, limit: 3).first?.id }

    @Test(arguments: [
        ("환불을 받고 싶어요", "refund"),
        ("계정복구", "account"),  // spacing mistake
        ("ㄱㅈ ㅂㄱ", "account"),  // 초성
        ("계졍 복구", "account"),  // one-jamo slip
        ("로그이 안 돼요", "login"),  // dropped final consonant
        ("I was charged two times", "card"),
        ("ＣＡＲＤ charges", "card"),  // full width
    ])
    func findsTheEntry(_ query: String, _ expected: String) {
        #expect(top(query) == expected, "\(Self.index.search(query, limit: 3))")
    }

    @Test func noMatchIsEmptyAndLimitsHold() {
        #expect(Self.index.search("xyzzy", limit: 5).isEmpty)
        #expect(Self.index.search("카드 결제 환불 계정 로그인", limit: 2).count == 2)
    }

    /// Each 초성 word of a query is ambiguous: an entry answering both words comes before one
    /// that answers one of them many times over.
    @Test func aChoseongQueryPrefersEntriesMatchingEachOfItsWords() {
        // ㅇㅊ is met in many entries (이체), ㄱㅈ in few: alone, the word ㄱㅈ outweighs it.
        let transfers = (0..<6).map {
            SearchIndex.Document(id: "transfer\($0)", fields: [.init("이체 \($0)번 안내", weight: 1)])
        }
        let index = SearchIndex(
            transfers + [
                .init(id: "one-word", fields: [.init("계정 계정", weight: 1)]),
                .init(id: "both", fields: [.init("계좌 이체", weight: 1)]),
            ])
        let found = index.search("ㄱㅈ ㅇㅊ", limit: 3)
        #expect(found.first?.id == "both", "\(found)")
    }

    @Test func choseongQueriesOfferSeveralCandidates() {
        #expect(Self.index.search("ㄱㅈ", limit: 5).count >= 1)
    }
}

@Suite struct IndexImageTests {
    static let documents: [SearchIndex.Document] = [
        .init(id: "a", fields: [.init("계정 복구는 어떻게 하나요?", weight: 1)], label: "ko", stored: Array("A".utf8)),
        .init(id: "b", fields: [.init("환불은 언제 되나요?", weight: 1)], label: "ko", stored: Array("B".utf8)),
        .init(id: "c", fields: [.init("When will my refund arrive?", weight: 1)], label: "en", stored: []),
    ]

    @Test func aSavedImageSearchesLikeTheBuiltIndex() throws {
        let bytes = SearchIndex.build(Self.documents, stamp: [1, 2, 3])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cs-image-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let mapped = try #require(IndexImage(mapping: path).flatMap { SearchIndex(image: $0) })
        let built = SearchIndex(Self.documents, stamp: [1, 2, 3])
        for query in ["계정복구", "ㄱㅈ ㅂㄱ", "환불", "refunds", "계졍 복구"] {
            #expect(mapped.search(query, limit: 3) == built.search(query, limit: 3), "\(query)")
        }
        #expect(mapped.stamp == [1, 2, 3])
        #expect(mapped.stored(1) == Array("B".utf8))
        #expect(mapped.search("환불", limit: 3, label: "en").isEmpty)
        #expect(mapped.search("refund", limit: 3, label: "en").map(\.id) == ["c"])
    }

    @Test func damagedImagesAreRefusedOrHarmless() {
        let bytes = SearchIndex.build(Self.documents, stamp: [])
        #expect(IndexImage([]) == nil)
        #expect(IndexImage(Array("CSIX".utf8) + [0, 0, 0, 0]) == nil, "wrong version")
        // Cut anywhere: either not an image, or an image whose reads stay in bounds.
        for length in stride(from: 0, to: bytes.count, by: 7) {
            if let image = IndexImage(Array(bytes.prefix(length))), let index = SearchIndex(image: image) {
                _ = index.search("계정 복구 환불 refund", limit: 3)
            }
        }
        // Scrambled sections: reads stay in bounds.
        var scrambled = bytes
        for position in stride(from: 100, to: scrambled.count, by: 13) { scrambled[position] ^= 0x5A }
        if let image = IndexImage(scrambled), let index = SearchIndex(image: image) {
            _ = index.search("계정 복구", limit: 3)
        }
    }

    @Test func queriesMeetCompoundsAcrossTheirSpaces() {
        #expect(Analyzer.queryTerms("가족 희망").contains { $0.kind == .word && $0.text == "족희" })
        #expect(Analyzer.queryTerms("ㄱㅈ ㅎㅁ").filter { $0.kind == .choseong }.map(\.text).contains("ㅈㅎㅁ"))
        let index = SearchIndex([
            .init(id: "compound", fields: [.init("가족희망드림 지원", weight: 1)]),
            .init(id: "apart", fields: [.init("희망 가족 캠프", weight: 1)]),
        ])
        #expect(index.search("가족 희망", limit: 1).map(\.id) == ["compound"])
    }
}

@Suite struct CarrierWordTests {
    func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func listedCarriersMatchAsTypedAndWithoutTheirParticle() {
        // 하나요 and 있나요 lose 요 to the particle stripper (하나, 있나): both forms count.
        for word in ["하나요", "있나요", "싶어요", "하고", "어떻게", "주세요"] {
            #expect(FunctionWords.isCarrier(scalars(word)), "\(word)")
        }
        for word in ["환불", "환불을", "비밀번호", "password"] { #expect(!FunctionWords.isCarrier(scalars(word)), "\(word)") }
    }

    @Test func aFAQTeachesTheEndingsOfItsOwnQuestions() {
        let questions = [
            "주거 지원을 받으려면 어떤 조건을 충족해야 하나요?", "교육 지원 조건을 충족해야 하나요?",
            "의료 지원 조건을 충족해야 하나요?", "고용 지원은 무엇인가요?",
        ]
        // The last two words of at least three questions (and 2% of them), without particles.
        #expect(FunctionWords.learned(fromQuestions: questions) == ["충족해야", "하나"])
        #expect(FunctionWords.isCarrier(scalars("충족해야"), learned: { $0 == "충족해야" }))
        // English questions end on their topic: nothing is learned from them.
        #expect(FunctionWords.learned(fromQuestions: Array(repeating: "How do I reset my password?", count: 5)) == [])
    }
}

@Suite struct KeyboardSlipTests {
    @Test(arguments: [
        ("둑민", "국민"),  // ㄷ for ㄱ: neighbouring keys
        ("까족", "가족"),  // the shift key held
        ("주증", "중증"),  // a final consonant missed
        ("용가", "용기"),  // ㅏ for ㅣ
        ("회서", "회사"),  // ㅓ for ㅏ
    ])
    func aFingersSlipIsLikely(_ typed: String, _ meant: String) {
        #expect(KeyboardSlips.likelihood(typed: typed, meant: meant) == 1)
    }

    @Test func anotherLetterIsLessLikely() {
        // ㅁ is nowhere near ㄱ: more likely another word than a slip.
        #expect(KeyboardSlips.likelihood(typed: "마족", meant: "가족") == KeyboardSlips.otherEdit)
        // A swap of two keys is no single finger's slip either.
        #expect(KeyboardSlips.likelihood(typed: "갖오", meant: "가족") == KeyboardSlips.otherEdit)
    }
}

@Suite struct TopicTests {
    @Test func aQueryOfCarriersOnlyHasNoTopicAndFindsNothing() {
        let index = RankingTests.index
        for query in ["어떻게 하나요", "how do I", "좀 알려주세요"] {
            #expect(!index.hasTopic(query), "\(query)")
            #expect(index.search(query, limit: 3).isEmpty, "\(query)")
        }
        for query in ["계정 복구 어떻게 하나요", "ㄱㅈ ㅂㄱ", "E103"] { #expect(index.hasTopic(query), "\(query)") }
    }
}

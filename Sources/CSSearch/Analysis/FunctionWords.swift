/// Words that carry a question rather than its topic: Korean conversational predicates
/// and endings (…하고 싶어요, …되나요, 어떻게 해요, 좀, 혹시) and English function words (want,
/// need, please, my). In a FAQ of fifty entries such a word is rare, so plain BM25 takes it
/// for strong evidence: 환불을 하고 싶어요 found 결제를 취소하고 싶어요 first. A query's carrier
/// words count `weight` of a topic word. The list is what a support desk's questions are made
/// of; it is checked against the evaluation sets in docs/search.md, not tuned to them.
public enum FunctionWords {
    static let weight = 0.25

    /// Korean words (particles already stripped) that only carry the sentence.
    static let korean: Set<String> = [
        "하고", "싶어요", "싶어", "싶은데", "싶습니다", "되나요", "돼요", "되요", "됩니까", "해요", "해야", "하나요",
        "하는", "하려면", "하면", "할", "수", "있나요", "있어요", "있을까요", "없나요", "어떻게", "어떡해요", "어떻게요",
        "좀", "혹시", "주세요", "해주세요", "해줘요", "부탁드려요", "부탁합니다", "알려", "알려주세요", "궁금해요",
        "궁금합니다", "인가요", "건가요", "나요", "뭐예요", "무엇인가요", "왜", "요", "저", "제", "너무", "계속", "자꾸",
    ]

    /// English words (stemmed as the analyser stems them) that only carry the sentence.
    static let english: Set<String> = [
        "i", "my", "me", "want", "need", "pleas", "would", "like", "can", "could", "how", "do", "doe", "did", "is",
        "am", "are", "was", "the", "a", "an", "to", "of", "for", "it", "this", "that", "help", "you", "your", "wa",
    ]

    /// Endings a question is carried by when written without spaces (…받을수있나요): the
    /// bigrams inside such an ending at the end of a longer word count as carriers too.
    static let endings: [String] = [
        "어떻게해야하나요", "해야하나요", "할수있나요", "을수있나요", "수있나요", "있을까요", "있나요", "있어요", "인가요",
        "할까요", "하나요", "되나요", "싶어요", "주나요", "나요", "까요", "어요", "세요",
    ].sorted { $0.count > $1.count }

    /// The endings to look for: the listed ones and the `learned` carriers, longest first.
    static func endings(learned: [String]) -> [String] {
        (endings + learned).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    }

    /// The terms of the question-carrying ending of a long Hangul word (none for a short one):
    /// the longest of `endings` (see `endings(learned:)`) that ends it.
    static func carrierEndingTerms(_ word: [Unicode.Scalar], endings: [String] = endings) -> [Analyzer.Term] {
        guard word.count >= 5, let first = word.first, Hangul.isSyllable(first) else { return [] }
        let text = String(String.UnicodeScalarView(word))
        guard let ending = endings.first(where: { text.hasSuffix($0) && $0.unicodeScalars.count < word.count - 1 })
        else { return [] }
        let tail = Array(ending.unicodeScalars)
        guard tail.count >= 2 else { return [] }
        return (0..<(tail.count - 1)).map { Analyzer.Term(kind: .word, scalars: tail[$0...($0 + 1)]) }
    }

    /// Whether `word` carries the sentence: listed above, or `learned` from the FAQ itself.
    public static func isCarrier(_ word: [Unicode.Scalar], learned: (String) -> Bool = { _ in false }) -> Bool {
        guard let first = word.first else { return false }
        if Hangul.isSyllable(first) {
            // As typed, or without its particle (환불을 하고: 하고); the list's 하나요 and
            // 있나요 as typed, since stripping 요 leaves 하나, 있나.
            let form = String(String.UnicodeScalarView(KoreanParticles.strip(word)))
            return korean.contains(String(String.UnicodeScalarView(word))) || korean.contains(form) || learned(form)
        }
        guard first.isASCII, first.properties.isAlphabetic else { return false }
        return english.contains(EnglishStemmer.stem(String(String.UnicodeScalarView(word)).lowercased()))
    }

    /// A question's predicate is learned from the FAQ's own questions: the Korean words that
    /// end them (the last two words) in at least `learnedMinimum` questions and 2% of them —
    /// for the welfare set 있나요, 하나요, 무엇인가요, 충족해야, 얼마인가요, 포함되나요, ...; for
    /// the built-in FAQ 어떻게 and 하나요. So a desk's FAQ teaches the endings of its own
    /// questions. English is not learned: its carriers are a closed class (listed above) and
    /// an English question ends on its topic ("reset my password").
    public static func learned(fromQuestions questions: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for question in questions {
            let words = Analyzer.words(question).filter { $0.first.map(Hangul.isSyllable) ?? false }
            for form in Set(words.suffix(2).map { String(String.UnicodeScalarView(KoreanParticles.strip($0))) }) {
                counts[form, default: 0] += 1
            }
        }
        let minimum = max(learnedMinimum, Int((Double(questions.count) * 0.02).rounded(.up)))
        return counts.filter { $0.value >= minimum }.keys.sorted()
    }

    static let learnedMinimum = 3
}

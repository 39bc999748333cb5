/// Turns text into search terms, in three kinds kept apart by a one-letter prefix:
/// - `w` words: whole words (particles stripped, English stemmed) and, inside each Hangul
///   word, its syllable bigrams (never across a space), so 결제취소 meets 결제 취소;
/// - `j` jamo trigrams inside Hangul words, so a one-jamo slip (용가 for 용기) or a dropped
///   final consonant still shares most of its terms;
/// - `c` 초성: each Hangul word's initial consonants and their bigrams, for queries typed
///   as ㄱㅈ ㅂㄱ.
public enum Analyzer {
    public enum Kind: Character, CaseIterable, Sendable {
        case word = "w", jamo = "j", choseong = "c"
    }

    public struct Term: Hashable, Sendable {
        public var kind: Kind
        /// The kind's letter, then the text in UTF-8: what the index files the term under.
        /// Built straight from scalars: hashing bytes skips the Unicode work hashing a
        /// `String` does, a third of building a large index.
        public var key: [UInt8]
        /// A whole word rather than a piece of one (a bigram, a trigram).
        public var isWhole = false

        public var text: String { String(decoding: key.dropFirst(), as: UTF8.self) }

        public init(kind: Kind, text: String, isWhole: Bool = false) {
            self.init(kind: kind, scalars: text.unicodeScalars, isWhole: isWhole)
        }

        init(kind: Kind, scalars: some Collection<Unicode.Scalar>, mark: Unicode.Scalar? = nil, isWhole: Bool = false) {
            self.kind = kind
            self.isWhole = isWhole
            var key: [UInt8] = []
            key.reserveCapacity(2 + scalars.count * 3)
            key.append(UInt8(ascii: kind.rawValue.unicodeScalars.first!))
            if let mark { key.append(UInt8(ascii: mark)) }
            for scalar in scalars { UTF8.encode(scalar) { key.append($0) } }
            self.key = key
        }
    }

    /// Words of one script each: a run of Hangul syllables, of compatibility jamo, of
    /// Latin letters, or of digits.
    public static func words(_ text: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        var currentScript = 0
        for scalar in TextNormalizer.normalize(text).unicodeScalars {
            let script = Self.script(of: scalar)
            if script == 0 || script != currentScript {
                if !current.isEmpty { words.append(current) }
                current = []
            }
            if script != 0 { current.append(scalar) }
            currentScript = script
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// 1 Hangul syllable, 2 compatibility jamo, 3 Latin letter, 4 digit, 5 other letters, 0 a separator.
    private static func script(of scalar: Unicode.Scalar) -> Int {
        if Hangul.isSyllable(scalar) { return 1 }
        if (0x3131...0x318E).contains(scalar.value) { return 2 }
        if scalar.isASCII {
            if scalar.properties.isAlphabetic { return 3 }
            if ("0"..."9").contains(scalar) { return 4 }
            return 0
        }
        return scalar.properties.isAlphabetic ? 5 : 0
    }

    /// The forms of the query's words worth marking in a result, as search matched them:
    /// Korean words without their particle (환불은 marks 환불 in 환불이 걸립니다).
    public static func highlightForms(_ query: String) -> Set<String> {
        Set(
            words(query).map { word in
                let form = word.first.map(Hangul.isSyllable) == true ? KoreanParticles.strip(word) : word
                return String(String.UnicodeScalarView(form))
            })
    }

    /// The terms of one word, as a document's text would give them.
    public static func terms(of word: [Unicode.Scalar]) -> [Term] {
        var terms: [Term] = []
        appendTerms(of: word, to: &terms)
        return terms
    }

    /// The terms of a document's text.
    public static func terms(_ text: String) -> [Term] {
        var terms: [Term] = []
        for word in words(text) { appendTerms(of: word, to: &terms) }
        return terms
    }

    static func appendTerms(of raw: [Unicode.Scalar], to terms: inout [Term]) {
        guard let first = raw.first else { return }
        if Hangul.isSyllable(first) {
            let word = KoreanParticles.strip(raw)
            terms.append(Term(kind: .word, scalars: word, isWhole: true))
            if word.count > 1 {
                for index in 0..<(word.count - 1) {
                    terms.append(Term(kind: .word, scalars: word[index...(index + 1)]))
                }
            }
            let jamo = word.flatMap(Hangul.jamo)
            if jamo.count >= 3 {
                for index in 0...(jamo.count - 3) {
                    terms.append(Term(kind: .jamo, scalars: jamo[index..<(index + 3)]))
                }
            }
            appendChoseong(word.compactMap(Hangul.initial), to: &terms)
        } else if (0x3131...0x318E).contains(first.value) {
            // Loose jamo: a 초성 query word.
            appendChoseong(raw.filter(Hangul.isInitialConsonant), to: &terms)
        } else {
            let word = String(String.UnicodeScalarView(raw))
            terms.append(
                Term(kind: .word, text: first.properties.isAlphabetic ? EnglishStemmer.stem(word) : word, isWhole: true)
            )
        }
    }

    /// 초성 terms of one word: its initials, their bigrams and (past three) trigrams; marked
    /// forms for the whole word (`=`) and for its first two or three initials (`^`), so a
    /// 초성 word that is a whole word or the start of a compound (ㅅㅇ: 사용, 사용가구) outranks
    /// the same initials met by chance inside another word.
    private static func appendChoseong(_ initials: [Unicode.Scalar], to terms: inout [Term]) {
        guard !initials.isEmpty else { return }
        terms.append(Term(kind: .choseong, scalars: initials))
        terms.append(Term(kind: .choseong, scalars: initials, mark: "="))
        if initials.count > 2 {
            for index in 0..<(initials.count - 1) {
                terms.append(Term(kind: .choseong, scalars: initials[index...(index + 1)]))
            }
        }
        if initials.count > 3 {
            for index in 0..<(initials.count - 2) {
                terms.append(Term(kind: .choseong, scalars: initials[index...(index + 2)]))
            }
        }
        for length in 2...3 where initials.count >= length {
            terms.append(Term(kind: .choseong, scalars: initials[0..<length], mark: "^"))
        }
    }

    /// A query's terms: its words' terms, plus what spans each space between two Hangul
    /// words, since spacing is free in Korean (가족 희망 is often written 가족희망): the
    /// syllable bigram across it, or for 초성 words the initials' bigram and trigrams across it.
    public static func queryTerms(_ text: String) -> [Term] { queryTerms(words: words(text)) }

    /// The same for a query already split into words.
    public static func queryTerms(words all: [[Unicode.Scalar]]) -> [Term] {
        var terms: [Term] = []
        for word in all { appendTerms(of: word, to: &terms) }
        func term(_ kind: Kind, _ scalars: [Unicode.Scalar]) -> Term { Term(kind: kind, scalars: scalars) }
        for (left, right) in zip(all, all.dropFirst()) {
            guard let last = left.last, let first = right.first else { continue }
            if Hangul.isSyllable(last), Hangul.isSyllable(first), let end = KoreanParticles.strip(left).last {
                terms.append(term(.word, [end, first]))
            } else if Hangul.isInitialConsonant(last), Hangul.isInitialConsonant(first) {
                terms.append(term(.choseong, [last, first]))
                if left.count >= 2 { terms.append(term(.choseong, [left[left.count - 2], last, first])) }
                if right.count >= 2 { terms.append(term(.choseong, [last, first, right[1]])) }
            }
        }
        return terms
    }

    /// True when the query is typed only in initial consonants (ㄱㅈ ㅂㄱ).
    public static func isChoseongQuery(_ text: String) -> Bool {
        let scalars = TextNormalizer.normalize(text).unicodeScalars.filter { !$0.properties.isWhitespace }
        return !scalars.isEmpty && scalars.allSatisfy(Hangul.isInitialConsonant)
    }
}

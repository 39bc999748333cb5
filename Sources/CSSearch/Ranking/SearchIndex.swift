import Dispatch
import CSPlatform

/// BM25 over documents made of weighted fields (for the FAQ: question, title, tags,
/// answer). Each term's contribution to each document is computed once, when the index is
/// built, and laid out flat (`IndexImage`), so a query is a handful of binary searches and
/// posting-list walks, whether the image was just built or mapped from disk.
public struct SearchIndex: Sendable {
    public struct Field: Sendable {
        public var text: String
        public var weight: Double
        /// The kinds of term this field contributes.
        public var kinds: Set<Analyzer.Kind>
        /// A weight of its own for some kinds of term (for a long answer: its jamo and 초성
        /// terms count more than its words, measured in docs/search.md).
        public var weightByKind: [Analyzer.Kind: Double]

        public init(
            _ text: String, weight: Double, kinds: Set<Analyzer.Kind> = Set(Analyzer.Kind.allCases),
            weightByKind: [Analyzer.Kind: Double] = [:]
        ) {
            self.text = text
            self.weight = weight
            self.kinds = kinds
            self.weightByKind = weightByKind
        }
    }

    public struct Document: Sendable {
        public var id: String
        public var fields: [Field]
        /// What a search can be narrowed to (for the FAQ: the language).
        public var label: String
        /// Bytes kept with the document for the caller (for the FAQ: the whole entry).
        public var stored: [UInt8]

        public init(id: String, fields: [Field], label: String = "", stored: [UInt8] = []) {
            self.id = id
            self.fields = fields
            self.label = label
            self.stored = stored
        }
    }

    public struct Hit: Equatable, Sendable {
        public var document: Int
        public var id: String
        public var score: Double
    }

    /// A whole Hangul word of a sentence-like query counts more than the bigrams it shares
    /// with longer words. A query of one or two words is keywords, usually nouns that entries
    /// hold inside compounds (가족 희망 for 가족희망드림): there whole words count less, and the
    /// bigram across the space relatively more — unless a word looks like a typo, whose
    /// correction wants the whole-word weight (measured: docs/search.md).
    static let wholeHangulWordWeight = 1.5
    static let keywordQueryWholeWordWeight = 0.7
    static let keywordQueryLength = 2

    /// How much each kind of term counts in a query's score.
    public static let kindWeights: [Analyzer.Kind: Double] = [.word: 1.0, .jamo: 0.35, .choseong: 1.0]
    /// Changed with anything that changes what a built index holds (analysis, weights,
    /// layout): saved indexes built by another version are then rebuilt.
    public static let analysisVersion = "2026-11-25.4"
    /// How much the words a typo could have meant count, together.
    static let typoWeight = 0.8
    /// k1 above the usual 1.2: FAQ questions are short, and repeated query words should
    /// keep counting (measured: +1 point R@1 on the welfare questions, docs/search.md).
    public static let k1 = 1.6
    public static let b = 0.75

    /// The image's sections, in order.
    enum Section {
        static let stamp = 0, ids = 1, labels = 3, stored = 5, terms = 7, postingEnds = 9, postingDocuments = 10,
            postingScores = 11, words = 12, typoKeys = 14, typoEnds = 16, typoWords = 17, learnedCarriers = 18,
            count = 20
    }

    public let image: IndexImage
    private let ids: IndexImage.StringTable
    private let labels: IndexImage.StringTable
    private let storedTable: IndexImage.StringTable
    private let terms: IndexImage.StringTable
    /// Whole Hangul words of the documents, for telling typos from known words.
    private let words: IndexImage.StringTable
    private let typoKeys: IndexImage.StringTable
    /// The words that end the documents' questions (`FunctionWords.learned`).
    private let learnedCarriers: IndexImage.StringTable
    /// The endings of unspaced questions, listed and learned, longest first.
    private let carrierEndings: [String]

    /// Reads an image; nil when it is not one this version wrote.
    public init?(image: IndexImage) {
        guard image.sectionCount == Section.count else { return nil }
        self.image = image
        ids = .init(image, section: Section.ids)
        labels = .init(image, section: Section.labels)
        storedTable = .init(image, section: Section.stored)
        terms = .init(image, section: Section.terms)
        words = .init(image, section: Section.words)
        typoKeys = .init(image, section: Section.typoKeys)
        learnedCarriers = .init(image, section: Section.learnedCarriers)
        carrierEndings = FunctionWords.endings(learned: (0..<learnedCarriers.count).map(learnedCarriers.string))
    }

    /// Builds an index in memory.
    public init(_ documents: [Document], stamp: [UInt8] = []) {
        self.init(image: IndexImage(Self.build(documents, stamp: stamp))!)!
    }

    public var count: Int { ids.count }
    /// What the builder was told to keep about where the documents came from.
    public var stamp: [UInt8] { Array(image.raw(Section.stamp)) }
    public func id(_ document: Int) -> String { ids.string(document) }
    public func stored(_ document: Int) -> [UInt8] { Array(storedTable.bytes(document)) }

    /// The image of an index over `documents`.
    public static func build(_ documents: [Document], stamp: [UInt8]) -> [UInt8] {
        // BM25F: field-weighted term frequencies, each field normalised by its own length.
        let analysed = analyse(documents)
        let fieldCount = documents.map(\.fields.count).max() ?? 0
        let averageLengths = (0..<fieldCount).map { field in
            let lengths = analysed.map { field < $0.count ? Double($0[field].count) : 0 }
            return max(1, lengths.reduce(0, +) / Double(max(1, lengths.count)))
        }
        // Terms are numbered as first met; hashing a term's bytes in one go is most of the
        // cost of building, so it happens once per occurrence and nowhere else.
        var numbers: [TermKey: Int] = [:]
        var keys: [[UInt8]] = []
        var whole: [Bool] = []
        var postings: [[(document: UInt32, frequency: Double)]] = []
        for (number, document) in documents.enumerated() {
            var weighted: [Int: Double] = [:]
            for (field, fieldTerms) in analysed[number].enumerated() {
                let norm = 1 - b + b * Double(fieldTerms.count) / averageLengths[field]
                let fieldSpec = document.fields[field]
                for term in fieldTerms {
                    let termNumber: Int
                    if let known = numbers[TermKey(term.key)] {
                        termNumber = known
                    } else {
                        termNumber = keys.count
                        numbers[TermKey(term.key)] = termNumber
                        keys.append(term.key)
                        whole.append(false)
                        postings.append([])
                    }
                    if term.isWhole { whole[termNumber] = true }
                    weighted[termNumber, default: 0] += (fieldSpec.weightByKind[term.kind] ?? fieldSpec.weight) / norm
                }
            }
            for (termNumber, frequency) in weighted { postings[termNumber].append((UInt32(number), frequency)) }
        }
        let total = Double(documents.count)
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var ends: [UInt32] = [], postingDocuments: [UInt32] = [], postingScores: [Float] = []
        for termNumber in order {
            let df = Double(postings[termNumber].count)
            let idf = log(1 + (total - df + 0.5) / (df + 0.5))
            for posting in postings[termNumber] {
                postingDocuments.append(posting.document)
                postingScores.append(Float(idf * posting.frequency * (k1 + 1) / (posting.frequency + k1)))
            }
            ends.append(UInt32(postingDocuments.count))
        }
        let wordLetter = UInt8(ascii: Analyzer.Kind.word.rawValue.unicodeScalars.first!)
        let sortedWords = order.filter { whole[$0] && keys[$0].first == wordLetter }.map { Array(keys[$0].dropFirst()) }
            .filter { TypoNeighbours.isHangulWord(String(decoding: $0, as: UTF8.self)) }
        let typos = TypoNeighbours.table(words: sortedWords.map { String(decoding: $0, as: UTF8.self) })

        var builder = IndexImage.Builder()
        builder.add(bytes: stamp)
        builder.add(strings: documents.map { Array($0.id.utf8) })
        builder.add(strings: documents.map { Array($0.label.utf8) })
        builder.add(strings: documents.map(\.stored))
        builder.add(strings: order.map { keys[$0] })
        builder.add(u32: ends)
        builder.add(u32: postingDocuments)
        builder.add(f32: postingScores)
        builder.add(strings: sortedWords)
        builder.add(strings: typos.keys)
        var typoEnds: [UInt32] = [], typoWords: [UInt32] = []
        for list in typos.lists {
            typoWords.append(contentsOf: list)
            typoEnds.append(UInt32(typoWords.count))
        }
        builder.add(u32: typoEnds)
        builder.add(u32: typoWords)
        // A document's first field is its question (for the FAQ); sorted, for `find`.
        let learned = FunctionWords.learned(fromQuestions: documents.map { $0.fields.first?.text ?? "" })
        builder.add(strings: learned.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        return builder.build()
    }

    /// Each document's terms, field by field, analysed on every core (documents are
    /// independent; the rest of the build is not).
    static func analyse(_ documents: [Document]) -> [[[Analyzer.Term]]] {
        let slots = Slots(count: documents.count)
        let parts = max(1, min(documents.count / 32, Cores.count * 4))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            for number in stride(from: part, to: documents.count, by: parts) {
                slots.store(
                    documents[number].fields.map { field in
                        Analyzer.terms(field.text).filter { field.kinds.contains($0.kind) }
                    }, at: number)
            }
        }
        return slots.values
    }

    /// One slot per document, each written by exactly one worker.
    private final class Slots: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<[[Analyzer.Term]]>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [])
        }

        deinit {
            slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: [[Analyzer.Term]], at index: Int) { slots[index] = value }
        var values: [[[Analyzer.Term]]] { Array(slots) }
    }

    /// Indexed Hangul words about one jamo edit from `word` (itself excluded).
    func near(_ word: String) -> [String] {
        var found = Set<Int>()
        for key in TypoNeighbours.keys(word) {
            guard let slot = typoKeys.find(key) else { continue }
            let start = slot == 0 ? 0 : Int(image.u32(Section.typoEnds, slot - 1))
            for index in start..<max(start, Int(image.u32(Section.typoEnds, slot))) {
                found.insert(Int(image.u32(Section.typoWords, index)))
            }
        }
        return found.map(words.string).filter { $0 != word }.sorted()
    }

    /// Whole Hangul words of the query that no document has: the words they may have
    /// been meant as, with their bigrams, sharing one weight between them.
    func typoExpansion(_ terms: [Analyzer.Term]) -> [[UInt8]: Double] {
        var extra: [[UInt8]: Double] = [:]
        for term in terms
        where term.isWhole && TypoNeighbours.isHangulWord(term.text) && words.find(Array(term.key.dropFirst())) == nil {
            let candidates = near(term.text)
            guard !candidates.isEmpty else { continue }
            // A finger's slip (a neighbouring key, a missed final) is the likelier meaning.
            let likelihoods = candidates.map { KeyboardSlips.likelihood(typed: term.text, meant: $0) }
            let total = likelihoods.reduce(0, +)
            for (candidate, likelihood) in zip(candidates, likelihoods) {
                for expanded in Analyzer.terms(candidate) where expanded.kind == .word {
                    extra[expanded.key, default: 0] += Self.typoWeight * likelihood / total
                }
            }
        }
        return extra
    }

    /// How a 초성 query of several words discounts an entry that matches only some of them:
    /// its score times (words matched / words)^this. Measured on `stress-choseong` (R@5): none
    /// 0.303, 0.25 0.311, 0.5 0.320, 0.75 0.318, 1 0.314, 2 0.309 (docs/search.md).
    static let choseongCoverageExponent: Float = 0.5

    /// How much more a document in the query's own language counts (`preferring`): a Hangul
    /// query ranks a Korean entry above its English twin, and the reverse.
    static let preferredLabelBoost: Float = 1.5

    /// The best matches, best first; ties broken by the order documents were given.
    /// With `label`, only documents carrying it; with `preferring`, those carrying it count
    /// more (`preferredLabelBoost`).
    public func search(_ query: String, limit: Int, label: String? = nil, preferring: String? = nil) -> [Hit] {
        // A 초성 query matches only 초성 terms; any other query leaves them out (they are
        // too ambiguous to count alongside real words).
        let choseongOnly = Analyzer.isChoseongQuery(query)
        let words = Analyzer.words(query)
        // Words that only carry the sentence (싶어요, 하나요, want, please) count little: in a
        // small FAQ they are rare, and would outweigh the topic word (docs/search.md).
        let carrierWords = words.filter(isCarrier)
        // Only words every question has (어떻게 하나요, how do I): nothing to rank by.
        guard choseongOnly || carrierWords.count < words.count else { return [] }
        var carriers = Set(carrierWords.flatMap { Analyzer.terms(of: $0).map(\.key) })
        carriers.formUnion(words.flatMap { FunctionWords.carrierEndingTerms($0, endings: carrierEndings) }.map(\.key))
        let queryTerms = Analyzer.queryTerms(words: words).filter {
            choseongOnly ? $0.kind == .choseong : $0.kind != .choseong
        }
        let expansion = choseongOnly ? [:] : typoExpansion(queryTerms)
        let keywords = words.count <= Self.keywordQueryLength && expansion.isEmpty
        let wholeWeight = keywords ? Self.keywordQueryWholeWordWeight : Self.wholeHangulWordWeight
        var weights: [[UInt8]: Double] = [:]
        for term in queryTerms {
            // Repeated query terms count, but with diminishing weight.
            weights[term.key] =
                weights[term.key].map { $0 + 0.5 }
                ?? Self.kindWeights[term.kind]!
                * (term.isWhole && TypoNeighbours.isHangulWord(term.text) ? wholeWeight : 1)
        }
        for (key, weight) in expansion { weights[key, default: 0] += weight }
        for key in carriers where weights[key] != nil { weights[key]! *= FunctionWords.weight }
        // For a 초성 query of several words, which of its words each term comes from: every
        // 초성 word is ambiguous (ㅇㄱ is 연계, 여기, 인기, ...), so an entry that answers only
        // one of them is a weak match (`choseongCoverageExponent`).
        var wordsOfTerm: [[UInt8]: UInt64] = [:]
        if choseongOnly && words.count >= 2 && words.count <= 64 {
            for (place, word) in words.enumerated() {
                for term in Analyzer.queryTerms(words: [word]) where term.kind == .choseong {
                    wordsOfTerm[term.key, default: 0] |= 1 << UInt64(place)
                }
            }
        }
        let documentCount = count
        var wordsMatched = [UInt64](repeating: 0, count: wordsOfTerm.isEmpty ? 0 : documentCount)
        var scores = [Float](repeating: 0, count: documentCount)
        var touched: [Int] = []
        let postingDocuments = image.raw(Section.postingDocuments), postingScores = image.raw(Section.postingScores)
        let postingCount = min(postingDocuments.count, postingScores.count) / 4
        // In key order: a dictionary's order differs from one instance to the next, and
        // floating-point sums in another order can differ in the last bit and flip a tie.
        for (key, weight) in weights.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            guard let slot = terms.find(key) else { continue }
            let queryWeight = Float(weight)
            let termWords = wordsOfTerm[key] ?? 0
            let start = slot == 0 ? 0 : Int(image.u32(Section.postingEnds, slot - 1))
            let end = min(Int(image.u32(Section.postingEnds, slot)), postingCount)
            guard start < end else { continue }
            for index in start..<end {
                let document = Int(
                    UInt32(littleEndian: postingDocuments.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
                guard document < documentCount else { continue }
                let score = Float(
                    bitPattern: UInt32(
                        littleEndian: postingScores.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
                if scores[document] == 0 { touched.append(document) }
                scores[document] += score * queryWeight
                if termWords != 0 { wordsMatched[document] |= termWords }
            }
        }
        if !wordsOfTerm.isEmpty {
            for document in touched {
                let share = Float(wordsMatched[document].nonzeroBitCount) / Float(words.count)
                scores[document] *= pow(share, Self.choseongCoverageExponent)
            }
        }
        if let label {
            let wanted = Array(label.utf8)
            touched.removeAll { !labels.bytes($0).elementsEqual(wanted) }
        }
        if let preferring {
            let wanted = Array(preferring.utf8)
            for document in touched where labels.bytes(document).elementsEqual(wanted) {
                scores[document] *= Self.preferredLabelBoost
            }
        }
        return Self.best(touched, scores: scores, limit: limit).map {
            Hit(document: $0, id: ids.string($0), score: Double(scores[$0]))
        }
    }

    /// Whether the query names something to search for: a 초성 query, or a word that is not
    /// one every question has (`FunctionWords`, listed or learned from these documents).
    public func hasTopic(_ query: String) -> Bool {
        let words = Analyzer.words(query)
        return Analyzer.isChoseongQuery(query) || words.contains { !isCarrier($0) }
    }

    private func isCarrier(_ word: [Unicode.Scalar]) -> Bool {
        FunctionWords.isCarrier(word) { learnedCarriers.find(Array($0.utf8)) != nil }
    }

    /// The `limit` best documents, best first, ties to the earlier document: a pass that keeps
    /// a short sorted list, rather than sorting every document a common word touched.
    static func best(_ documents: [Int], scores: [Float], limit: Int) -> [Int] {
        func before(_ a: Int, _ b: Int) -> Bool { scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
        var kept: [Int] = []
        kept.reserveCapacity(limit + 1)
        for document in documents {
            if kept.count == limit, let last = kept.last, !before(document, last) { continue }
            let position = kept.firstIndex { before(document, $0) } ?? kept.count
            kept.insert(document, at: position)
            if kept.count > limit { kept.removeLast() }
        }
        return kept
    }
}

/// A term's key, hashed as one run of bytes.
struct TermKey: Hashable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

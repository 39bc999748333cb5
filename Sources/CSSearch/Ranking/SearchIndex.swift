import Foundation

/// BM25 over documents made of weighted fields (for the FAQ: question, title, tags,
/// answer). Each term's contribution to each document is computed once, when the index is
/// built, so a query is a handful of posting-list walks: well under a millisecond.
public struct SearchIndex: Sendable {
    public struct Field: Sendable {
        public var text: String
        public var weight: Double
        /// The kinds of term this field contributes (long answers add noise to 초성 matching).
        public var kinds: Set<Analyzer.Kind>

        public init(_ text: String, weight: Double, kinds: Set<Analyzer.Kind> = Set(Analyzer.Kind.allCases)) {
            self.text = text
            self.weight = weight
            self.kinds = kinds
        }
    }

    public struct Document: Sendable {
        public var id: String
        public var fields: [Field]

        public init(id: String, fields: [Field]) {
            self.id = id
            self.fields = fields
        }
    }

    public struct Hit: Equatable, Sendable {
        public var id: String
        public var score: Double
    }

    /// How much each kind of term counts in a query's score.
    public static let kindWeights: [Analyzer.Kind: Double] = [.word: 1.0, .jamo: 0.25, .choseong: 1.0]

    public let ids: [String]
    /// Term key → (document number, precomputed BM25 contribution) pairs.
    let postings: [String: [(document: Int32, score: Float)]]
    /// For typed words the index does not know: its words one jamo edit away.
    let typos: TypoNeighbours
    /// Every whole word the documents hold (bigrams are not words).
    let wholeWords: Set<String>

    /// How much the words a typo could have meant count, together.
    static let typoWeight = 0.8

    /// k1 above the usual 1.2: FAQ questions are short, and repeated query words should
    /// keep counting (measured: +1 point R@1 on the welfare questions, docs/search.md).
    public static let k1 = 1.6
    public static let b = 0.75

    public init(_ documents: [Document]) {
        ids = documents.map(\.id)
        // BM25F: field-weighted term frequencies, each field normalised by its own length.
        var perDocument: [[String: Double]] = []
        var fieldLengths: [[Double]] = []
        var averageLengths: [Double] = []
        let fieldCount = documents.map(\.fields.count).max() ?? 0
        var analysed: [[[Analyzer.Term]]] = []
        for document in documents {
            analysed.append(document.fields.map { field in Analyzer.terms(field.text).filter { field.kinds.contains($0.kind) } })
        }
        for field in 0..<fieldCount {
            let lengths = analysed.map { field < $0.count ? Double($0[field].count) : 0 }
            averageLengths.append(max(1, lengths.reduce(0, +) / Double(max(1, lengths.count))))
        }
        for (number, document) in documents.enumerated() {
            var weighted: [String: Double] = [:]
            var lengths: [Double] = []
            for (field, terms) in analysed[number].enumerated() {
                let length = Double(terms.count)
                lengths.append(length)
                let norm = 1 - Self.b + Self.b * length / averageLengths[field]
                for term in terms {
                    weighted[term.key, default: 0] += document.fields[field].weight / norm
                }
            }
            perDocument.append(weighted)
            fieldLengths.append(lengths)
        }
        var documentFrequency: [String: Int] = [:]
        for weighted in perDocument {
            for key in weighted.keys { documentFrequency[key, default: 0] += 1 }
        }
        let total = Double(documents.count)
        var postings: [String: [(document: Int32, score: Float)]] = [:]
        for (number, weighted) in perDocument.enumerated() {
            for (key, frequency) in weighted {
                let df = Double(documentFrequency[key]!)
                let idf = log(1 + (total - df + 0.5) / (df + 0.5))
                let score = idf * frequency * (Self.k1 + 1) / (frequency + Self.k1)
                postings[key, default: []].append((Int32(number), Float(score)))
            }
        }
        self.postings = postings
        let whole = Set(analysed.joined().joined().lazy.filter(\.isWhole).map(\.text))
        wholeWords = whole
        typos = TypoNeighbours(words: whole.filter(TypoNeighbours.isHangulWord))
    }

    /// Whole Hangul words of the query that no document has: the words they may have
    /// been meant as, with their bigrams, sharing one weight between them.
    func typoExpansion(_ terms: [Analyzer.Term]) -> [String: Double] {
        var extra: [String: Double] = [:]
        for term in terms where term.isWhole && TypoNeighbours.isHangulWord(term.text) && !wholeWords.contains(term.text) {
            let candidates = typos.near(term.text)
            guard !candidates.isEmpty else { continue }
            let share = Self.typoWeight / Double(candidates.count)
            for candidate in candidates {
                for expanded in Analyzer.terms(candidate) where expanded.kind == .word {
                    extra[expanded.key, default: 0] += share
                }
            }
        }
        return extra
    }

    /// The best matches, best first; ties broken by the order documents were given.
    public func search(_ query: String, limit: Int, allow: ((Int) -> Bool)? = nil) -> [Hit] {
        var terms = Analyzer.terms(query)
        // A 초성 query matches only 초성 terms; any other query leaves them out (they are
        // too ambiguous to count alongside real words).
        let choseongOnly = Analyzer.isChoseongQuery(query)
        terms = terms.filter { choseongOnly ? $0.kind == .choseong : $0.kind != .choseong }
        var scores = [Float](repeating: 0, count: ids.count)
        var touched: [Int] = []
        var weights: [String: Double] = [:]
        for term in terms {
            // Repeated query terms count, but with diminishing weight.
            weights[term.key] = weights[term.key].map { $0 + 0.5 } ?? Self.kindWeights[term.kind]!
        }
        if !choseongOnly {
            for (key, weight) in typoExpansion(terms) { weights[key, default: 0] += weight }
        }
        for (key, weight) in weights {
            guard let list = postings[key] else { continue }
            let queryWeight = Float(weight)
            for posting in list {
                let document = Int(posting.document)
                if scores[document] == 0 { touched.append(document) }
                scores[document] += posting.score * queryWeight
            }
        }
        var hits = touched.filter { allow?($0) ?? true }.map { (document: $0, score: scores[$0]) }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        return hits.prefix(limit).map { Hit(id: ids[$0.document], score: Double($0.score)) }
    }
}

/// Words of the index within about one jamo edit of a typed word, found through their
/// one-deletion neighbourhoods (SymSpell): 용가 → 용기 (a slip), 사요 → 사용 (a dropped
/// final consonant). Only Hangul words of two syllables or more take part.
struct TypoNeighbours: Sendable {
    /// A jamo string, or it with one jamo deleted → the indexed words that produce it.
    private var variants: [String: [String]] = [:]

    init(words: some Sequence<String>) {
        for word in words {
            let jamo = Self.jamo(word)
            guard jamo.count >= 4 else { continue }
            for variant in Self.deletions(jamo) + [String(String.UnicodeScalarView(jamo))] {
                variants[variant, default: []].append(word)
            }
        }
    }

    /// Indexed words near `word` (itself excluded), fewest first by nothing in particular:
    /// the caller weighs them equally.
    func near(_ word: String) -> [String] {
        let jamo = Self.jamo(word)
        guard jamo.count >= 4 else { return [] }
        var found = Set<String>()
        for variant in Self.deletions(jamo) + [String(String.UnicodeScalarView(jamo))] {
            for candidate in variants[variant] ?? [] where candidate != word { found.insert(candidate) }
        }
        return found.sorted()
    }

    static func isHangulWord(_ word: String) -> Bool {
        word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(Hangul.isSyllable)
    }

    private static func jamo(_ word: String) -> [Unicode.Scalar] { word.unicodeScalars.flatMap(Hangul.jamo) }

    private static func deletions(_ jamo: [Unicode.Scalar]) -> [String] {
        jamo.indices.map { index in
            var copy = jamo
            copy.remove(at: index)
            return String(String.UnicodeScalarView(copy))
        }
    }
}

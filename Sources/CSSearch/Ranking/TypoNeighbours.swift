/// Words of the index within about one jamo edit of a typed word, found through their
/// one-deletion neighbourhoods (SymSpell): 용가 → 용기 (a slip), 사요 → 사용 (a dropped
/// final consonant). Only Hangul words of two syllables or more take part.
enum TypoNeighbours {
    /// The keys a word is filed under: its jamo, and its jamo with any one deleted.
    /// Two words sharing a key are at most one jamo edit apart (or a swap of neighbours).
    static func keys(_ word: String) -> [[UInt8]] {
        // Past 40 jamo (a dozen syllables) a word is no typing slip, and its keys would
        // cost the square of its length.
        guard word.unicodeScalars.count <= 16 else { return [] }
        let jamo = word.unicodeScalars.flatMap(Hangul.jamo)
        guard (4...40).contains(jamo.count) else { return [] }
        var keys = [Array(String(String.UnicodeScalarView(jamo)).utf8)]
        for index in jamo.indices {
            var copy = jamo
            copy.remove(at: index)
            keys.append(Array(String(String.UnicodeScalarView(copy)).utf8))
        }
        return keys
    }

    /// The table the index stores: sorted keys, and for each the numbers of the words
    /// (positions in `words`) filed under it.
    static func table(words: [String]) -> (keys: [[UInt8]], lists: [[UInt32]]) {
        var lists: [[UInt8]: [UInt32]] = [:]
        for (number, word) in words.enumerated() {
            for key in keys(word) where lists[key]?.last != UInt32(number) {
                lists[key, default: []].append(UInt32(number))
            }
        }
        let sorted = lists.keys.sorted { $0.lexicographicallyPrecedes($1) }
        return (sorted, sorted.map { lists[$0]! })
    }

    static func isHangulWord(_ word: String) -> Bool {
        word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(Hangul.isSyllable)
    }
}

/// Common particles (조사) and a few endings, stripped from the end of a Hangul word so that
/// 환불을, 환불은 and 환불이 all index and search as 환불. Longest first; a word keeps at
/// least two syllables so that nouns ending in such a syllable (가족, 나이) survive.
enum KoreanParticles {
    static let suffixes: [[Unicode.Scalar]] = [
        "에서는", "으로는", "에게서", "까지는", "이라도", "에서도", "으로도",
        "에서", "으로", "에게", "께서", "까지", "부터", "보다", "처럼", "이나", "이랑", "한테", "하고", "에는", "과는",
        "와는", "이란", "라도", "마다", "조차", "밖에", "이며", "이고", "에도", "로는", "로도",
        "을", "를", "은", "는", "이", "가", "에", "로", "와", "과", "의", "도", "만", "나", "랑", "요",
    ].map { Array($0.unicodeScalars) }

    static func strip(_ word: [Unicode.Scalar]) -> [Unicode.Scalar] {
        for suffix in suffixes where word.count - suffix.count >= 2 && word.suffix(suffix.count).elementsEqual(suffix) {
            return Array(word.dropLast(suffix.count))
        }
        return word
    }
}

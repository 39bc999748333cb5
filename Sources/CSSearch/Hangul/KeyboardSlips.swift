/// How a one-jamo difference between a typed word and an indexed one came about, read on the
/// standard Korean keyboard (두벌식): a neighbouring key, the shift key (ㄱ for ㄲ), a key
/// missed (a dropped final consonant) or one hit twice are what fingers do; any other
/// difference more likely names another word. Typo correction shares its weight by this.
enum KeyboardSlips {
    /// The keyboard's three rows of letters; the shifted keys (ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ) sit on
    /// the keys of their plain letters.
    static let rows: [[Unicode.Scalar]] = ["ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ"].map {
        Array($0.unicodeScalars)
    }
    static let shifted: [Unicode.Scalar: Unicode.Scalar] = [
        "ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ", "ㅒ": "ㅐ", "ㅖ": "ㅔ",
    ]
    /// Letters typed as two keys: compound vowels and final consonant clusters.
    static let twoKeys: [Unicode.Scalar: String] = [
        "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
        "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
        "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
    ]
    /// What a difference that is no finger's slip counts, against 1 for one that is.
    static let otherEdit = 0.25

    /// 1 when `typed` is `meant` with one finger's slip, `otherEdit` otherwise.
    static func likelihood(typed: String, meant: String) -> Double {
        isSlip(keys(typed), keys(meant)) ? 1 : otherEdit
    }

    /// The keys pressed to type `word`.
    static func keys(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.flatMap(Hangul.jamo).flatMap { letter in
            twoKeys[letter].map { Array($0.unicodeScalars) } ?? [letter]
        }
    }

    static func isSlip(_ typed: [Unicode.Scalar], _ meant: [Unicode.Scalar]) -> Bool {
        if typed.count == meant.count {
            let differing = typed.indices.filter { typed[$0] != meant[$0] }
            return differing.count == 1 && areNeighbours(typed[differing[0]], meant[differing[0]])
        }
        // A key missed, or one hit as well as its neighbour (or twice).
        let (short, long) = typed.count < meant.count ? (typed, meant) : (meant, typed)
        guard long.count == short.count + 1 else { return false }
        let at = zip(short, long).prefix { $0 == $1 }.count
        guard Array(long[(at + 1)...]) == Array(short[at...]) else { return false }
        if typed.count < meant.count { return true }
        let extra = long[at]
        return [at > 0 ? long[at - 1] : nil, at + 1 < long.count ? long[at + 1] : nil].contains {
            $0.map { areNeighbours($0, extra) || $0 == extra } ?? false
        }
    }

    /// The same key (shifted or not), or keys next to each other.
    static func areNeighbours(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        guard let first = position(a), let second = position(b) else { return false }
        return abs(first.row - second.row) <= 1 && abs(first.column - second.column) <= 1
    }

    private static func position(_ letter: Unicode.Scalar) -> (row: Int, column: Int)? {
        let plain = shifted[letter] ?? letter
        for (row, keys) in rows.enumerated() {
            if let column = keys.firstIndex(of: plain) { return (row, column) }
        }
        return nil
    }
}

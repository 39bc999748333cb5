/// Hangul arithmetic on Unicode scalars: syllables (가–힣) decompose into initial, medial and
/// final jamo by the Unicode formula; 초성 queries are written in compatibility jamo (ㄱ–ㅎ).
public enum Hangul {
    static let syllableBase: UInt32 = 0xAC00
    static let syllableLast: UInt32 = 0xD7A3

    /// The 19 initial consonants as compatibility jamo, in syllable order.
    static let initials: [Unicode.Scalar] = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".unicodeScalars.map { $0 }
    /// The 21 medial vowels.
    static let medials: [Unicode.Scalar] = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".unicodeScalars.map { $0 }
    /// The 27 finals (index 0, no final, is left out).
    static let finals: [Unicode.Scalar] = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ".unicodeScalars.map { $0 }

    public static func isSyllable(_ scalar: Unicode.Scalar) -> Bool {
        (syllableBase...syllableLast).contains(scalar.value)
    }

    /// A compatibility consonant that can begin a syllable (what people type for 초성).
    public static func isInitialConsonant(_ scalar: Unicode.Scalar) -> Bool {
        initials.contains(scalar)
    }

    /// The syllable's initial consonant, as a compatibility jamo.
    public static func initial(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard isSyllable(scalar) else { return nil }
        return initials[Int((scalar.value - syllableBase) / (21 * 28))]
    }

    /// The syllable as its jamo (2 or 3), or the scalar itself when it is not a syllable.
    public static func jamo(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard isSyllable(scalar) else { return [scalar] }
        let index = scalar.value - syllableBase
        let final = Int(index % 28)
        var result = [initials[Int(index / (21 * 28))], medials[Int(index % (21 * 28) / 28)]]
        if final > 0 { result.append(finals[final - 1]) }
        return result
    }
}

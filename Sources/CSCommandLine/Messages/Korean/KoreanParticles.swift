/// Korean particles after a value the catalogue cannot know in advance ('K7M2', 'USD', a
/// folder's name): the texts write both forms, `을(를)`, `이(가)`, `은(는)`, `과(와)`,
/// `(으)로`, and this picks the one the word before takes — by its final consonant, read from
/// the Hangul syllable, or from how a digit or a Latin letter is said in Korean (`3` 삼,
/// `L` 엘). A word it cannot read keeps both forms.
enum KoreanParticles {
    /// Marker → (after a final consonant, after a vowel).
    private static let markers: [(marker: String, consonant: String, vowel: String)] = [
        ("을(를)", "을", "를"), ("이(가)", "이", "가"), ("은(는)", "은", "는"), ("과(와)", "과", "와"),
        ("(으)로", "으로", "로"),
    ]

    /// What a word ends in, as far as particles care.
    enum Ending {
        case vowel, consonant
        /// ㄹ: takes 로 like a vowel, but 을/이/은/과 like a consonant.
        case rieul
    }

    static func resolve(_ text: String) -> String {
        guard text.contains("(") else { return text }
        var result = text
        for (marker, consonant, vowel) in markers {
            // A marker after a word that cannot be read keeps both forms; it is set apart
            // meanwhile (a word joiner, taken out below) so the search moves past it.
            let kept = marker.replacing("(", with: "\u{2060}(")
            while let range = result.firstRange(of: marker) {
                let chosen: String
                switch ending(before: range.lowerBound, in: result) {
                case .vowel?: chosen = vowel
                case .consonant?: chosen = consonant
                case .rieul?: chosen = marker == "(으)로" ? vowel : consonant
                case nil: chosen = kept
                }
                result.replaceSubrange(range, with: chosen)
            }
        }
        return result.replacing("\u{2060}", with: "")
    }

    /// The ending of the word before `index`, past closing quotes and brackets.
    static func ending(before index: String.Index, in text: String) -> Ending? {
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            let character = text[position]
            if "'\"’”)]»".contains(character) { continue }
            // A word ending in -ng is said with a final ㅇ (pending 펜딩, kang 강), not as the
            // letter g (지).
            if character.lowercased() == "g", position > text.startIndex,
                text[text.index(before: position)].lowercased() == "n"
            {
                return .consonant
            }
            return ending(of: character)
        }
        return nil
    }

    static func ending(of character: Character) -> Ending? {
        guard let scalar = character.unicodeScalars.first else { return nil }
        switch scalar.value {
        case 0xAC00...0xD7A3:
            let final = (scalar.value - 0xAC00) % 28
            return final == 0 ? .vowel : final == 8 ? .rieul : .consonant
        case 0x30...0x39:
            // 영 일 이 삼 사 오 육 칠 팔 구
            return [Ending.consonant, .rieul, .vowel, .consonant, .vowel, .vowel, .consonant, .rieul, .rieul, .vowel][
                Int(scalar.value - 0x30)]
        case 0x41...0x5A, 0x61...0x7A:
            // Letters said as in English: 엘, 알 end in ㄹ; 엠, 엔 in a consonant; the rest in a vowel.
            switch Character(scalar).lowercased() {
            case "l", "r": return .rieul
            case "m", "n": return .consonant
            default: return .vowel
            }
        default:
            return nil
        }
    }
}

/// A light stemmer for plurals and tenses: cards → card, charged → charg(e), refunding →
/// refund. Crude on purpose: both the FAQ and the query pass through it, so they meet.
enum EnglishStemmer {
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy({ $0.isASCII && $0.isLetter }) else { return word }
        var result = word
        if result.hasSuffix("ies") && result.count > 4 {
            result = String(result.dropLast(3)) + "y"
        } else if result.hasSuffix("sses") {
            result = String(result.dropLast(2))
        } else if result.hasSuffix("s") && !result.hasSuffix("ss") && !result.hasSuffix("us") && !result.hasSuffix("is")
        {
            result = String(result.dropLast())
        }
        if result.hasSuffix("ing") && result.count > 5 {
            result = undouble(String(result.dropLast(3)))
        } else if result.hasSuffix("ed") && result.count > 4 {
            result = undouble(String(result.dropLast(2)))
        }
        if result.hasSuffix("e") && result.count > 3 { result = String(result.dropLast()) }
        return result
    }

    /// stopped → stopp → stop.
    private static func undouble(_ word: String) -> String {
        guard word.count > 2, let last = word.last, word.dropLast().last == last, !"lsz".contains(last) else {
            return word
        }
        return String(word.dropLast())
    }
}

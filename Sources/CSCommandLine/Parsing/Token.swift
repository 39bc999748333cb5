/// One word of argv as the first parsing pass sees it. `word` keeps the original text
/// and `position` its index, so errors can quote exactly what was typed.
public enum Token: Equatable, Sendable {
    /// `--name` or `--name=value`.
    case long(name: String, value: String?, word: String, position: Int)
    /// `-q`, or a cluster such as `-qh`.
    case short(letters: [Character], word: String, position: Int)
    /// Anything else, including a lone `-` (standard input) and every word after `--`.
    case positional(String, position: Int)

    public var word: String {
        switch self {
        case .long(_, _, let word, _), .short(_, let word, _): return word
        case .positional(let word, _): return word
        }
    }
}

public enum Tokenizer {
    /// Pass one: argv → tokens. `--` ends options; everything after it is positional.
    public static func tokenize(_ arguments: [String]) -> [Token] {
        var tokens: [Token] = []
        var optionsEnded = false
        for (position, word) in arguments.enumerated() {
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                tokens.append(.positional(word, position: position))
            } else if word == "--" {
                optionsEnded = true
            } else if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    tokens.append(
                        .long(
                            name: String(body[..<equals]), value: String(body[body.index(after: equals)...]),
                            word: word, position: position))
                } else {
                    tokens.append(.long(name: String(body), value: nil, word: word, position: position))
                }
            } else {
                tokens.append(.short(letters: Array(word.dropFirst()), word: word, position: position))
            }
        }
        return tokens
    }
}

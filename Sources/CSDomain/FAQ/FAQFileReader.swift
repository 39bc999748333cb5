/// Reads `cs faq import` files: JSON Lines of {"id","title","question","answer","tags",
/// "category","lang"}. Any bad line fails the whole file, naming its line.
public enum FAQFileReader {
    public static func entries(_ bytes: [UInt8]) throws(FAQFileError) -> [FAQEntry] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw FAQFileError(line: UTF8Validation.firstInvalidLine(bytes), problem: .notUTF8)
        }
        var entries: [FAQEntry] = []
        var lines: [String: Int] = [:]
        for (offset, line) in TextLines.split(text).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            let read: FAQEntry
            do {
                read = try entry(trimmed)
            } catch {
                throw FAQFileError(line: offset + 1, problem: error)
            }
            // Which of two lines for one id should win is a guess: refused.
            if let first = lines[read.id] {
                throw FAQFileError(line: offset + 1, problem: .repeatedID(read.id, firstLine: first))
            }
            lines[read.id] = offset + 1
            entries.append(read)
        }
        guard !entries.isEmpty else { throw FAQFileError(line: 1, problem: .noEntries) }
        return entries
    }

    /// One line of the file.
    public static func entry(_ text: String) throws(FAQLineProblem) -> FAQEntry {
        // Checked before it is parsed: a line of a gigabyte would be held several times over.
        guard text.utf8.count <= TextLimit.lineBytes else { throw .tooLarge }
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            guard case .syntax(let what, _) = error else { throw .notAnObject }
            throw .syntax(what)
        }
        guard case .object(let object) = value else { throw .notAnObject }
        // An answer is at most what `cs faq add --answer-file` takes.
        guard value.longestText <= TextLimit.bytes else { throw .tooLarge }
        // A misspelt field (titel) would be dropped without a word: refused, naming it.
        var seen = Set<String>()
        for (key, _) in object.fields {
            guard fieldNames.contains(key) else { throw .unknownField(key) }
            guard seen.insert(key).inserted else { throw .repeatedField(key) }
        }
        let fields = EventFields(object)
        // The entry's rules, in this order: an id people can type, with no card or resident
        // number in it; a question and an answer; a language cs knows (guessed when left out).
        let id = try field { () throws(EventDecodingError) in try fields.string("id") }
        guard FAQEntry.isValidID(id) else { throw .invalidID(id) }
        if SensitiveData.contains(id) { throw .sensitiveID(id) }
        let question = try field { () throws(EventDecodingError) in try fields.text("question").trimmingWhitespace() }
        let answer = try field { () throws(EventDecodingError) in try fields.text("answer").trimmingWhitespace() }
        guard !question.isEmpty, !answer.isEmpty else { throw .emptyQuestionOrAnswer }
        let lang =
            try field { () throws(EventDecodingError) in try fields.optionalString("lang") }
            ?? FAQEntry.guessLanguage(question)
        guard FAQEntry.languages.contains(lang) else { throw .invalidLanguage(lang) }
        return try field { () throws(EventDecodingError) in
            FAQEntry(
                id: id, title: try fields.optionalString("title"), question: question, answer: answer,
                tags: try fields.strings("tags"), category: try fields.optionalString("category"), lang: lang)
        }
    }

    /// The fields a line may have.
    public static let fieldNames = ["id", "title", "question", "answer", "tags", "category", "lang"]

    private static func field<T>(_ read: () throws(EventDecodingError) -> T) throws(FAQLineProblem) -> T {
        do { return try read() } catch { throw .field(error) }
    }
}

/// A FAQ file that does not read: the first bad line (1-based) and what is wrong with it.
public struct FAQFileError: Error, Equatable, Sendable {
    public var line: Int
    public var problem: FAQLineProblem
}

/// What is wrong with a line of a FAQ file.
public enum FAQLineProblem: Error, Equatable, Sendable {
    case notUTF8
    case noEntries
    case notAnObject
    case syntax(JSONSyntax)
    case invalidID(String)
    /// An id holding a card or resident registration number (masking would change it).
    case sensitiveID(String)
    case emptyQuestionOrAnswer
    case invalidLanguage(String)
    /// A text over `TextLimit` (or a line over `TextLimit.lineBytes`).
    case tooLarge
    /// A field the format does not have (a misspelling, most likely).
    case unknownField(String)
    /// A field given twice in one line.
    case repeatedField(String)
    /// An id a line before (`firstLine`) has already.
    case repeatedID(String, firstLine: Int)
    case field(EventDecodingError)
}

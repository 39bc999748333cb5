import CSDomain

/// Reads `cs faq import` files: JSON Lines of {"id","title","question","answer","tags",
/// "category","lang"}. Any bad line fails the whole file, naming its line.
enum FAQFileReader {
    static func entries(_ bytes: [UInt8], path: String) throws(CommandLineError) -> [FAQEntry] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .badFAQLine(path: path, line: firstInvalidLine(bytes), problem: .notUTF8)
        }
        var entries: [FAQEntry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            entries.append(try entry(trimmed, path: path, line: offset + 1))
        }
        guard !entries.isEmpty else { throw .badFAQLine(path: path, line: 1, problem: .noEntries) }
        return entries
    }

    static func entry(_ text: String, path: String, line: Int) throws(CommandLineError) -> FAQEntry {
        do {
            return try entry(text)
        } catch {
            throw .badFAQLine(path: path, line: line, problem: error)
        }
    }

    private static func entry(_ text: String) throws(FAQLineProblem) -> FAQEntry {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            guard case .syntax(let what, _) = error else { throw .notAnObject }
            throw .syntax(what)
        }
        guard case .object(let object) = value else { throw .notAnObject }
        let fields = EventFields(object)
        do {
            let id = try fields.string("id")
            guard FAQEntry.isValidID(id), !SensitiveData.contains(id) else { throw FAQLineProblem.invalidID(id) }
            let question = try fields.text("question").trimmingWhitespace()
            let answer = try fields.text("answer").trimmingWhitespace()
            guard !question.isEmpty, !answer.isEmpty else { throw FAQLineProblem.emptyQuestionOrAnswer }
            let lang = try fields.optionalString("lang") ?? FAQEntry.guessLanguage(question)
            guard FAQEntry.languages.contains(lang) else { throw FAQLineProblem.invalidLanguage(lang) }
            return FAQEntry(
                id: id, title: try fields.optionalString("title"), question: question, answer: answer,
                tags: try fields.strings("tags"), category: try fields.optionalString("category"), lang: lang)
        } catch let problem as FAQLineProblem {
            throw problem
        } catch let error as EventDecodingError {
            throw .field(error)
        } catch {
            throw .notAnObject
        }
    }

    static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}

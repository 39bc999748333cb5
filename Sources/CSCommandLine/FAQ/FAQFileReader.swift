import CSDomain

/// Reads `cs faq import` files: JSON Lines of {"id","title","question","answer","tags",
/// "category","lang"}. Any bad line fails the whole file, naming its line.
enum FAQFileReader {
    struct BadLine: Error, Equatable {
        let path: String
        let line: Int
        let problem: String
    }

    static func entries(_ bytes: [UInt8], path: String) throws(BadLine) -> [FAQEntry] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw BadLine(path: path, line: firstInvalidLine(bytes), problem: "not UTF-8 text")
        }
        var entries: [FAQEntry] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingWhitespace()
            if trimmed.isEmpty { continue }
            entries.append(try entry(trimmed, path: path, line: offset + 1))
        }
        guard !entries.isEmpty else { throw BadLine(path: path, line: 1, problem: "no entries in the file") }
        return entries
    }

    static func entry(_ text: String, path: String, line: Int) throws(BadLine) -> FAQEntry {
        func bad(_ problem: String) -> BadLine { BadLine(path: path, line: line, problem: problem) }
        guard case .object(let object)? = try? JSONParser.parse(text) else { throw bad("not a JSON object") }
        let fields = EventFields(object)
        do {
            let id = try fields.string("id")
            guard FAQEntry.isValidID(id), !SensitiveData.contains(id) else { throw bad("invalid id '\(id)' (letters, digits, '.', '_', '-'; up to 40)") }
            let question = try fields.text("question").trimmingWhitespace()
            let answer = try fields.text("answer").trimmingWhitespace()
            guard !question.isEmpty, !answer.isEmpty else { throw bad("empty question or answer") }
            let lang = try fields.optionalString("lang") ?? FAQEntry.guessLanguage(question)
            guard FAQEntry.languages.contains(lang) else { throw bad("invalid lang '\(lang)' (ko or en)") }
            return FAQEntry(id: id, title: try fields.optionalString("title"), question: question, answer: answer,
                            tags: try fields.strings("tags"), category: try fields.optionalString("category"), lang: lang)
        } catch let problem as BadLine {
            throw problem
        } catch let error as EventDecodingError {
            throw bad(ErrorText.describe(.event(error)))
        } catch {
            throw bad("unreadable entry")
        }
    }

    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
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

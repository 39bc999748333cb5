import Foundation
import CSDomain
import CSSearch

/// FAQ output: JSON for scripts, ranked results with highlighted snippets for people.
enum FAQText {
    static func json(query: String, hits: [(entry: FAQEntry, score: Double)]) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("query", query)
        writer.key("results")
        writer.beginArray()
        for hit in hits {
            writer.beginObject()
            writer.string("id", hit.entry.id)
            writer.key("score")
            writer.value(.double((hit.score * 1000).rounded() / 1000))
            writer.string("question", hit.entry.question)
            writer.optionalString("title", hit.entry.title)
            writer.string("answer", hit.entry.answer)
            writer.string("lang", hit.entry.lang)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    static func entryJSON(_ entry: FAQEntry, source: String) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("id", entry.id)
        writer.optionalString("title", entry.title)
        writer.string("question", entry.question)
        writer.string("answer", entry.answer)
        writer.strings("tags", entry.tags)
        writer.optionalString("category", entry.category)
        writer.string("lang", entry.lang)
        writer.string("source", source)
        writer.endObject()
        return writer.text
    }

    static func results(_ hits: [(entry: FAQEntry, score: Double)], query: String, style: Style, width: Int?) -> String {
        let words = Set(Analyzer.words(query).map { String(String.UnicodeScalarView($0)) }.filter { $0.count >= 2 || !$0.allSatisfy(\.isASCII) })
        var lines: [String] = []
        for (rank, hit) in hits.enumerated() {
            lines.append("\(rank + 1). " + style.paint(hit.entry.id, "1") + "  "
                + highlight(Terminal.singleLine(hit.entry.question), words: words, style: style))
            let snippet = DisplayWidth.truncate(Terminal.singleLine(hit.entry.answer), to: max(20, (width ?? 100) - 5))
            lines.append("   " + highlight(snippet, words: words, style: style))
        }
        return lines.joined(separator: "\n")
    }

    /// Marks the query's words where they occur in the snippet (only when colour is on).
    static func highlight(_ text: String, words: Set<String>, style: Style) -> String {
        guard style.enabled, !words.isEmpty else { return text }
        var result = text
        for word in words.sorted(by: { $0.count > $1.count }) {
            result = result.replacingOccurrences(of: word, with: style.paint(word, "1;33"), options: .caseInsensitive)
        }
        return result
    }
}

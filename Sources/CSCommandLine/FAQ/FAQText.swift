import CSDomain
import CSSearch

/// FAQ output: JSON for scripts, ranked results with highlighted snippets for people.
enum FAQText {
    static func json(query: String, hits: [FAQSearcher.Hit], ticket: String? = nil) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.stringIfPresent("ticket", ticket)
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

    static func entryJSON(_ entry: FAQEntry, source: String?) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("id", entry.id)
        writer.optionalString("title", entry.title)
        writer.string("question", entry.question)
        writer.string("answer", entry.answer)
        writer.strings("tags", entry.tags)
        writer.optionalString("category", entry.category)
        writer.string("lang", entry.lang)
        writer.stringIfPresent("source", source)
        writer.endObject()
        return writer.text
    }

    static func results(_ hits: [FAQSearcher.Hit], query: String, style: Style, width: Int?) -> String {
        let words = Analyzer.highlightForms(query).filter { $0.count >= 2 || !$0.allSatisfy(\.isASCII) }
        var lines: [String] = []
        for (rank, hit) in hits.enumerated() {
            lines.append(
                "\(rank + 1). " + style.paint(hit.entry.id, "1") + "  "
                    + highlight(Terminal.singleLine(hit.entry.question), words: words, style: style))
            let snippet = DisplayWidth.truncate(Terminal.singleLine(hit.entry.answer), to: max(20, (width ?? 100) - 5))
            lines.append("   " + highlight(snippet, words: words, style: style))
        }
        return lines.joined(separator: "\n")
    }

    /// Search results as the reading commands print them: JSON, a line when there are
    /// none, or ranked entries with snippets (paged on a terminal).
    static func show(_ hits: [FAQSearcher.Hit], query: String, ticket: String? = nil, none: Message, context: Context) {
        if context.output.json {
            context.output.print(json(query: query, hits: hits, ticket: ticket))
        } else if hits.isEmpty {
            context.output.print(none)
        } else {
            context.output.page(results(hits, query: query, style: context.output.style, width: context.output.width))
        }
    }

    /// One entry in full, for `cs faq show`.
    static func entry(_ entry: FAQEntry, source: FAQCatalog.Source, style: Style, catalogue: Catalogue) -> String {
        var lines = [style.paint(entry.id, "1") + (entry.title.map { "  " + Terminal.singleLine($0) } ?? "")]
        let fields: [(Message.Label, String?)] = [
            (.question, Terminal.singleLine(entry.question)), (.category, entry.category), (.language, entry.lang),
            (.tags, entry.tags.isEmpty ? nil : entry.tags.joined(separator: ", ")), (.source, source.rawValue),
        ]
        let width = fields.map { DisplayWidth.of(catalogue.text(.label($0.0))) }.max()! + 2
        for case (let label, let value?) in fields {
            lines.append(DisplayWidth.pad(catalogue.text(.label(label)), to: width) + Terminal.safe(value))
        }
        return (lines + ["", Terminal.safe(entry.answer)]).joined(separator: "\n")
    }

    /// The entries as a table, for `cs faq list`; with a source, a column saying it.
    static func list(_ entries: [FAQEntry], source: FAQCatalog.Source?, width: Int?, catalogue: Catalogue) -> String {
        let columns: [Message.Header] = (source == nil ? [] : [.source]) + [.id, .lang, .category, .question]
        var table = TextTable(header: columns.map { catalogue.text(.header($0)) })
        for entry in entries {
            table.append(
                (source.map { [TextTable.Cell($0.rawValue)] } ?? [])
                    + [
                        .init(entry.id), .init(entry.lang), .init(Terminal.singleLine(entry.category ?? "-")),
                        .init(Terminal.singleLine(entry.question)),
                    ])
        }
        if let width {
            // The question takes what is left of the line.
            let used = table.columnWidths.dropLast().reduce(0) { $0 + $1 + 2 }
            table.cut(column: columns.count - 1, to: max(20, width - used))
        }
        return table.render()
    }

    /// Marks the query's words where they occur in the text (only when colour is on), in
    /// one pass over the text as written: overlapping matches merge, case is kept.
    static func highlight(_ text: String, words: Set<String>, style: Style) -> String {
        guard style.enabled, !words.isEmpty else { return text }
        var found: [Range<String.Index>] = []
        for word in words {
            found += text.ranges(of: Regex<Substring>(verbatim: word).ignoresCase())
        }
        var merged: [Range<String.Index>] = []
        for match in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, match.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, match.upperBound)
            } else {
                merged.append(match)
            }
        }
        var result = ""
        var at = text.startIndex
        for match in merged {
            result += text[at..<match.lowerBound] + style.paint(String(text[match]), "1;33")
            at = match.upperBound
        }
        return result + text[at...]
    }
}

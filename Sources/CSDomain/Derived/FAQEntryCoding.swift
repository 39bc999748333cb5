/// How the FAQ index stores each entry beside its terms: the fields length-prefixed
/// (`BinaryCoding`), read back without a JSON parser. The index's own format, free to
/// change with `FAQIndexFile.version`; not `--json`'s, which is for scripts.
enum FAQEntryCoding {
    static func encode(_ entry: FAQEntry) -> [UInt8] {
        var writer = BinaryWriter()
        writer.string(entry.id)
        writer.optionalString(entry.title)
        writer.string(entry.question)
        writer.string(entry.answer)
        writer.strings(entry.tags)
        writer.optionalString(entry.category)
        writer.string(entry.lang)
        return writer.bytes
    }

    /// Nil for bytes that are not exactly one entry (a damaged index).
    static func decode(_ bytes: [UInt8]) -> FAQEntry? {
        bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            guard let id = reader.string(), let title = reader.optionalString(), let question = reader.string(),
                let answer = reader.string(), let tags = reader.strings(), let category = reader.optionalString(),
                let lang = reader.string(), reader.remaining == 0
            else { return nil }
            return FAQEntry(
                id: id, title: title, question: question, answer: answer, tags: tags, category: category, lang: lang)
        }
    }
}

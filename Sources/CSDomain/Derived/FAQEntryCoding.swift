/// How derived files store a FAQ entry: its fields length-prefixed (`BinaryCoding`), read
/// back without a JSON parser. The snapshot's FAQ section and the FAQ index's stored entries
/// both use it: a format of the derived files, free to change with their versions; not
/// `--json`'s, which is for scripts.
enum FAQEntryCoding {
    static func write(_ entry: FAQEntry, into writer: inout BinaryWriter) {
        writer.string(entry.id)
        writer.optionalString(entry.title)
        writer.string(entry.question)
        writer.string(entry.answer)
        writer.strings(entry.tags)
        writer.optionalString(entry.category)
        writer.string(entry.lang)
    }

    /// Nil when the bytes run out or are not UTF-8 (a damaged file).
    static func read(from reader: inout BinaryReader) -> FAQEntry? {
        guard let id = reader.string(), let title = reader.optionalString(), let question = reader.string(),
            let answer = reader.string(), let tags = reader.strings(), let category = reader.optionalString(),
            let lang = reader.string()
        else { return nil }
        return FAQEntry(
            id: id, title: title, question: question, answer: answer, tags: tags, category: category, lang: lang)
    }

    static func encode(_ entry: FAQEntry) -> [UInt8] {
        var writer = BinaryWriter()
        write(entry, into: &writer)
        return writer.bytes
    }

    /// Nil for bytes that are not exactly one entry.
    static func decode(_ bytes: [UInt8]) -> FAQEntry? {
        bytes.withUnsafeBytes { raw in
            var reader = BinaryReader(raw)
            guard let entry = read(from: &reader), reader.remaining == 0 else { return nil }
            return entry
        }
    }
}

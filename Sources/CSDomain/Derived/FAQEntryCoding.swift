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

    /// Nil when the bytes run out or are not UTF-8 (a damaged file). `repairing`: bytes
    /// that are not UTF-8 read as U+FFFD instead (for a section whose checksum held).
    static func read(from reader: inout BinaryReader, repairing: Bool = false) -> FAQEntry? {
        func text() -> String? { repairing ? reader.repairedString() : reader.string() }
        func optionalText() -> String?? { repairing ? reader.optionalRepairedString() : reader.optionalString() }
        guard let id = text(), let title = optionalText(), let question = text(), let answer = text(),
            let count = reader.count(minimumSize: 4)
        else { return nil }
        var tags: [String] = []
        for _ in 0..<count {
            guard let tag = text() else { return nil }
            tags.append(tag)
        }
        guard let category = optionalText(), let lang = text() else { return nil }
        return FAQEntry(
            id: id, title: title, question: question, answer: answer, tags: tags, category: category, lang: lang)
    }

    /// Steps over one entry without decoding it; false when the bytes run out.
    static func skip(from reader: inout BinaryReader) -> Bool {
        reader.string(decoding: false) != nil && reader.optionalString(decoding: false) != nil
            && reader.string(decoding: false) != nil && reader.string(decoding: false) != nil
            && reader.strings(decoding: false) != nil && reader.optionalString(decoding: false) != nil
            && reader.string(decoding: false) != nil
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

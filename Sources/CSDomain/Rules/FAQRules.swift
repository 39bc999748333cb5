extension Decider {
    /// An id for an entry added without one: `faq-` and six characters, unused on this desk.
    public mutating func newFAQID() -> String {
        while true {
            let id = "faq-" + Identifier.make(length: 6, using: &ids).lowercased()
            if desk.faq.entries[id] == nil { return id }
        }
    }

    public mutating func addFAQ(_ entry: FAQEntry) throws(DomainError) -> Event {
        guard desk.faq.entries[entry.id] == nil else { throw .faqEntryExists(entry.id) }
        return event(faq: entry.id, FAQEntryAdded(entry: entry))
    }

    /// Nil when the entry already reads exactly so.
    public mutating func editFAQ(_ entry: FAQEntry) throws(LookupError) -> Event? {
        guard let current = desk.faq.entries[entry.id] else { throw .noFAQEntry(entry.id, suggestion: nil) }
        guard current != entry else { return nil }
        return event(faq: entry.id, FAQEntryEdited(entry: entry))
    }

    public mutating func removeFAQ(_ id: String) throws(LookupError) -> Event {
        guard desk.faq.entries[id] != nil else { throw .noFAQEntry(id, suggestion: nil) }
        return event(faq: id, FAQEntryRemoved())
    }

    /// An import: new ids are added, known ids whose content changed are edited, the rest
    /// left alone. All or nothing: the caller appends these together or not at all.
    public mutating func importFAQ(_ entries: [FAQEntry]) -> (events: [Event], added: Int, updated: Int, unchanged: Int)
    {
        var events: [Event] = []
        var added = 0, updated = 0, unchanged = 0
        var seen: [String: FAQEntry] = [:]
        for entry in entries {
            let current = seen[entry.id] ?? desk.faq.entries[entry.id]
            if current == nil {
                events.append(event(faq: entry.id, FAQEntryAdded(entry: entry)))
                added += 1
            } else if current != entry {
                events.append(event(faq: entry.id, FAQEntryEdited(entry: entry)))
                updated += 1
            } else {
                unchanged += 1
            }
            seen[entry.id] = entry
        }
        return (events, added, updated, unchanged)
    }
}

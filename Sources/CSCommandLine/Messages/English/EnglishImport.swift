import CSDomain

/// The words for `cs import` and `cs export`, in English.
extension English {
    static func importProblem(_ importProblem: ImportProblem) -> String {
        switch importProblem {
        case .notUTF8: return "not UTF-8 text (save the file as UTF-8, with or without a byte order mark)"
        case .noRows: return "no rows to import"
        case .tooLarge: return "a field is larger than the \(TextLimit.megabytes) MB cs takes for a text"
        case .unterminatedQuote: return "a quoted field is never closed"
        case .strayQuote: return "a quote inside a field that is not quoted (quote the field, doubling its quotes)"
        case .unknownColumn(let column):
            return "unknown column '\(Terminal.singleLine(column))' (subject, customer, email, phone, contact, "
                + "category, channel, priority, createdAt, status, body, tags, externalId)"
        case .repeatedColumn(let column, let earlier, let meaning):
            return column.lowercased() == earlier.lowercased()
                ? "column '\(Terminal.singleLine(column))' appears twice"
                : "columns '\(Terminal.singleLine(earlier))' and '\(Terminal.singleLine(column))' both mean "
                    + "\(meaning); keep one"
        case .missingColumn(let column): return "no '\(column)' column (subject and customer are needed)"
        case .fieldCount(let expected, let got): return "\(got) fields where the header has \(expected)"
        case .missingValue(let field): return "no \(field)"
        case .badChoice(let field, let value, let allowed):
            return "invalid \(field) '\(Terminal.singleLine(value))' (\(allowed.joined(separator: ", ")))"
        case .badTime(let field, let value):
            return "invalid \(field) '\(Terminal.singleLine(value))' (a past time: 2026-11-01T09:30:00+09:00, "
                + "2026-11-01 09:30 or 2026-11-01, in TZ)"
        case .badName(let field, let value, let problem):
            return "invalid \(field) '\(Terminal.singleLine(value))': \(nameProblem(problem))"
        case .notAnObject: return "not a JSON object"
        case .syntax(let what): return "not valid JSON (\(jsonSyntax(what)))"
        case .wrongType(let field): return "field '\(Terminal.singleLine(field))' is not text"
        case .repeatedRow(let first):
            return "the same row as line \(first) (give each ticket an externalId if both are meant)"
        case .mixedLines: return "tickets and events in one file (import them apart)"
        case .differsFromDesk(let id):
            return "event \(id) is on this desk already with other contents: the file is not from this desk's history"
        case .badTicketID(let id):
            return "ticket id '\(Terminal.singleLine(id))' is not one cs makes (up to 16 of "
                + "0-9 and A-Z but I, L, O and U), so the ticket could not be named; the file is not from cs export"
        case .event(let error): return eventProblem(error)
        case .replay(let error): return self.problem(LogProblem.replay(error))
        }
    }

    static func importText(_ message: Message) -> String {
        switch message {
        case .importedTickets(let source, let tickets, let skipped):
            return "imported \(tickets) \(tickets == 1 ? "ticket" : "tickets") from \(source)"
                + (skipped > 0 ? " (\(skipped) already imported, left as they were)" : "")
        case .importPreviewTickets(let tickets, let skipped):
            return "would import \(tickets) \(tickets == 1 ? "ticket" : "tickets")"
                + (skipped > 0 ? " (\(skipped) already imported)" : "") + "; nothing was written (--dry-run)"
        case .importedEvents(let source, let events, let skipped):
            return "imported \(events) \(events == 1 ? "event" : "events") from \(source)"
                + (skipped > 0 ? " (\(skipped) already on the desk)" : "")
        case .merged(let duplicate, let survivor):
            return "merged \(duplicate) into \(survivor); \(duplicate) is closed and leads to \(survivor)"
        case .mergedRedirect(let duplicate, let survivor):
            return "\(duplicate) was merged into \(survivor); showing \(survivor)"
        case .fromDuplicate(let duplicate): return "(from \(duplicate))"
        case .writingToSurvivor(let duplicate, let survivor):
            return "note: \(duplicate) was merged into \(survivor); this goes to \(survivor)"
        case .importPreviewEvents(let events, let skipped):
            return "would import \(events) \(events == 1 ? "event" : "events")"
                + (skipped > 0 ? " (\(skipped) already on the desk)" : "") + "; nothing was written (--dry-run)"
        default: return ""
        }
    }
}

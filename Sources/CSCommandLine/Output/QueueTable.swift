import CSDomain

/// The `cs list` table for people. The subject comes last, as `ps` puts the command last:
/// it is the long, free-text column, so it takes what the width leaves (cut by display
/// width with an ellipsis, so Hangul never breaks alignment) and, with no width known,
/// runs on without padding every other row to the longest one.
enum QueueTable {
    static let columns: [Message.Header] = [.id, .status, .priority, .age, .assignee, .customer, .subject]
    static let assigneeColumn = 4, customerColumn = 5, subjectColumn = 6
    /// Names are cut to these at most, and further (down to the minimums, or their headers'
    /// widths) on a narrow terminal before the subject gets less than `minimumSubject`.
    static let widest = [assigneeColumn: 16, customerColumn: 20]
    static let narrowest = [assigneeColumn: 6, customerColumn: 8]
    static let minimumSubject = 12

    /// `showingFollowUps`: the age column gives way to when the next follow-up is due.
    static func render(
        _ tickets: [QueueRow], time: HumanTime, width: Int?, style: Style, catalogue: Catalogue,
        showingFollowUps: Bool = false
    ) -> String {
        let header = columns.map { catalogue.text(.header(showingFollowUps && $0 == .age ? .due : $0)) }
        var table = TextTable(header: header)
        table.reserve(rows: tickets.count, bytes: 64)
        for ticket in tickets {
            let when =
                showingFollowUps ? ticket.nextFollowUpDue.map(time.format) ?? "-" : time.age(of: ticket.createdAt)
            table.add(ticket.id)
            table.add(ticket.status.rawValue, colour: Style.code(for: ticket.status))
            table.add(ticket.priority.rawValue, colour: Style.code(for: ticket.priority))
            table.add(when)
            table.add(Terminal.singleLine(ticket.assignee ?? "-"))
            table.add(Terminal.singleLine(ticket.customerName))
            table.add(Terminal.singleLine(ticket.subject))
        }
        for (column, limit) in widest { table.cut(column: column, to: limit) }
        guard let width else { return table.render(style: style) }
        var widths = table.columnWidths
        let gaps = 2 * (widths.count - 1)
        func fixed() -> Int {
            widths.enumerated().filter { $0.offset != subjectColumn }.reduce(gaps) { $0 + $1.element }
        }
        // Names give way first, the longer one first, until the subject has its minimum; no
        // column gets narrower than its header.
        let floors = narrowest.mapValues { $0 }.merging(
            narrowest.keys.map { ($0, DisplayWidth.of(header[$0])) }, uniquingKeysWith: max)
        while width - fixed() < minimumSubject {
            let shrinkable = floors.filter { widths[$0.key] > $0.value }
            guard let column = shrinkable.max(by: { widths[$0.key] - $0.value < widths[$1.key] - $1.value })?.key else {
                break
            }
            widths[column] -= 1
            table.cut(column: column, to: widths[column])
        }
        table.cut(column: subjectColumn, to: max(minimumSubject, width - fixed()))
        return table.render(style: style)
    }
}

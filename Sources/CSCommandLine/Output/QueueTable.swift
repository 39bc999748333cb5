import CSDomain

/// The `cs list` table for people. The subject column takes what the terminal's width
/// leaves (cut by display width with an ellipsis, so Hangul never breaks alignment).
enum QueueTable {
    static let header = ["ID", "STATUS", "PRIORITY", "SUBJECT", "CUSTOMER", "ASSIGNEE", "AGE"]
    static let subjectColumn = 3
    static let minimumSubject = 12

    static func render(_ tickets: [Ticket], time: HumanTime, width: Int?, style: Style) -> String {
        var table = TextTable(header: header)
        for ticket in tickets {
            table.rows.append([
                .init(ticket.id),
                .init(ticket.status.rawValue, colour: Style.code(for: ticket.status)),
                .init(ticket.priority.rawValue, colour: Style.code(for: ticket.priority)),
                .init(Terminal.singleLine(ticket.subject)),
                .init(DisplayWidth.truncate(Terminal.singleLine(ticket.customer.name), to: 20)),
                .init(Terminal.singleLine(ticket.assignee ?? "-")),
                .init(time.age(of: ticket.createdAt)),
            ])
        }
        if let width {
            let widths = table.columnWidths
            let others = widths.enumerated().filter { $0.offset != subjectColumn }.reduce(0) { $0 + $1.element }
            let gaps = 2 * (widths.count - 1)
            let room = max(minimumSubject, width - others - gaps)
            for index in table.rows.indices {
                table.rows[index][subjectColumn].text = DisplayWidth.truncate(table.rows[index][subjectColumn].text, to: room)
            }
        }
        return table.render(style: style)
    }
}

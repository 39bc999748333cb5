import CSDomain

/// The `cs list` table for people. The subject comes last, as `ps` puts the command last:
/// it is the long, free-text column, so it takes what the width leaves (cut by display
/// width with an ellipsis, so Hangul never breaks alignment) and, with no width known,
/// runs on without padding every other row to the longest one.
enum QueueTable {
    static let columns: [Message.Header] = [.id, .status, .priority, .age, .assignee, .customer, .subject]
    static let assigneeColumn = 4, customerColumn = 5, subjectColumn = 6
    /// Names are cut to `widest` at most, and further (down to `narrowest`, or their headers'
    /// widths) on a narrow terminal before the subject gets less than `minimumSubject`. When
    /// both could give way, the one with more room above its floor does; on a tie the first
    /// listed, the assignee (a colleague's name is easier to guess than a customer's). An
    /// array, not a dictionary: a dictionary's order changes from one process to the next,
    /// and so did the table.
    static let names: [(column: Int, widest: Int, narrowest: Int)] = [(assigneeColumn, 16, 6), (customerColumn, 20, 8)]
    static let minimumSubject = 12

    /// The table of `count` rows, fitted to `width` when one is known. `row(n)`: the n-th,
    /// read as its line is built (nil for one that cannot be read, left out): thousands are
    /// read and built in a part on each core, never all held as rows first.
    /// `showingFollowUps`: the age column gives way to when the next follow-up is due.
    static func table(
        count: Int, row: (Int) -> QueueRow?, time: HumanTime, width: Int?, catalogue: Catalogue,
        showingFollowUps: Bool = false
    ) -> TextTable {
        let header = columns.map { catalogue.text(.header(showingFollowUps && $0 == .age ? .due : $0)) }
        func build(shortDates: Bool) -> TextTable {
            var table = TextTable(header: header)
            let parts = ParallelParts.map(count, minimum: 4096) { part in
                Self.build(
                    part, row: row, header: header, time: time, showingFollowUps: showingFollowUps,
                    shortDates: shortDates)
            }
            for part in parts { table.append(rowsOf: part) }
            for name in names { table.cut(column: name.column, to: name.widest) }
            return table
        }
        var table = build(shortDates: false)
        guard let width else { return table }
        // A due time in this year without its year is five columns narrower: what lets the
        // follow-ups fit an 80-column terminal (the zone stays: a time is never shown without
        // it; another year's time keeps its year).
        if showingFollowUps && narrowest(table) > width { table = build(shortDates: true) }
        fit(&table, to: width)
        return table
    }

    private static func build(
        _ rows: Range<Int>, row: (Int) -> QueueRow?, header: [String], time: HumanTime, showingFollowUps: Bool,
        shortDates: Bool
    ) -> TextTable {
        var table = TextTable(header: header)
        table.reserve(rows: rows.count, bytes: 64)
        for index in rows {
            guard let ticket = row(index) else { continue }
            let when =
                showingFollowUps
                ? ticket.nextFollowUpDue.map { time.format($0, yearOnlyIfOther: shortDates) } ?? "-"
                : time.age(of: ticket.createdAt)
            table.add(ticket.id)
            table.add(ticket.status.rawValue, colour: Style.code(for: ticket.status))
            table.add(ticket.priority.rawValue, colour: Style.code(for: ticket.priority))
            table.add(when)
            table.add(Terminal.singleLine(ticket.assignee ?? "-"))
            table.add(Terminal.singleLine(ticket.customerName))
            table.add(Terminal.singleLine(ticket.subject))
        }
        return table
    }

    /// How narrow a name may get: its minimum, or its header's width.
    private static func floors(_ table: TextTable) -> [Int] {
        names.map { max($0.narrowest, DisplayWidth.of(table.header[$0.column])) }
    }

    /// The narrowest the rows can get: names at their floors, the subject at its minimum.
    private static func narrowest(_ table: TextTable) -> Int {
        var widths = table.columnWidths
        for (name, floor) in zip(names, floors(table)) { widths[name.column] = min(widths[name.column], floor) }
        widths[subjectColumn] = minimumSubject
        return widths.reduce(2 * (widths.count - 1), +)
    }

    /// Names give way until the subject has its minimum, then the subject takes what is left.
    private static func fit(_ table: inout TextTable, to width: Int) {
        var widths = table.columnWidths
        let gaps = 2 * (widths.count - 1)
        func fixed() -> Int {
            widths.enumerated().filter { $0.offset != subjectColumn }.reduce(gaps) { $0 + $1.element }
        }
        let floors = floors(table)
        while width - fixed() < minimumSubject {
            var chosen: Int?
            var room = 0
            for (position, name) in names.enumerated() where widths[name.column] - floors[position] > room {
                (chosen, room) = (position, widths[name.column] - floors[position])
            }
            guard let chosen else { break }
            widths[names[chosen].column] -= 1
        }
        for name in names { table.cut(column: name.column, to: widths[name.column]) }
        table.cut(column: subjectColumn, to: max(minimumSubject, width - fixed()))
    }
}

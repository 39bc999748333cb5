import CSDomain

/// `cs stats` as JSON for programs, CSV for spreadsheets, and a compact report for people.
struct StatsReport {
    let whole: DeskFigures
    let groups: [(key: String, figures: DeskFigures)]
    let grouping: StatsGrouping?
    let since: Timestamp?
    let until: Timestamp?
    let asOf: Timestamp?
    let now: Timestamp
    /// Tickets opened per local day, oldest first, days without any included.
    let openedPerDay: [(day: String, count: Int)]

    /// Counts by local date (`TZ`) from the first opening to the last.
    static func perDay(_ times: [Timestamp], zone: Zone) -> [(day: String, count: Int)] {
        func day(_ time: Timestamp) -> Int64 {
            let local = time.secondsSince1970 + zone.offset(at: time).seconds
            return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        }
        var counts: [Int64: Int] = [:]
        for time in times { counts[day(time), default: 0] += 1 }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return (first...last).map { number in
            (String(Timestamp(secondsSince1970: number * 86_400).rfc3339.prefix(10)), counts[number] ?? 0)
        }
    }

    // MARK: JSON

    func json() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("window")
        writer.beginObject()
        writer.optionalString("since", since?.rfc3339)
        writer.optionalString("until", until?.rfc3339)
        writer.string("at", now.rfc3339)
        writer.bool("asOf", asOf != nil)
        writer.endObject()
        Self.write(whole, into: &writer)
        writer.key("openedPerDay")
        writer.beginArray()
        for (day, count) in openedPerDay {
            writer.beginObject()
            writer.string("date", day)
            writer.int("count", Int64(count))
            writer.endObject()
        }
        writer.endArray()
        if let grouping {
            writer.string("by", grouping.rawValue)
            writer.key("groups")
            writer.beginArray()
            for group in groups {
                writer.beginObject()
                writer.string("key", group.key)
                Self.write(group.figures, into: &writer)
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
        return writer.text
    }

    private static func write(_ figures: DeskFigures, into writer: inout JSONWriter) {
        for (name, value) in [
            ("opened", figures.opened), ("solved", figures.solved), ("closed", figures.closed),
            ("reopened", figures.reopened), ("backlog", figures.backlog),
        ] {
            writer.int(name, Int64(value))
        }
        writer.key("firstResponse")
        writeDistribution(figures.firstResponse, into: &writer, extra: { _ in })
        writer.key("resolution")
        writeDistribution(figures.resolution, into: &writer) { $0.optionalNumber("rate", figures.resolutionRate) }
        writer.key("wait")
        writeDistribution(figures.wait, into: &writer) { writer in
            writer.optionalInt("longestWaitingSeconds", figures.longestWaiting?.seconds)
            writer.optionalString("longestWaitingTicket", figures.longestWaiting?.ticket)
        }
        writer.optionalNumber("reopenRate", figures.reopenRate)
        writer.key("csat")
        writer.beginObject()
        writer.int("responses", Int64(figures.csat.responses))
        writer.optionalNumber("average", figures.csat.average)
        writer.optionalNumber("responseRate", figures.csat.responseRate)
        writer.key("distribution")
        writer.beginObject()
        for (index, count) in figures.csat.distribution.enumerated() {
            writer.int(String(Rating.scores.lowerBound + index), Int64(count))
        }
        writer.endObject()
        writer.key("comments")
        writer.beginArray()
        for comment in figures.csat.comments {
            writer.beginObject()
            writer.string("ticket", comment.ticket)
            writer.int("score", Int64(comment.score))
            writer.string("comment", comment.text)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.key("sla")
        writer.beginObject()
        for (name, held) in [("firstResponse", figures.firstResponseLevel), ("resolution", figures.resolutionLevel)] {
            writer.key(name)
            writer.beginObject()
            writer.int("met", Int64(held.met))
            writer.int("breached", Int64(held.breached))
            writer.optionalNumber("metRate", held.metRate)
            writer.endObject()
        }
        writer.endObject()
        writer.key("refunds")
        writer.beginArray()
        for refund in figures.refunds {
            writer.beginObject()
            writer.string("currency", refund.currency)
            writer.int("count", Int64(refund.count))
            writer.int("total", refund.total)
            writer.endObject()
        }
        writer.endArray()
        writer.key("backlogAge")
        writer.beginArray()
        for (age, count) in zip(DeskFigures.BacklogAge.allCases, figures.backlogAge) {
            writer.beginObject()
            writer.string("age", age.rawValue)
            writer.int("count", Int64(count))
            writer.endObject()
        }
        writer.endArray()
        writer.key("followUps")
        writer.beginObject()
        let followUps = figures.followUps
        for (key, count) in Self.followUpCounts(followUps) { writer.int(key, Int64(count)) }
        writer.endObject()
    }

    /// The follow-up counts, named as JSON and CSV name them.
    static func followUpCounts(_ followUps: DeskFigures.FollowUps) -> [(String, Int)] {
        [
            ("done", followUps.done), ("onTime", followUps.onTime), ("late", followUps.late), ("open", followUps.open),
            ("overdue", followUps.overdue), ("cancelled", followUps.cancelled),
        ]
    }

    private static func writeDistribution(
        _ distribution: Distribution, into writer: inout JSONWriter, extra: (inout JSONWriter) -> Void
    ) {
        writer.beginObject()
        writer.int("count", Int64(distribution.count))
        writer.optionalNumber("medianSeconds", distribution.median)
        writer.optionalInt("p90Seconds", distribution.p90)
        extra(&writer)
        writer.endObject()
    }

    // MARK: CSV

    /// One row per group (or one row), a header row, RFC 4180 quoting; empty cells for nothing
    /// to measure. Refunds get a count and a total column per currency seen.
    func csv() -> String {
        let currencies = Set((groups.map(\.figures) + [whole]).flatMap { $0.refunds.map(\.currency) }).sorted()
        var header = [
            "opened", "solved", "closed", "reopened", "backlog", "firstResponseCount", "firstResponseMedianSeconds",
            "firstResponseP90Seconds", "resolutionCount", "resolutionRate", "resolutionMedianSeconds",
            "resolutionP90Seconds", "waitCount", "waitMedianSeconds", "waitP90Seconds", "longestWaitingSeconds",
            "reopenRate", "csatResponses", "csatAverage", "csatResponseRate",
        ]
        header += Rating.scores.map { "csat\($0)" }
        header += [
            "slaFirstResponseMet", "slaFirstResponseBreached", "slaFirstResponseMetRate", "slaResolutionMet",
            "slaResolutionBreached", "slaResolutionMetRate",
        ]
        header += currencies.flatMap { ["refunds\($0)Count", "refunds\($0)Total"] }
        header += DeskFigures.BacklogAge.allCases.map { "backlog " + $0.rawValue }
        header += Self.followUpCounts(DeskFigures.FollowUps()).map {
            "followUps" + $0.0.prefix(1).uppercased() + $0.0.dropFirst()
        }
        func row(_ figures: DeskFigures) -> [String] {
            func number(_ value: Double?) -> String { value.map(Self.decimal) ?? "" }
            func int(_ value: Int64?) -> String { value.map(String.init) ?? "" }
            var cells = [figures.opened, figures.solved, figures.closed, figures.reopened, figures.backlog].map(
                String.init)
            cells += [
                String(figures.firstResponse.count), number(figures.firstResponse.median),
                int(figures.firstResponse.p90),
            ]
            cells += [
                String(figures.resolution.count), number(figures.resolutionRate), number(figures.resolution.median),
                int(figures.resolution.p90),
            ]
            cells += [
                String(figures.wait.count), number(figures.wait.median), int(figures.wait.p90),
                int(figures.longestWaiting?.seconds),
            ]
            cells += [
                number(figures.reopenRate), String(figures.csat.responses), number(figures.csat.average),
                number(figures.csat.responseRate),
            ]
            cells += figures.csat.distribution.map(String.init)
            for held in [figures.firstResponseLevel, figures.resolutionLevel] {
                cells += [String(held.met), String(held.breached), number(held.metRate)]
            }
            for currency in currencies {
                let total = figures.refunds.first { $0.currency == currency }
                // In major units (297.50 USD is 297.50), as a spreadsheet reads money; JSON
                // keeps minor units, exact integers for programs.
                let money = Currency(code: currency).map { Money(minorUnits: total?.total ?? 0, currency: $0) }
                cells += [String(total?.count ?? 0), money?.decimal ?? String(total?.total ?? 0)]
            }
            cells += figures.backlogAge.map(String.init)
            cells += Self.followUpCounts(figures.followUps).map { String($0.1) }
            return cells
        }
        var rows: [[String]] = []
        if let grouping {
            rows.append([grouping.rawValue] + header)
            rows += groups.map { [$0.key] + row($0.figures) }
        } else {
            rows = [header, row(whole)]
        }
        return CSV.text(rows)
    }

    /// At most four decimals, no trailing zeros: `0.5`, `1800`, `0.6667`.
    static func decimal(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        let whole = Int64(scaled) / 10_000, fraction = abs(Int64(scaled) % 10_000)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        guard fraction != 0 else { return sign + String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + String(whole) + "." + digits
    }

    // MARK: Text

    func text(time: HumanTime, catalogue: Catalogue, style: Style) -> String {
        func say(_ message: Message) -> String { catalogue.text(message) }
        func duration(_ seconds: Double?) -> String { seconds.map { say(.duration(Int64($0.rounded()))) } ?? "-" }
        func percent(_ rate: Double?) -> String { rate.map { String(Int(($0 * 100).rounded())) + "%" } ?? "-" }
        var lines: [String] = []
        lines.append(
            say(
                .statsTitle(
                    since: since.map(time.format), until: until.map(time.format), at: time.format(now),
                    asOf: asOf != nil)))
        lines.append("")
        let labels = Message.StatsLabel.allCases.filter { $0 != .comments }.map { say(.statsLabel($0)) }
        let width = labels.map(DisplayWidth.of).max() ?? 0
        func line(_ label: Message.StatsLabel, _ value: String) {
            lines.append(DisplayWidth.pad(say(.statsLabel(label)), to: width) + "  " + value)
        }
        let figures = whole
        line(
            .tickets,
            say(
                .statsCounts(
                    opened: figures.opened, solved: figures.solved, closed: figures.closed,
                    reopened: figures.reopened, backlog: figures.backlog)))
        line(
            .firstResponse,
            say(
                .statsDistribution(
                    median: duration(figures.firstResponse.median),
                    p90: duration(figures.firstResponse.p90.map(Double.init)),
                    count: figures.firstResponse.count)))
        line(
            .resolution,
            say(
                .statsDistribution(
                    median: duration(figures.resolution.median),
                    p90: duration(figures.resolution.p90.map(Double.init)),
                    count: figures.resolution.count))
                + "  " + say(.statsRate(percent(figures.resolutionRate))))
        var wait = say(
            .statsDistribution(
                median: duration(figures.wait.median), p90: duration(figures.wait.p90.map(Double.init)),
                count: figures.wait.count))
        if let longest = figures.longestWaiting {
            wait += "  " + say(.statsLongestWaiting(ticket: longest.ticket, wait: say(.duration(longest.seconds))))
        }
        line(.wait, wait)
        line(.reopenRate, percent(figures.reopenRate))
        line(
            .satisfaction,
            say(
                .statsSatisfaction(
                    average: figures.csat.average.map(Self.oneDecimal) ?? "-",
                    responses: figures.csat.responses,
                    rate: percent(figures.csat.responseRate)))
                + "  "
                + figures.csat.distribution.enumerated().map { "\($0.offset + 1)★ \($0.element)" }.joined(
                    separator: " "))
        line(
            .serviceLevels,
            [
                (Message.StatsLabel.firstResponse, figures.firstResponseLevel),
                (.resolution, figures.resolutionLevel),
            ].map { label, held in
                say(
                    .statsLevelHeld(clock: say(.statsLabel(label)), met: percent(held.metRate), breached: held.breached)
                )
            }.joined(separator: "   "))
        line(
            .refunds,
            figures.refunds.isEmpty
                ? "-"
                : figures.refunds.map { refund in
                    let total =
                        Currency(code: refund.currency).map { Money(minorUnits: refund.total, currency: $0).formatted }
                        ?? "\(refund.total) \(refund.currency)"
                    return say(.statsRefunds(count: Int(refund.count), total: total))
                }.joined(separator: " · "))
        line(
            .backlogAge,
            zip(DeskFigures.BacklogAge.allCases, figures.backlogAge).map { say(.backlogAgeBucket($0)) + " \($1)" }
                .joined(separator: "  "))
        let followUps = figures.followUps
        if followUps.done + followUps.open + followUps.cancelled > 0 {
            line(
                .followUps,
                say(
                    .statsFollowUps(
                        onTime: followUps.onTime, late: followUps.late, open: followUps.open,
                        overdue: followUps.overdue, cancelled: followUps.cancelled)))
        }
        if !openedPerDay.isEmpty {
            line(
                .openedPerDay,
                Self.sparkline(openedPerDay.map(\.count)) + "  " + openedPerDay.first!.day
                    + (openedPerDay.count > 1 ? " … " + openedPerDay.last!.day : ""))
        }
        if let grouping, !groups.isEmpty {
            lines.append("")
            lines += groupTable(grouping, catalogue: catalogue, style: style, duration: duration, percent: percent)
            // Friendliness in the customers' words: the first few comments of each group.
            let commented = groups.filter { !$0.figures.csat.comments.isEmpty }
            if !commented.isEmpty {
                lines.append("")
                lines.append(say(.statsLabel(.comments)))
                for (key, figures) in commented {
                    let shown = figures.csat.comments.prefix(3).map {
                        "★\($0.score) \"\(Terminal.singleLine($0.text))\" (\($0.ticket))"
                    }
                    lines.append("  " + Terminal.singleLine(key) + ": " + shown.joined(separator: " · "))
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One row per group: its tickets with a bar, and the figures agents are judged by.
    private func groupTable(
        _ grouping: StatsGrouping, catalogue: Catalogue, style: Style, duration: (Double?) -> String,
        percent: (Double?) -> String
    ) -> [String] {
        let most = groups.map(\.figures.opened).max() ?? 1
        let columns: [Message.Header] = [.opened, .firstResponse, .wait, .resolved, .reopened, .satisfaction, .slaMet]
        var table = TextTable(
            header: [catalogue.text(.groupHeader(grouping))] + columns.map { catalogue.text(.header($0)) })
        for (key, figures) in groups {
            let bar = String(repeating: "█", count: max(1, figures.opened * 12 / max(1, most)))
            let decided =
                figures.resolutionLevel.met + figures.resolutionLevel.breached
                + figures.firstResponseLevel.met + figures.firstResponseLevel.breached
            let met =
                decided == 0
                ? nil
                : Double(figures.resolutionLevel.met + figures.firstResponseLevel.met) / Double(decided)
            table.append([
                .init(Terminal.singleLine(key)), .init("\(figures.opened) " + bar),
                .init(duration(figures.firstResponse.median)), .init(duration(figures.wait.median)),
                .init(percent(figures.resolutionRate)), .init(percent(figures.reopenRate)),
                .init(figures.csat.average.map(Self.oneDecimal) ?? "-"), .init(percent(met)),
            ])
        }
        table.cut(column: 0, to: 24)
        return table.render(style: style).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// ▁▂▃▄▅▆▇█ scaled to the largest count; a day with none is a space.
    static func sparkline(_ counts: [Int]) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        let most = max(1, counts.max() ?? 1)
        return String(counts.map { $0 == 0 ? " " : bars[min(bars.count - 1, ($0 * bars.count - 1) / most)] })
    }
}

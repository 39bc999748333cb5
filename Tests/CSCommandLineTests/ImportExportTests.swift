import Foundation
import Testing

/// A desk's data comes in from a spreadsheet and leaves as easily: `cs import`, `cs export`.
@Suite struct ImportExportTests {
    /// A file as a spreadsheet program saves "CSV UTF-8": a byte order mark, CRLF records,
    /// a quoted field with a comma, doubled quotes and a line break, Korean text.
    static let spreadsheet =
        "\u{FEFF}subject,customer,contact,category,priority,created,status,body,tags,externalId\r\n"
        + "\"카드 결제 오류, 승인 거절\",김민수,010-1234-5678,payment,high,2026-11-20 09:30,open,"
        + "\"첫 줄\r\n둘째 줄 \"\"인용\"\"\",vip card,ORD-1\r\n"
        + "Refund please,Jane Doe,jane@example.com,refund,normal,2026-11-21,closed,,,ORD-2\r\n"

    static func write(_ text: String, to harness: Harness, as name: String) -> String {
        let path = harness.folder + "/" + name
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return name
    }

    static func json(_ text: String) -> [[String: Any]] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]) ?? []
    }

    @Test func aSpreadsheetsRowsBecomeTicketsOnceAtTheirOwnTimes() {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        let file = Self.write(Self.spreadsheet, to: harness, as: "tickets.csv")
        let before = harness.logBytes
        let dry = harness.run(["import", file, "--dry-run"])
        #expect(dry.stdout == "would import 2 tickets; nothing was written (--dry-run)\n")
        #expect(harness.logBytes == before)
        #expect(harness.run(["import", file]).stdout == "imported 2 tickets from tickets.csv\n")
        let again = harness.run(["import", file])
        #expect(again.stdout == "imported 0 tickets from tickets.csv (2 already imported, left as they were)\n")
        let tickets = Self.json(harness.run(["list", "--status", "all", "--json"]).stdout)
        #expect(tickets.count == 2)
        let card = tickets.first { $0["subject"] as? String == "카드 결제 오류, 승인 거절" }
        #expect(card?["createdAt"] as? String == "2026-11-20T00:30:00Z")  // 09:30 in Asia/Seoul
        #expect(card?["status"] as? String == "open" && card?["priority"] as? String == "high")
        #expect((card?["customer"] as? [String: Any])?["phone"] as? String == "010-1234-5678")
        #expect(card?["tags"] as? [String] == ["card", "vip"])
        let refund = tickets.first { $0["subject"] as? String == "Refund please" }
        #expect(refund?["status"] as? String == "closed")
        #expect((refund?["customer"] as? [String: Any])?["email"] as? String == "jane@example.com")
        let shown = harness.run(["show", card?["id"] as? String ?? ""]).stdout
        #expect(shown.contains("첫 줄\n둘째 줄 \"인용\"\n"), "\(shown)")
    }

    /// Importing a file again adds nothing, even when a row's key has a run of digits that
    /// passes for a card number: a row's digest (this row's holds one) is stored as it is, and
    /// an id of the file's that is a card number is stored masked and matched masked.
    @Test func rowsWhoseKeysLookLikeCardNumbersAreImportedOnce() {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        let file = Self.write(
            "subject,customer,priority,status,createdAt,category,tags,body,email,externalId\n"
                + "Big 1117,고객217,low,solved,2026-09-14T23:06:00Z,refund,,,c1117@x.kr,\n"
                + "Card as id,고객218,low,open,2026-09-14T23:07:00Z,refund,,,c1118@x.kr,4111111111111111\n",
            to: harness, as: "rows.csv")
        let first = harness.run(["import", file])
        #expect(first.stdout == "imported 2 tickets from rows.csv\n")
        #expect(
            first.stderr.components(separatedBy: "masked a card number").count == 2,
            "the id's card number only, not the digest: \(first.stderr)")
        for _ in 0..<2 {
            #expect(
                harness.run(["import", file]).stdout
                    == "imported 0 tickets from rows.csv (2 already imported, left as they were)\n")
        }
        #expect(Self.json(harness.run(["list", "--status", "all", "--json"]).stdout).count == 2)
        let log = String(decoding: harness.logBytes, as: UTF8.self)
        #expect(log.contains("\"importKey\":\"row:93f59b64451689823324f884"), "the digest as made")
        #expect(log.contains("\"importKey\":\"id:************1111\""), "the card number masked")
    }

    @Test(arguments: [
        (
            "subject,customer,priorty\nx,y,high\n", 1,
            "unknown column 'priorty' (subject, customer, email, phone, contact, category, channel, priority, "
                + "createdAt, status, body, tags, externalId)"
        ),
        ("subject,customer,priority\nfine,y,low\nx,y,hgh\n", 3, "invalid priority 'hgh' (low, normal, high, urgent)"),
        ("subject,customer\n\"x,y\n", 2, "a quoted field is never closed"),
        ("subject,customer\nx,y,z\n", 2, "3 fields where the header has 2"),
        ("subject\nx\n", 1, "no 'customer' column (subject and customer are needed)"),
        (
            "subject,customer,created\nx,y,yesterday\n", 2,
            "invalid createdAt 'yesterday' (a past time: "
                + "2026-11-01T09:30:00+09:00, 2026-11-01 09:30 or 2026-11-01, in TZ)"
        ),
        ("subject,customer\nx,\n", 2, "no customer"),
        (
            "subject,customer\nx,y\nx,y\n", 3,
            "the same row as line 2 (give each ticket an externalId if both are meant)"
        ),
        (
            "{\"subject\":\"x\",\"customer\":\"y\"}\n{\"v\":2,\"id\":\"A\",\"type\":\"noted\"}\n", 2,
            "tickets and events in one file (import them apart)"
        ),
    ])
    func aBadRowRefusesTheWholeFile(_ content: String, _ line: Int, _ problem: String) {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        let name = content.hasPrefix("{") ? "rows.jsonl" : "rows.csv"
        let file = Self.write(content, to: harness, as: name)
        let before = harness.logBytes
        let refused = harness.run(["import", file])
        #expect(refused.status == 2)
        #expect(refused.stderr == "cs: \(name):\(line): \(problem); nothing was imported\n")
        #expect(harness.logBytes == before)
    }

    /// Every event out, every event in: an empty desk that imports a desk's export answers
    /// as that desk does, and importing it again adds nothing.
    @Test func eventsExportedAndImportedGiveTheSameDesk() {
        let source = Harness.withFixtureDesk()
        let exported = source.run(["export", "--events"])
        #expect(exported.status == 0 && exported.stdout.split(separator: "\n").count == 266)
        let target = Harness.withEmptyDesk()
        let file = Self.write(exported.stdout, to: target, as: "events.jsonl")
        #expect(target.run(["import", file]).stdout == "imported 266 events from events.jsonl\n")
        #expect(
            target.run(["import", file]).stdout == "imported 0 events from events.jsonl (266 already on the desk)\n")
        source.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        target.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        for arguments in [["list", "--status", "all", "--json"], ["stats", "--json"], ["faq", "list", "--json"]] {
            #expect(target.run(arguments).stdout == source.run(arguments).stdout, "\(arguments)")
        }
        for id in ["5S4X", "2QYK", "5G4G"] {
            #expect(target.run(["show", id, "--json"]).stdout == source.run(["show", id, "--json"]).stdout)
        }
        #expect(target.run(["verify"]).status == 0)
    }

    /// Other spreadsheets' habits: a tab or semicolon separator, trailing empty columns;
    /// `--json` for scripts; an event the desk has under its id with other contents refused.
    /// Events whose ticket id cs would never make are refused, line and id named: no one could
    /// name such a ticket afterwards (lookups read ids the Crockford way), yet it would replay.
    @Test(arguments: ["abcdefgh", "A B C D", "ILOU1234", "P0LCY0010P0LCY0010"])
    func eventsOfATicketNoOneCouldNameAreRefused(_ id: String) {
        let source = Harness.withEmptyDesk()
        let ticket = source.open("결제 오류")
        source.run(["note", ticket, "메모"])
        let exported = source.run(["export", "--events"]).stdout.replacingOccurrences(of: ticket, with: id)
        let harness = Harness.withEmptyDesk()
        let file = Self.write(exported, to: harness, as: "events.jsonl")
        let before = harness.logBytes
        let result = harness.run(["import", file])
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix("cs: events.jsonl:1: ticket id '\(id)' is not one cs makes"), "\(result.stderr)")
        #expect(harness.logBytes == before, "nothing appended")
    }

    @Test func otherSeparatorsTrailingColumnsAndForeignEvents() {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-25T00:00:00Z"
        let tsv = Self.write("subject\tcustomer\tpriority\n\"a\"\tb\thigh\n", to: harness, as: "rows.tsv")
        #expect(
            harness.run(["import", tsv, "--json"]).stdout
                == #"{"kind":"tickets","imported":1,"skipped":0,"dryRun":false}"# + "\n")
        let semicolons = Self.write("subject;customer;\r\nc;d;\r\n", to: harness, as: "rows.csv")
        #expect(harness.run(["import", semicolons]).stdout == "imported 1 ticket from rows.csv\n")
        let aliases = Self.write("제목,고객,이름\nx,y,z\n", to: harness, as: "aliases.csv")
        #expect(
            harness.run(["import", aliases]).stderr
                == "cs: aliases.csv:1: columns '고객' and '이름' both mean customer; keep one; nothing was imported\n")
        // Another desk's events, one id the same as one here but not the same event.
        let exported = harness.run(["export", "--events"]).stdout
        let edited = exported.replacingOccurrences(of: #""subject":"a""#, with: #""subject":"A""#)
        let file = Self.write(edited, to: harness, as: "foreign.jsonl")
        let before = harness.logBytes
        let refused = harness.run(["import", file])
        #expect(refused.status == 2 && refused.stderr.hasPrefix("cs: foreign.jsonl:1: event "), "\(refused.stderr)")
        #expect(
            refused.stderr.hasSuffix(
                " is on this desk already with other contents: the file is not from this desk's history; "
                    + "nothing was imported\n"
            ))
        #expect(harness.logBytes == before)
    }

    @Test func ticketsLeaveAsCSVASpreadsheetReads() {
        let harness = Harness.withFixtureDesk()
        let csv = harness.run(["export", "--format", "csv", "--bom", "--category", "refund"]).stdout
        #expect(csv.hasPrefix("\u{FEFF}id,subject,status,priority,category,channel,customer,email,phone,"))
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(
            records.count == 1
                + harness.run(["list", "--status", "all", "--category", "refund", "--plain"]).stdout
                .split(separator: "\n").count)
        #expect(csv.contains(",33000,KRW,15000,18000,") || csv.contains(",33000.00,") == false)
        // What cs export writes, cs import reads (the summary's extra columns left out).
        let target = Harness.withEmptyDesk()
        let file = Self.write(csv, to: target, as: "refunds.csv")
        let imported = target.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(
            target.run(["list", "--status", "all", "--plain"]).stdout.split(separator: "\n").count == records.count - 1)
        // What a spreadsheet would run as a formula is written as text, and read back as typed.
        let formula = Harness.withEmptyDesk()
        formula.open("=HYPERLINK(\"http://x\",\"click\")", ["--customer", "+82 10 1234 5678"])
        let guarded = formula.run(["export", "--format", "csv"]).stdout
        #expect(guarded.contains(#"'=HYPERLINK(""http://x"",""click"")"#) && guarded.contains("'+82 10 1234 5678"))
        let back = Harness.withEmptyDesk()
        #expect(back.run(["import", Self.write(guarded, to: back, as: "f.csv")]).status == 0)
        #expect(
            back.run(["list", "--plain"]).stdout.contains("\t=HYPERLINK(\"http://x\",\"click\")\t+82 10 1234 5678"))
        let refused = harness.run(["export", "--bom"])
        #expect(
            refused.status == 2 && refused.stderr == "cs: --bom needs --format csv as well; give both, or neither\n")
    }
}

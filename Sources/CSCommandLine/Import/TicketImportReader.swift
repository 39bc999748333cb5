import CSDomain

/// What is wrong with a row (or line) of a `cs import` file.
enum ImportProblem: Error, Equatable {
    case notUTF8
    case noRows
    case unterminatedQuote
    case strayQuote
    /// A field over `TextLimit`, or a JSON line over `TextLimit.lineBytes`.
    case tooLarge
    case unknownColumn(String)
    case repeatedColumn(String, sameAs: String, meaning: String)
    case missingColumn(String)
    case fieldCount(expected: Int, got: Int)
    case missingValue(String)
    case badChoice(field: String, value: String, allowed: [String])
    case badTime(field: String, value: String)
    case badName(field: String, value: String, problem: Names.Problem)
    case notAnObject
    case syntax(JSONSyntax)
    case wrongType(field: String)
    case repeatedRow(firstLine: Int)
    case mixedLines
    /// An event under an id the desk has, with other contents.
    case differsFromDesk(String)
    /// A ticket event whose ticket id is not one cs makes, so no one could name the ticket.
    case badTicketID(String)
    case event(EventDecodingError)
    case replay(ReplayError)
}

/// Tickets from rows, one a row: CSV with a header row, or JSON Lines of objects. The
/// columns (any case; a few other names are read too): `subject` and `customer` (required),
/// `email`, `phone` or `contact`, `category`, `channel`, `priority`, `createdAt`, `status`,
/// `body` (the first message), `tags`, `externalId`. The columns `cs export` writes besides
/// these are read and left out; any other column is refused, so a misspelt one never
/// silently loses its data.
struct TicketImportReader {
    let path: String
    let now: Timestamp
    let zone: Zone

    struct Row {
        var line: Int
        var ticket: ImportedTicket
    }

    static let columns: [String: [String]] = [
        "subject": ["subject", "title", "제목"], "customer": ["customer", "name", "customername", "고객", "이름"],
        "email": ["email", "customeremail", "이메일"], "phone": ["phone", "customerphone", "전화", "전화번호"],
        "contact": ["contact", "연락처"], "category": ["category", "분류"], "channel": ["channel", "채널"],
        "priority": ["priority", "우선순위"], "createdAt": ["createdat", "created", "created_at", "date", "접수일시"],
        "status": ["status", "상태"], "body": ["body", "message", "firstmessage", "first_message", "내용"],
        "tags": ["tags", "태그"], "externalId": ["externalid", "external_id", "id", "ref"],
    ]

    /// `cs export`'s other columns: read, and left out.
    static let ignored = Set(
        TicketRow.header.map { $0.lowercased() } + ["tier", "thread", "refunds", "payment", "rating", "conflicts"]
            + ["followups", "faqs"])

    static func canonical(_ column: String) -> String? {
        let lowered = column.trimmingWhitespace().lowercased()
        return columns.first { $0.value.contains(lowered) }?.key
    }

    func rows(csv text: String) throws(CommandLineError) -> [Row] {
        let records: [(line: Int, fields: [String])]
        do {
            records = try CSVReader.records(text)
        } catch {
            switch error {
            case .unterminatedQuote(let line): throw .badImportRow(path: path, line: line, problem: .unterminatedQuote)
            case .strayQuote(let line): throw .badImportRow(path: path, line: line, problem: .strayQuote)
            case .fieldTooLarge(let line): throw .badImportRow(path: path, line: line, problem: .tooLarge)
            }
        }
        guard let header = records.first else { throw .badImportRow(path: path, line: 1, problem: .noRows) }
        var names: [String?] = []
        for column in header.fields {
            // Spreadsheets end rows with empty columns (a trailing comma): no column at all.
            if column.trimmingWhitespace().isEmpty {
                names.append(nil)
                continue
            }
            let name = Self.canonical(column)
            if name == nil && !Self.ignored.contains(column.trimmingWhitespace().lowercased()) {
                throw .badImportRow(path: path, line: header.line, problem: .unknownColumn(column))
            }
            if let name, let earlier = names.firstIndex(of: name) {
                throw .badImportRow(
                    path: path, line: header.line,
                    problem: .repeatedColumn(column, sameAs: header.fields[earlier], meaning: name))
            }
            names.append(name)
        }
        for required in ["subject", "customer"] where !names.contains(required) {
            throw .badImportRow(path: path, line: header.line, problem: .missingColumn(required))
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            // Empty fields past the header's columns are a spreadsheet's trailing commas.
            var fields = record.fields
            while fields.count > names.count, fields.last?.isEmpty == true { fields.removeLast() }
            guard fields.count == names.count else {
                throw .badImportRow(
                    path: path, line: record.line, problem: .fieldCount(expected: names.count, got: record.fields.count)
                )
            }
            var values: [String: String] = [:]
            for (name, value) in zip(names, fields) where name != nil { values[name!] = CSV.unguarded(value) }
            rows.append(try row(values, line: record.line))
        }
        guard !rows.isEmpty else { throw .badImportRow(path: path, line: header.line, problem: .noRows) }
        return rows
    }

    /// One JSON object: the same names, tags as a list or words, the customer as a string
    /// or as `cs export` writes it (`{"name","email","phone"}`).
    func row(json object: JSONObject, line: Int) throws(CommandLineError) -> Row {
        var values: [String: String] = [:]
        for (key, value) in object.fields {
            guard let name = Self.canonical(key) else {
                if Self.ignored.contains(key.lowercased()) { continue }
                throw .badImportRow(path: path, line: line, problem: .unknownColumn(key))
            }
            switch value {
            case .string(let text): values[name] = text
            case .null: continue
            case .array(let items) where name == "tags":
                values[name] = try items.map { (item) throws(CommandLineError) in
                    guard case .string(let tag) = item else {
                        throw .badImportRow(path: path, line: line, problem: .wrongType(field: key))
                    }
                    return tag
                }.joined(separator: " ")
            case .object(let inner) where name == "customer":
                for (field, target) in [("name", "customer"), ("email", "email"), ("phone", "phone")] {
                    if case .string(let text)? = inner[field] { values[target] = text }
                }
            default:
                throw .badImportRow(path: path, line: line, problem: .wrongType(field: key))
            }
        }
        return try row(values, line: line)
    }

    private func row(_ values: [String: String], line: Int) throws(CommandLineError) -> Row {
        func fail(_ problem: ImportProblem) -> CommandLineError {
            .badImportRow(path: path, line: line, problem: problem)
        }
        func text(_ name: String) -> String? {
            values[name].map { $0.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        func oneLine(_ name: String) throws(CommandLineError) -> String? {
            guard let value = text(name) else { return nil }
            if let problem = Names.oneLineProblem(value) {
                throw fail(.badName(field: name, value: value, problem: problem))
            }
            return value
        }
        func choice<Value: ChoiceWord>(_ name: String, _ fallback: Value) throws(CommandLineError) -> Value {
            guard let word = text(name) else { return fallback }
            guard let value = Value.allCases.first(where: { $0.rawValue == word.lowercased() }) else {
                throw fail(.badChoice(field: name, value: word, allowed: Value.allCases.map(\.rawValue)))
            }
            return value
        }
        guard let subject = try oneLine("subject") else { throw fail(.missingValue("subject")) }
        guard let customer = try oneLine("customer") else { throw fail(.missingValue("customer")) }
        var email = try oneLine("email"), phone = try oneLine("phone")
        if let contact = try oneLine("contact") {
            if contact.contains("@") { email = email ?? contact } else { phone = phone ?? contact }
        }
        var tags: [String] = []
        for tag in (text("tags") ?? "").split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }) {
            if let problem = Names.tagProblem(String(tag)) {
                throw fail(.badName(field: "tags", value: String(tag), problem: problem))
            }
            tags.append(String(tag))
        }
        let createdAt = try text("createdAt").map { (value) throws(CommandLineError) in
            guard let time = time(value), time <= now else { throw fail(.badTime(field: "createdAt", value: value)) }
            return time
        }
        var opened = TicketOpened(
            subject: subject, customer: Customer(name: customer, email: email, phone: phone),
            category: try choice("category", Category.other), channel: try choice("channel", Channel.web),
            priority: try choice("priority", Priority.normal), tags: tags, body: text("body"))
        let status: Status = try choice("status", Status.new)
        // The row's own id when it has one; else what it says (read again, the same key).
        opened.importKey =
            try oneLine("externalId").map { "id:" + $0 }
            ?? TicketOpened.rowKeyPrefix
            + SHA256.hex(
                Array(
                    SHA256.digest(
                        Array(
                            [
                                subject, customer, email ?? "", phone ?? "", opened.category.rawValue,
                                opened.channel.rawValue, opened.priority.rawValue, createdAt?.rfc3339 ?? "",
                                status.rawValue, opened.body ?? "", tags.joined(separator: " "),
                            ]
                            .joined(separator: "\u{1F}").utf8)
                    ).prefix(12)))
        return Row(line: line, ticket: ImportedTicket(opened: opened, createdAt: createdAt ?? now, status: status))
    }

    func time(_ text: String) -> Timestamp? { ValueParsing.localTime(text, zone: zone) }
}

import CSDomain

/// The pieces errors are made of, in English: what a value should have been, why a name
/// or a file or a log failed, the words for a JSON problem.
extension English {
    static func expected(_ expected: Expected) -> String {
        switch expected {
        case .currencyCode: return "an ISO 4217 code such as KRW or USD"
        case .amount(let currency):
            let examples = currency.exponent == 0 ? "59000 or 59,000" : "12.50 or 1,234.50"
            return
                "a positive amount in \(currency.code) such as \(examples) (commas only between groups of three digits)"
        case .someText: return "some text"
        case .timeOrAge: return "a date (2026-11-01), an RFC 3339 time, or an age such as 24h or 7d"
        case .countAboveZero: return "a whole number from 1 to 1000000000"
        case .tierOrAgent: return "L2 or L3 (the tiers are L1, L2 and L3), or an agent's name"
        case .logPath: return "the path of the desk's log file"
        case .rfc3339Time: return "an RFC 3339 time such as 2026-11-23T09:30:00Z"
        case .faqID: return "letters, digits, '.', '_' or '-', up to 40"
        case .duration: return "a duration such as 90s, 15m, 4h or 2d"
        case .weekdays: return "days such as mon-fri or mon,wed,fri (mon tue wed thu fri sat sun)"
        case .openingHours: return "hours such as 09:00-18:00 (closing after opening, at most 24:00)"
        case .zoneName:
            return "a zone of the time zone database such as Asia/Seoul or UTC (not an offset: "
                + "POSIX reads UTC+9 as nine hours west)"
        case .date: return "a date such as 2026-12-25"
        case .textOnStandardInput: return "text on standard input ('-' reads it), which was empty"
        case .futureTime:
            return "a time after now, such as 2026-12-01 "
                + "(that day's start) or 2026-12-01T10:00:00+09:00; or use --in 3d"
        case .timeBefore(let until): return "a time before --until '\(until)'"
        case .durationWithin(let option, let value):
            return "no longer than \(option) '\(value)' (a ticket is answered before it is resolved)"
        }
    }

    static func nameProblem(_ problem: Names.Problem) -> String {
        switch problem {
        case .empty: return "it cannot be empty"
        case .tooLong(let maximum): return "it is at most \(maximum) characters"
        case .startsWithSign(let sign):
            return "a tag cannot start with '\(sign)' (cs tag reads +TAG and -TAG as add and remove)"
        case .hasSpace: return "a tag is one word, without spaces or tabs"
        case .characterNotAllowed(let character):
            return "a tag has only letters, digits and _ . : / # @ - (not '\(character)')"
        case .badFirstCharacter: return "a tag starts with a letter, a digit, '#' or '@'"
        case .controlCharacter(let character):
            return "a name is one line of text without control characters (not '\(character)')"
        case .tierShaped: return "it looks like a support tier, not a person (tiers are L1, L2 and L3)"
        case .sensitiveNumber: return "it cannot hold a card or resident registration number"
        case .meansNobody(let word):
            return "'\(word)' would read as nobody (lists show an unassigned ticket as '-', and "
                + "cs list --assignee none finds them); choose another name"
        case .invisible(let characters):
            return "it has nothing visible, only spaces or invisible characters (\(characters))"
        }
    }

    static func fileProblem(_ problem: FileProblem) -> String {
        switch problem {
        case .system(let number): return systemError(number)
        case .notUTF8: return "not UTF-8 text"
        case .notAFile(let kind): return "it is \(fileKind(kind)), not a file"
        case .tooLarge(let megabytes): return "it is larger than the \(megabytes) MB cs reads for this"
        }
    }

    static func notALog(_ problem: NotALog) -> String {
        switch problem {
        case .noEventsFile(let folder):
            return "has no events.jsonl; run 'cs init' in '\(folder)' to create the log there, or pass --log PATH"
        case .pathThroughFile: return "cannot be a log: a part of its path is a file, not a folder"
        case .kind(let kind, let suggested):
            return "is \(fileKind(kind)), not a log file"
                + (suggested.map { "; pass the log file itself, such as '\($0)'" } ?? "")
        case .danglingLink(let target):
            return
                "is a symbolic link to '\(target)', which does not exist; "
                + "fix the link or pass --log with the log's real path"
        }
    }

    static func fileKind(_ kind: FileKind) -> String { kind.rawValue }

    static func logFailure(_ failure: LogFailure) -> String {
        switch failure {
        case .system(let operation, let number):
            let doing: String? =
                switch operation {
                case .open, .inspect, .read: nil
                case .lock: "cannot lock"
                case .map: "cannot map"
                case .write: "cannot write"
                case .sync: "cannot sync"
                case .cutTornLine: "cannot cut the torn line"
                case .createFolder: "cannot create folder"
                case .createSecret: "cannot create the desk's secret"
                case .writeSecret: "cannot write the desk's secret"
                case .createBackup: "cannot create the backup"
                }
            return (doing.map { $0 + ": " } ?? "") + systemError(number)
        case .shorterThanSnapshot: return "the log is shorter than its snapshot says"
        case .notADeskSecret: return "not a desk secret (64 hex digits)"
        case .cutBackFailed(let failure, let number):
            return logFailure(failure)
                + "; cutting the partial write back failed too (\(systemError(number))); run 'cs repair'"
        case .tooManyBackups(let prefix): return "too many backups named \(prefix)-N.bak"
        }
    }

    static func systemError(_ number: Int32) -> String { System.describe(number) }

    static func jsonKind(_ kind: JSONKind) -> String {
        switch kind {
        case .string: return "a string"
        case .wholeNumber: return "a whole number"
        case .listOfStrings: return "a list of strings"
        case .object: return "an object"
        }
    }

    static func closedAction(_ action: ClosedTicketAction) -> String {
        switch action {
        case .reply: return "reply to"
        case .recordCustomerMessage: return "add a customer message to"
        case .note: return "add a note to"
        case .assign: return "assign"
        case .escalate: return "escalate"
        case .changePriority: return "change the priority of"
        case .changeStatus: return "change the status of"
        case .recordPayment: return "record a payment on"
        case .refund: return "refund"
        }
    }

    static func faqLineProblem(_ problem: FAQLineProblem) -> String {
        switch problem {
        case .notUTF8: return "not UTF-8 text"
        case .tooLarge: return "a text is larger than the \(TextLimit.megabytes) MB cs takes for one"
        case .noEntries: return "no entries in the file"
        case .notAnObject: return "not a JSON object"
        case .syntax(let what): return "not valid JSON (\(jsonSyntax(what)))"
        case .invalidID(let id): return "invalid id '\(id)' (letters, digits, '.', '_', '-'; up to 40)"
        case .sensitiveID(let id): return "invalid id '\(id)': \(nameProblem(.sensitiveNumber))"
        case .emptyQuestionOrAnswer: return "empty question or answer"
        case .invalidLanguage(let language): return "invalid lang '\(language)' (ko or en)"
        case .unknownField(let name):
            return "unknown field '\(Terminal.singleLine(name))' (\(FAQFileReader.fieldNames.joined(separator: ", ")))"
        case .repeatedField(let name): return "field '\(Terminal.singleLine(name))' given twice"
        case .repeatedID(let id, let first): return "id '\(id)' is on line \(first) already"
        case .field(let error): return eventProblem(error)
        }
    }

    static func jsonSyntax(_ syntax: JSONSyntax) -> String {
        switch syntax {
        case .controlCharacter: return "control character in a string"
        case .expectedCommaOrBracket: return "expected ',' or ']'"
        case .expectedCommaOrBrace: return "expected ',' or '}'"
        case .expectedColon: return "expected ':'"
        case .expectedFieldName: return "expected a field name"
        case .invalidUnicodeEscape: return "invalid \\u escape"
        case .invalidEscape: return "invalid escape in a string"
        case .malformedNumber: return "malformed number"
        case .nestedTooDeeply: return "nested too deeply"
        case .unexpectedCharacter: return "unexpected character"
        case .unexpectedEnd: return "unexpected end of line"
        case .trailingText: return "unexpected text after the JSON value"
        case .unpairedSurrogate: return "unpaired surrogate in a string"
        case .unterminatedString: return "unterminated string"
        case .expectedString: return "expected a string"
        case .invalidUTF8: return "invalid UTF-8 in a string"
        case .numberOutOfRange: return "number out of range"
        case .notAnObject: return "not a JSON object"
        case .unreadable: return "unreadable"
        }
    }
}

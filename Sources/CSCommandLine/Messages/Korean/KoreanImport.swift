import CSDomain

/// The words for `cs import` and `cs export`, in Korean.
extension Korean {
    static func importProblem(_ importProblem: ImportProblem) -> String {
        switch importProblem {
        case .notUTF8: return "UTF-8 텍스트가 아닙니다 (파일을 UTF-8로 저장하세요. BOM은 있어도 없어도 됩니다)"
        case .noRows: return "가져올 행이 없습니다"
        case .tooLarge: return "cs가 텍스트 하나로 받는 \(TextLimit.megabytes)MB보다 큰 필드가 있습니다"
        case .unterminatedQuote: return "따옴표로 시작한 필드가 닫히지 않았습니다"
        case .strayQuote: return "따옴표로 감싸지 않은 필드 안에 따옴표가 있습니다 (필드를 따옴표로 감싸고 안의 따옴표는 두 번 쓰세요)"
        case .unknownColumn(let column):
            return "알 수 없는 열 '\(Terminal.singleLine(column))' (subject, customer, email, phone, contact, category, "
                + "channel, priority, createdAt, status, body, tags, externalId)"
        case .repeatedColumn(let column, let earlier, let meaning):
            return column.lowercased() == earlier.lowercased()
                ? "열 '\(Terminal.singleLine(column))'이(가) 두 번 있습니다"
                : "열 '\(Terminal.singleLine(earlier))'과(와) '\(Terminal.singleLine(column))'은(는) 둘 다 \(meaning)입니다. "
                    + "하나만 두세요"
        case .missingColumn(let column): return "'\(column)' 열이 없습니다 (subject와 customer가 필요합니다)"
        case .fieldCount(let expected, let got): return "머리글은 \(expected)개 필드인데 이 행은 \(got)개입니다"
        case .missingValue(let field): return "\(field) 값이 없습니다"
        case .badChoice(let field, let value, let allowed):
            return "올바르지 않은 \(field) 값 '\(Terminal.singleLine(value))' (\(allowed.joined(separator: ", ")))"
        case .badTime(let field, let value):
            return "올바르지 않은 \(field) 값 '\(Terminal.singleLine(value))' (지난 시각: 2026-11-01T09:30:00+09:00, "
                + "2026-11-01 09:30 또는 2026-11-01, TZ 기준)"
        case .badName(let field, let value, let problem):
            return "올바르지 않은 \(field) 값 '\(Terminal.singleLine(value))': \(nameProblem(problem))"
        case .notAnObject: return "JSON 객체가 아닙니다"
        case .syntax(let what): return "올바른 JSON이 아닙니다 (\(jsonSyntax(what)))"
        case .wrongType(let field): return "필드 '\(Terminal.singleLine(field))'이(가) 텍스트가 아닙니다"
        case .repeatedRow(let first):
            return "\(first)번째 줄과 같은 행입니다 (둘 다 의도한 것이면 각 티켓에 externalId를 주세요)"
        case .mixedLines: return "한 파일에 티켓과 이벤트가 섞여 있습니다 (따로 가져오세요)"
        case .differsFromDesk(let id):
            return "이벤트 \(id)이(가) 이 데스크에 다른 내용으로 이미 있습니다. 이 데스크의 이력에서 나온 파일이 아닙니다"
        case .badTicketID(let id):
            return "티켓 ID '\(Terminal.singleLine(id))'은(는) cs가 만드는 형식이 아닙니다 (I, L, O, U를 뺀 "
                + "0-9와 A-Z, 16자까지). 이 티켓을 가리킬 수 없으니 cs export로 만든 파일이 아닙니다"
        case .event(let error): return eventProblem(error)
        case .replay(let error): return self.problem(LogProblem.replay(error))
        }
    }

    static func importText(_ message: Message) -> String {
        switch message {
        case .importedTickets(let source, let tickets, let skipped):
            return "\(source)에서 티켓 \(tickets)개를 가져왔습니다" + (skipped > 0 ? " (이미 가져온 \(skipped)개는 그대로 둠)" : "")
        case .importPreviewTickets(let tickets, let skipped):
            return "티켓 \(tickets)개를 가져올 예정입니다" + (skipped > 0 ? " (이미 가져온 것 \(skipped)개)" : "")
                + ". 아무것도 기록하지 않았습니다 (--dry-run)"
        case .importedEvents(let source, let events, let skipped):
            return "\(source)에서 이벤트 \(events)개를 가져왔습니다" + (skipped > 0 ? " (이미 있는 \(skipped)개 제외)" : "")
        case .merged(let duplicate, let survivor):
            return "\(duplicate)을(를) \(survivor)(으)로 병합했습니다. \(duplicate)은(는) 종료되었고 \(survivor)(으)로 연결됩니다"
        case .mergedRedirect(let duplicate, let survivor):
            return "\(duplicate)은(는) \(survivor)(으)로 병합되었습니다. \(survivor)을(를) 보여 줍니다"
        case .fromDuplicate(let duplicate): return "(\(duplicate)에서)"
        case .writingToSurvivor(let duplicate, let survivor):
            return "참고: \(duplicate)은(는) \(survivor)(으)로 병합되어 \(survivor)에 기록합니다"
        case .importPreviewEvents(let events, let skipped):
            return "이벤트 \(events)개를 가져올 예정입니다" + (skipped > 0 ? " (이미 있는 것 \(skipped)개)" : "")
                + ". 아무것도 기록하지 않았습니다 (--dry-run)"
        default: return ""
        }
    }
}

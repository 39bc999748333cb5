import CSDomain

/// The pieces errors are made of, in Korean: what a value should have been, why a name
/// or a file or a log failed, the words for a JSON problem.
extension Korean {
    /// What a value should have been, as the way out: a whole request ending in 쓰세요.
    static func expected(_ expected: Expected) -> String {
        switch expected {
        case .currencyCode: return "KRW, USD 같은 ISO 4217 통화 코드를 쓰세요"
        case .amount(let currency):
            let examples = currency.exponent == 0 ? "59000 또는 59,000" : "12.50 또는 1,234.50"
            return "\(examples)처럼 \(currency.code) 단위의 양수 금액을 쓰세요 (쉼표는 세 자리마다만 씁니다)"
        case .someText: return "내용을 입력하세요"
        case .timeOrAge: return "날짜(2026-11-01), RFC 3339 시각, 또는 24h, 7d 같은 기간을 쓰세요"
        case .countAboveZero: return "1부터 1000000000까지의 정수를 쓰세요"
        case .tierOrAgent: return "L2나 L3 같은 단계(단계는 L1, L2, L3), 또는 상담원 이름을 쓰세요"
        case .logPath: return "데스크 로그 파일의 경로를 쓰세요"
        case .rfc3339Time: return "2026-11-23T09:30:00Z 같은 RFC 3339 시각을 쓰세요"
        case .faqID: return "영문자, 숫자, '.', '_', '-'로 40자까지 쓰세요"
        case .duration: return "90s, 15m, 4h, 2d 같은 기간을 쓰세요"
        case .weekdays: return "mon-fri나 mon,wed,fri 같은 요일을 쓰세요 (mon tue wed thu fri sat sun)"
        case .openingHours: return "09:00-18:00 같은 시간을 쓰세요 (끝이 시작보다 늦고, 24:00까지)"
        case .zoneName:
            return "Asia/Seoul이나 UTC처럼 시간대 데이터베이스의 이름을 쓰세요 (UTC+9 같은 오프셋은 POSIX가 서쪽 9시간으로 읽습니다)"
        case .date: return "2026-12-25 같은 날짜를 쓰세요"
        case .textOnStandardInput: return "'-'는 표준 입력을 읽는데 표준 입력이 비어 있었습니다. 텍스트를 보내세요"
        case .futureTime:
            return "2026-12-01(그날 0시)이나 2026-12-01T10:00:00+09:00처럼 지금 이후의 시각을 쓰거나 --in 3d를 쓰세요"
        case .timeBefore(let until): return "--until '\(until)'보다 이른 시각을 쓰세요"
        case .durationWithin(let option, let value):
            return "\(option) '\(value)'보다 길지 않게 쓰세요 (해결하기 전에 먼저 응답하니까요)"
        }
    }

    static func nameProblem(_ problem: Names.Problem) -> String {
        switch problem {
        case .empty: return "비어 있을 수 없습니다"
        case .tooLong(let maximum): return "최대 \(maximum)자까지 쓸 수 있습니다"
        case .startsWithSign(let sign):
            return "태그는 '\(sign)' 기호로 시작할 수 없습니다 (cs tag는 +TAG와 -TAG를 추가와 삭제로 읽습니다)"
        case .hasSpace: return "태그는 공백이나 탭 없는 한 단어입니다"
        case .characterNotAllowed(let character):
            return "태그에는 문자, 숫자와 _ . : / # @ -만 쓸 수 있습니다 ('\(character)' 불가)"
        case .badFirstCharacter: return "태그는 문자, 숫자, '#', '@' 중 하나로 시작해야 합니다"
        case .controlCharacter(let character):
            return "이름은 제어 문자가 없는 한 줄 텍스트여야 합니다 ('\(character)' 불가)"
        case .tierShaped: return "사람 이름이 아니라 지원 단계처럼 보입니다 (단계는 L1, L2, L3)"
        case .sensitiveNumber: return "카드 번호나 주민등록번호를 담을 수 없습니다"
        case .meansNobody(let word):
            return "'\(word)'는 담당자 없음으로 읽힙니다 (목록은 담당자 없는 티켓을 '-'로 보여 주고 "
                + "cs list --assignee none으로 찾습니다). 다른 이름을 쓰세요"
        case .invisible(let characters): return "보이는 글자가 없습니다 (공백이나 보이지 않는 문자뿐: \(characters))"
        }
    }

    static func fileProblem(_ problem: FileProblem) -> String {
        switch problem {
        case .system(let number): return systemError(number)
        case .notUTF8: return "UTF-8 텍스트가 아닙니다"
        case .notAFile(let kind): return "파일이 아니라 \(fileKind(kind))입니다"
        case .tooLarge(let megabytes): return "cs가 이 용도로 읽는 \(megabytes)MB보다 큽니다"
        }
    }

    /// Follows the quoted path directly, so each starts with its particle.
    static func notALog(_ problem: NotALog) -> String {
        switch problem {
        case .noEventsFile(let folder):
            return "에 events.jsonl이 없습니다. '\(folder)'에서 'cs init' 명령으로 로그를 만들거나 --log PATH로 지정하세요"
        case .pathThroughFile: return "은(는) 로그가 될 수 없습니다: 경로 중간에 폴더가 아닌 파일이 있습니다"
        case .kind(let kind, let suggested):
            return "은(는) 로그 파일이 아니라 \(fileKind(kind))입니다"
                + (suggested.map { ". '\($0)'처럼 로그 파일 자체를 지정하세요" } ?? "")
        case .danglingLink(let target):
            return "은(는) 없는 대상 '\(target)'을(를) 가리키는 심볼릭 링크입니다. 링크를 고치거나 "
                + "--log로 로그의 실제 경로를 지정하세요"
        }
    }

    static func fileKind(_ kind: FileKind) -> String {
        switch kind {
        case .regular: return "일반 파일"
        case .folder: return "폴더"
        case .fifo: return "이름 있는 파이프(FIFO)"
        case .characterDevice: return "문자 장치"
        case .blockDevice: return "블록 장치"
        case .socket: return "소켓"
        }
    }

    static func logFailure(_ failure: LogFailure) -> String {
        switch failure {
        case .system(let operation, let number):
            let doing: String? =
                switch operation {
                case .open, .inspect, .read: nil
                case .lock: "잠글 수 없습니다"
                case .map: "매핑할 수 없습니다"
                case .write: "쓸 수 없습니다"
                case .sync: "동기화할 수 없습니다"
                case .cutTornLine: "끊긴 줄을 잘라낼 수 없습니다"
                case .createFolder: "폴더를 만들 수 없습니다"
                case .createSecret: "데스크 비밀 키를 만들 수 없습니다"
                case .writeSecret: "데스크 비밀 키를 쓸 수 없습니다"
                case .createBackup: "백업을 만들 수 없습니다"
                }
            return (doing.map { $0 + ": " } ?? "") + systemError(number)
        case .shorterThanSnapshot: return "로그가 스냅숏에 기록된 것보다 짧습니다"
        case .notADeskSecret: return "데스크 비밀 키가 아닙니다 (16진수 64자리)"
        case .cutBackFailed(let failure, let number):
            return logFailure(failure) + ". 일부만 쓰인 내용을 잘라내는 것도 실패했습니다 (\(systemError(number))). "
                + "'cs repair' 명령을 실행하세요"
        case .tooManyBackups(let prefix): return "\(prefix)-N.bak 이름의 백업이 너무 많습니다"
        }
    }

    /// The common error numbers in Korean; the C library's English text for the rest.
    static func systemError(_ number: Int32) -> String {
        switch number {
        case ENOENT: return "파일이나 폴더가 없습니다"
        case EACCES, EPERM: return "권한이 없습니다"
        case ENOSPC: return "디스크 공간이 부족합니다"
        case EDQUOT: return "디스크 할당량을 넘었습니다"
        case EIO: return "입출력 오류입니다"
        case EISDIR: return "폴더입니다"
        case ENOTDIR: return "폴더가 아닙니다"
        case EROFS: return "읽기 전용 파일 시스템입니다"
        case EFBIG: return "파일이 너무 큽니다"
        case EEXIST: return "이미 있습니다"
        case EMFILE, ENFILE: return "열린 파일이 너무 많습니다"
        case EBADF: return "잘못된 파일 디스크립터입니다"
        case EINVAL: return "잘못된 인자입니다"
        case EPIPE: return "파이프가 끊겼습니다"
        default: return System.describe(number)
        }
    }

    static func jsonKind(_ kind: JSONKind) -> String {
        switch kind {
        case .string: return "문자열"
        case .wholeNumber: return "정수"
        case .listOfStrings: return "문자열 목록"
        case .object: return "객체"
        }
    }

    /// The verb before 수 없습니다: "답변할 수 없습니다".
    static func closedAction(_ action: ClosedTicketAction) -> String {
        switch action {
        case .reply: return "답변할"
        case .recordCustomerMessage: return "고객 메시지를 추가할"
        case .note: return "메모를 남길"
        case .assign: return "배정할"
        case .escalate: return "상향할"
        case .changePriority: return "우선순위를 바꿀"
        case .changeStatus: return "상태를 바꿀"
        case .recordPayment: return "결제를 기록할"
        case .refund: return "환불할"
        }
    }

    static func faqLineProblem(_ problem: FAQLineProblem) -> String {
        switch problem {
        case .notUTF8: return "UTF-8 텍스트가 아닙니다"
        case .tooLarge: return "cs가 텍스트 하나로 받는 \(TextLimit.megabytes)MB보다 큰 텍스트가 있습니다"
        case .noEntries: return "파일에 항목이 없습니다"
        case .notAnObject: return "JSON 객체가 아닙니다"
        case .syntax(let what): return "올바른 JSON이 아닙니다 (\(jsonSyntax(what)))"
        case .invalidID(let id): return "올바르지 않은 id '\(id)'입니다 (영문자, 숫자, '.', '_', '-'. 40자까지)"
        case .sensitiveID(let id): return "올바르지 않은 id '\(id)'입니다: \(nameProblem(.sensitiveNumber))"
        case .emptyQuestionOrAnswer: return "질문이나 답변이 비어 있습니다"
        case .invalidLanguage(let language): return "올바르지 않은 lang '\(language)'입니다 (ko 또는 en)"
        case .unknownField(let name):
            return "알 수 없는 필드 '\(Terminal.singleLine(name))'입니다 (\(FAQFileReader.fieldNames.joined(separator: ", ")))"
        case .repeatedField(let name): return "'\(Terminal.singleLine(name))' 필드가 두 번 있습니다"
        case .repeatedID(let id, let first): return "id '\(id)'은(는) \(first)번째 줄에 이미 있습니다"
        case .field(let error): return eventProblem(error)
        }
    }

    static func jsonSyntax(_ syntax: JSONSyntax) -> String {
        switch syntax {
        case .controlCharacter: return "문자열 안에 제어 문자가 있음"
        case .expectedCommaOrBracket: return "',' 또는 ']'가 있어야 함"
        case .expectedCommaOrBrace: return "',' 또는 '}'가 있어야 함"
        case .expectedColon: return "':'가 있어야 함"
        case .expectedFieldName: return "필드 이름이 있어야 함"
        case .invalidUnicodeEscape: return "잘못된 \\u 이스케이프"
        case .invalidEscape: return "문자열 안의 잘못된 이스케이프"
        case .malformedNumber: return "잘못된 숫자"
        case .nestedTooDeeply: return "너무 깊이 중첩됨"
        case .unexpectedCharacter: return "예상하지 못한 문자"
        case .unexpectedEnd: return "줄이 중간에 끝남"
        case .trailingText: return "JSON 값 뒤에 다른 내용이 있음"
        case .unpairedSurrogate: return "짝이 없는 서로게이트 문자"
        case .unterminatedString: return "닫히지 않은 문자열"
        case .expectedString: return "문자열이 있어야 함"
        case .invalidUTF8: return "문자열 안에 잘못된 UTF-8"
        case .numberOutOfRange: return "범위를 벗어난 숫자"
        case .notAnObject: return "JSON 객체가 아님"
        case .unreadable: return "읽을 수 없음"
        }
    }
}

import CSDomain

/// cs in Korean: every message, help text and error, in polite 합니다체. One line per error:
/// what is wrong, then the way out. Command names, options, argument names, enum words and
/// values people typed stay as they are; particles after them take the neutral forms
/// 은(는), 이(가), 을(를), (으)로, or the sentence is built so that none is needed.
enum Korean: Wording {
    static func usage(_ error: UsageError) -> String {
        switch error {
        case .noCommand:
            return "명령을 입력하지 않았습니다. 'cs help'로 명령 목록을 확인하세요"
        case .unknownCommand("", _, let parent?):
            let subcommands = CommandTable.specs.filter { $0.path.first == parent }.map { $0.path.last! }
            return "'\(parent)' 명령에는 하위 명령이 필요합니다 (\(subcommands.joined(separator: ", "))); "
                + "'cs help \(parent)'에서 확인하세요"
        case .unknownCommand(let word, let suggestion, let parent):
            let full = [parent, word].compactMap { $0 }.joined(separator: " ")
            let fix =
                suggestion.map { "혹시 '\([parent, $0].compactMap { $0 }.joined(separator: " "))'인가요?" }
                ?? "'cs help'로 명령 목록을 확인하세요"
            return "알 수 없는 명령 '\(full)'입니다. \(fix)"
        case .neitherTicketNorSubcommand(let word, let command, let suggestion):
            return "'\(word)'에 맞는 티켓도, 'cs \(command)'의 하위 명령 '\(word)'도 없습니다. "
                + "혹시 'cs \(command) \(suggestion)'인가요?"
        case .unknownOption(let word, let command, let suggestion):
            let fix =
                suggestion.map { "혹시 '\($0)'인가요?" }
                ?? "'cs \(command == "cs" ? "" : command + " ")--help'에서 확인하세요"
            return "'\(command)' 명령에는 '\(word)' 옵션이 없습니다. \(fix)"
        case .missingValue(let option, let valueName):
            return "'\(option)' 옵션에는 값(\(valueName))이 필요합니다"
        case .flagTakesNoValue(let option):
            return "'\(option)' 옵션은 값을 받지 않습니다. 옵션만 쓰세요"
        case .invalidChoice(let option, let value, let allowed):
            let guess = Suggestion.closest(to: value, among: allowed).map { "혹시 '\($0)'인가요? " } ?? ""
            return "'\(option)'에 쓸 수 없는 값 '\(value)'입니다. \(guess)다음 중 하나를 쓰세요: "
                + allowed.joined(separator: ", ")
        case .invalidValue(let what, let value, let expected):
            return "올바르지 않은 \(what) 값 '\(value)'입니다. \(self.expected(expected))"
        case .badName(let what, let value, let problem):
            return "올바르지 않은 \(what) 값 '\(Terminal.singleLine(value))'입니다: \(nameProblem(problem))"
        case .contradictoryTagChange(let tag):
            let shown = Terminal.singleLine(tag)
            return "'\(shown)' 태그를 더하면서 빼라고 했습니다. +\(shown)과(와) -\(shown) 중 하나만 주세요"
        case .badTagChange(let value, let problem):
            return "올바르지 않은 태그 변경 '\(Terminal.singleLine(value))'입니다: \(nameProblem(problem)). "
                + "추가는 +TAG, 삭제는 -TAG로 쓰세요"
        case .missingArgument(let name, let command):
            return "'\(command)' 명령에 \(name) 인자가 필요합니다. 'cs \(command) --help'에서 확인하세요"
        case .missingOption(let option, let command):
            return "'\(command)' 명령에 \(option) 옵션이 필요합니다. 'cs \(command) --help'에서 확인하세요"
        case .missingOneOf(let choices, let command):
            return "'\(command)' 명령에 \(choices.joined(separator: " 또는 ")) 중 하나가 필요합니다. "
                + "'cs \(command) --help'에서 확인하세요"
        case .needsOther(let given, let needs):
            return "\(given)에는 \(needs)도 함께 필요합니다. 둘 다 쓰거나 둘 다 빼세요"
        case .nothingToChange(let options, let command):
            return "'\(command)' 명령에 바꿀 내용이 필요합니다: \(options.joined(separator: ", ")); "
                + "'cs \(command) --help'에서 확인하세요"
        case .unexpectedArgument(let word, let command):
            return "'\(command)' 명령은 '\(word)' 인자를 받지 않습니다. 공백이 있는 텍스트는 따옴표로 감싸고, "
                + "자세한 내용은 'cs \(command) --help'에서 확인하세요"
        case .repeatedOption(let option):
            return "'\(option)' 옵션을 두 번 이상 썼습니다. 한 번만 쓰세요"
        case .conflictingOptions(let first, let second):
            return "\(first), \(second) 중 하나만 쓰세요"
        case .missingBody(let kind, let command):
            return "\(body(kind))이(가) 없습니다. 인자로 주거나, --body-file FILE로 주거나, 표준 입력에서 읽으려면 "
                + "'-'를 주세요 ('cs \(command) --help' 참고)"
        case .noLog(let folder):
            return "'\(folder)' 폴더와 그 상위 폴더 어디에도 데스크가 없습니다. 'cs init' 명령으로 여기에 만들거나 "
                + "--log PATH로 지정하세요"
        case .logNotFound(let path):
            return "'\(path)'에 로그가 없습니다. 'cs init' 명령으로 데스크를 만들거나 --log와 CS_LOG를 확인하세요"
        case .unreadableFile(let path, let reason):
            return "\(path == "-" ? "표준 입력을" : "'\(path)' 파일을") 읽을 수 없습니다: \(fileProblem(reason))"
        case .optionAsValue(let option, let valueName, let word):
            return "'\(option)' 옵션에는 값(\(valueName))이 필요한데 '\(word)'은(는) 옵션입니다. "
                + "값을 주거나, 그것이 값이라면 \(option)=\(word)처럼 쓰세요"
        case .argumentNotUTF8(let position, let bytes):
            return "\(position)번째 인자가 UTF-8 텍스트가 아닙니다 ('\(Terminal.escapedBytes(bytes))'). "
                + "cs는 UTF-8만 읽습니다: 터미널이나 스크립트의 인코딩을 확인하세요"
        case .variableNotUTF8(let name, let bytes):
            return "\(name)이(가) UTF-8 텍스트가 아닙니다 ('\(Terminal.escapedBytes(bytes))'). "
                + "cs는 UTF-8만 읽습니다: UTF-8로 다시 설정하거나 설정을 지우세요"
        case .badLoginName(let value, let problem):
            return "로그인 이름 '\(Terminal.singleLine(value))'(으)로는 이벤트에 서명할 수 없습니다: \(nameProblem(problem)). "
                + "CS_AGENT=NAME으로 설정하거나 --as NAME을 쓰세요"
        case .unknownActor:
            return "누가 작업하는지 알 수 없습니다: --as, CS_AGENT, USER, LOGNAME 어느 것도 없고 암호 데이터베이스에도 "
                + "이 사용자 ID의 이름이 없습니다. CS_AGENT=NAME으로 설정하거나 --as NAME을 쓰세요"
        case .notALog(let path, let problem):
            return "'\(path)'" + notALog(problem)
        }
    }

    static func refused(_ error: DomainError) -> String {
        switch error {
        case .ticketClosed(let ticket, let action):
            return "\(ticket) 티켓은 종료되어 \(closedAction(action)) 수 없습니다. "
                + "먼저 'cs reopen \(ticket)' 명령으로 다시 여세요"
        case .alreadyClosed(let ticket):
            return "\(ticket) 티켓은 이미 종료되었습니다. 다시 작업하려면 'cs reopen \(ticket)' 명령을 쓰세요"
        case .notReopenable(let ticket, let status):
            return "\(ticket) 티켓은 solved나 closed가 아니라 \(status.rawValue) 상태입니다. 다시 열 것이 없습니다"
        case .noPayment(let ticket):
            return "\(ticket) 티켓에 환불할 결제 기록이 없습니다. 'cs payment \(ticket) REF AMOUNT' 명령으로 먼저 기록하세요"
        case .currencyMismatch(let ticket, let payment, let given):
            return "\(ticket) 티켓의 결제 통화는 \(given)이(가) 아니라 \(payment)입니다. "
                + "\(payment)로 환불하려면 --currency를 빼거나 --currency \(payment)로 쓰세요"
        case .refundExceedsRefundable(let ticket, let requested, let refundable):
            return "환불 금액 \(requested.formatted)이(가) \(ticket) 티켓에서 환불할 수 있는 남은 금액"
                + "(\(refundable.formatted))을 넘습니다"
        case .idempotencyKeyIncomparable(let key):
            return "중복 방지 키 '\(key)'이(가) 전에 쓰였는지 확인할 수 없습니다: 비슷한 이전 키가 다른 데스크 비밀 키로 "
                + "기록되어 있습니다. 환불하지 않았습니다: 카드 번호나 주민등록번호가 없는 키를 쓰세요"
        case .idempotencyKeyConflict(let key, let ticket):
            return "중복 방지 키 '\(key)'은(는) \(ticket) 티켓의 다른 환불에 이미 쓰였습니다. 새 키를 쓰세요"
        case .paymentAlreadyRefunded(let ticket):
            return "\(ticket) 티켓의 결제에 이미 환불 내역이 있습니다. 결제는 더 이상 바꿀 수 없습니다"
        case .atTopTier(let ticket):
            return "\(ticket) 티켓은 이미 최상위 단계인 L3입니다. 다른 사람에게 넘기려면 "
                + "'cs assign \(ticket) AGENT' 명령을 쓰세요"
        case .tierNotHigher(let ticket, let current, let requested):
            return "\(ticket) 티켓은 \(current.rawValue) 단계입니다. \(requested.rawValue) 단계가 아니라 "
                + "그보다 높은 단계로만 상향할 수 있습니다"
        case .ticketIdExhausted:
            return "비어 있는 티켓 ID를 찾지 못했습니다. 다시 시도하세요"
        case .statusNotSettable(let status):
            return "\(status.rawValue) 상태는 직접 설정할 수 없습니다. "
                + (status == .closed
                    ? "'cs close' 명령을 쓰세요"
                    : "다음 중 하나를 쓰세요: " + Status.settable.map(\.rawValue).joined(separator: ", "))
        case .scoreOutOfRange(let score):
            return "평가 점수 \(score)은(는) \(Rating.scores.lowerBound)~\(Rating.scores.upperBound) 범위를 벗어납니다"
        case .builtInFAQEntry(let id):
            return "'\(id)'은(는) 바꿀 수 없는 기본 제공 FAQ 항목입니다. 'cs faq import --builtin' 명령으로 "
                + "이 데스크에 복사한 뒤 복사본을 바꾸세요"
        case .faqEntryExists(let id):
            return "FAQ 항목 '\(id)'은(는) 이미 있습니다. 'cs faq edit \(id)' 명령으로 바꾸세요"
        case .noOpenConflicts(let ticket):
            return "티켓 \(ticket)에는 정리할 충돌이 없습니다. 충돌이 있는 티켓은 'cs list --conflicts'로 확인하세요"
        case .mergeIntoItself(let ticket):
            return "티켓 \(ticket)을(를) 자기 자신(또는 자신으로 병합된 티켓)으로 병합할 수 없습니다. 다른 티켓을 지정하세요"
        case .alreadyMerged(let ticket, let into):
            return "티켓 \(ticket)은(는) 이미 \(into)(으)로 병합되었습니다. \(into)도 중복이면 그것을 병합하세요"
        case .mergeIntoClosed(let ticket):
            return "티켓 \(ticket)은(는) 종료되었습니다. 열린 티켓으로 병합하거나 'cs reopen \(ticket)'(으)로 먼저 다시 여세요"
        case .mergePaymentsDiffer(let duplicate, let survivor):
            return "티켓 \(duplicate)과(와) \(survivor)은(는) 서로 다른 결제에 대한 것입니다. 티켓에는 결제가 하나뿐이므로 "
                + "중복이 아닙니다"
        case .nothingToUndo(let ticket):
            return "티켓 \(ticket)에는 되돌릴 변경이 없습니다. 'cs log \(ticket)'로 이벤트를 확인하세요"
        case .changedSince(_, let event, let field, let later?):
            return "이벤트 \(event)이(가) 바꾼 \(fieldName(field))을(를) 그 뒤 이벤트 \(later)이(가) 다시 바꿨습니다. "
                + "그것을 먼저 되돌리거나 평소처럼 \(fieldName(field))을(를) 바꾸세요"
        case .changedSince(_, let event, _, nil):
            return "이벤트 \(event)이(가) 예정한 후속 조치는 이미 완료되었거나 취소되었습니다. 되돌릴 것이 없습니다"
        case .alreadyUndone(let ticket, let event):
            return "티켓 \(ticket)의 이벤트 \(event)은(는) 이미 되돌렸습니다. 더 바꾸려면 평소처럼 변경하세요"
        case .notReversible(_, let event, let type, let reason):
            switch reason {
            case .reply:
                return "이벤트 \(event)은(는) 고객에게 간 공개 답변이라 되돌릴 수 없습니다. 바로잡으려면 다시 답변하세요"
            case .refund:
                return "이벤트 \(event)은(는) 은행에 전달된 환불이라 되돌릴 수 없습니다. 'cs note'로 정정 내용을 "
                    + "기록하고 결제 대행사와 정리하세요"
            case .merge:
                return "이 티켓의 마지막 변경은 병합(이벤트 \(event))이라 되돌릴 수 없습니다. 중복 티켓의 ID는 계속 이 "
                    + "티켓으로 연결됩니다. 바꿀 것은 평소처럼 바꾸세요"
            case .fact:
                return "이벤트 \(event)(\(type))은(는) 일어난 일의 기록이라 되돌릴 수 없습니다. 정정 내용을 새 이벤트로 기록하세요"
            }
        case .noOpenFollowUp(let ticket):
            return "티켓 \(ticket)에는 남은 후속 조치가 없습니다. 'cs follow-up \(ticket) --in 3d' 명령으로 예정하세요"
        case .refundAlreadyVoid(let ticket, let refund):
            return "티켓 \(ticket)의 환불 \(refund)은(는) 이미 무효입니다. --void에서 빼세요"
        }
    }

    static func notFound(_ error: LookupError) -> String {
        switch error {
        case .noTicket(let typed):
            return "'\(typed)'에 맞는 티켓이 없습니다. 티켓 ID는 'cs list --status all'에서 확인하세요"
        case .notYetOpened(let ticket, _):
            return "--as-of 시각에는 \(ticket) 티켓이 아직 열리지 않았습니다. 더 나중 시각을 주거나 --as-of 없이 보세요"
        case .ambiguousTicket(let typed, let candidates):
            return "티켓 ID '\(typed)'에 맞는 티켓이 여럿입니다: \(candidates.joined(separator: ", ")); "
                + "ID를 더 길게 입력하세요"
        case .noEvent(let ticket, let typed):
            return "'\(typed)'에 해당하는 이벤트가 티켓 \(ticket)에 없습니다. 이벤트 ID는 'cs log \(ticket) --json'으로 확인하세요"
        case .ambiguousEvent(let ticket, let typed, let candidates):
            return "'\(typed)'에 해당하는 이벤트가 티켓 \(ticket)에 여러 개입니다 (\(candidates.joined(separator: ", "))). "
                + "ID를 더 입력하세요"
        case .noRefund(let ticket, let typed):
            return "'\(typed)'에 해당하는 환불이 티켓 \(ticket)에 없습니다. 환불 ID는 'cs show \(ticket) --json'으로 확인하세요"
        case .ambiguousRefund(let ticket, let typed, let candidates):
            return "'\(typed)'에 해당하는 환불이 티켓 \(ticket)에 여러 개입니다 (\(candidates.joined(separator: ", "))). "
                + "ID를 더 입력하세요"
        case .noFAQEntry(let id, let suggestion):
            return "FAQ 항목 '\(id)'이(가) 없습니다. "
                + (suggestion.map { "혹시 '\($0)'인가요?" } ?? "'cs faq list'에서 확인하세요")
        }
    }

    static func log(_ error: LogError, displayPath: (String) -> String) -> String {
        switch error {
        case .unreadable(let path, let reason):
            return "'\(displayPath(path))' 로그를 사용할 수 없습니다: \(logFailure(reason))"
        case .damaged(let path, let line, .tornLastLine):
            return "\(displayPath(path)):\(line): \(problem(.tornLastLine)). 그 뒤로는 아무것도 추가할 수 없습니다: "
                + "'cs repair' 명령을 실행하세요 (원본은 보관됩니다)"
        case .damaged(let path, let line, .event(.unknownVersion(let version))):
            return "\(displayPath(path)):\(line): \(problem(.event(.unknownVersion(version)))). 로그는 손상되지 않았습니다. "
                + "cs를 새 버전으로 업데이트하세요"
        case .damaged(let path, let line, let problem):
            return "\(displayPath(path)):\(line): \(self.problem(problem)). 로그가 손상되었습니다: "
                + "'cs verify' 명령으로 확인하세요"
        case .appendFailed(let path, let reason):
            return "'\(displayPath(path))' 로그에 쓸 수 없습니다: \(logFailure(reason)). "
                + "아무것도 추가하지 않았습니다 (로그는 그대로입니다)"
        case .notAFile(let path, let kind):
            return "'\(displayPath(path))'은(는) 로그 파일이 아니라 \(fileKind(kind))입니다. 아무것도 읽거나 쓰지 않았습니다"
        case .derivedStateDamaged(let path, let when):
            let outcome: String
            switch when {
            case .outputWritten: outcome = "출력된 내용은 불완전합니다. 명령을 다시 실행하세요"
            case .inputRead: outcome = "아무것도 바뀌지 않았습니다 (표준 입력은 두 번 읽을 수 없습니다). 명령을 다시 실행하세요"
            case .changeRecorded: outcome = "변경은 기록되었지만 (로그에 있습니다) 출력된 내용은 불완전할 수 있습니다"
            }
            return "\(displayPath(path))(로그에서 만든 파일)을 읽는 중 체크섬이 맞지 않아 지웠습니다. " + outcome
        case .mergeClash(let path, let line, let id):
            return "\(displayPath(path)):\(line): 이벤트 ID '\(id)'가 다른 복사본에도 다른 내용으로 있어 이벤트 단위로 "
                + "병합할 수 없습니다. 한쪽을 택하고(git checkout --ours 또는 --theirs) 다른 쪽의 변경을 다시 입력하세요"
        }
    }

    static func problem(_ problem: LogProblem) -> String {
        switch problem {
        case .syntax(let what): return "올바른 JSON이 아닙니다 (\(jsonSyntax(what)))"
        case .emptyLine: return "빈 줄입니다"
        case .tornLastLine: return "마지막 줄이 불완전합니다 (쓰기가 중간에 끊겼습니다)"
        case .missingChecksum: return "체크섬이 없습니다 (모든 줄은 \"sum\" 필드로 끝납니다)"
        case .carriageReturn:
            return "줄이 캐리지 리턴으로 끝납니다: 파일이 Windows 줄바꿈으로 저장되었습니다 "
                + "(예: dos2unix로 LF 줄바꿈으로 되돌리세요)"
        case .checksumMismatch: return "체크섬이 맞지 않습니다: 기록된 뒤 이 줄의 내용이 수정되었습니다"
        case .chainBroken: return "체크섬이 맞지 않습니다: 이 줄이 수정되었거나, 앞의 줄이 지워지거나 추가되거나 옮겨졌습니다"
        case .replay(.unknownTicket(let ticket)): return "열린 적 없는 티켓 '\(ticket)'의 이벤트입니다"
        case .replay(.openedTwice(let ticket)): return "티켓 '\(ticket)'을(를) 두 번째로 여는 이벤트입니다"
        case .replay(.duplicateEventID(let id)): return "이벤트 ID '\(id)'이(가) 중복되었습니다"
        case .replay(.unknownFAQEntry(let id)): return "없는 FAQ 항목 '\(id)'을(를) 바꾸는 이벤트입니다"
        case .replay(.faqEntryAddedTwice(let id)): return "FAQ 항목 '\(id)'을(를) 두 번째로 추가하는 이벤트입니다"
        case .event(let error): return eventProblem(error)
        }
    }

    static func eventProblem(_ error: EventDecodingError) -> String {
        switch error {
        case .notAnObject: return "JSON 객체가 아닙니다"
        case .missingField(let field): return "'\(field)' 필드가 없습니다"
        case .wrongType(let field, let expected): return "'\(field)' 필드는 \(jsonKind(expected)) 형식이어야 합니다"
        case .badValue(let field, let value): return "'\(field)' 필드의 값 '\(value)'은(는) 올바르지 않습니다"
        case .unknownType(let type): return "알 수 없는 이벤트 유형 '\(type)'입니다"
        case .syntax(let what): return "올바른 JSON이 아닙니다 (\(jsonSyntax(what)))"
        case .unknownVersion(let version):
            return "알 수 없는 형식 버전 \(version)입니다 (이 cs는 \(Event.formatVersion) 버전까지 읽습니다. "
                + "더 새로운 cs가 쓴 로그입니다)"
        }
    }

    static func commandLine(_ error: CommandLineError) -> String {
        switch error {
        case .emptyEditorText(let kind): return "중단합니다: \(body(kind))이(가) 비어 있습니다. 아무것도 기록하지 않았습니다"
        case .editorExited(let editor, let status, let draft):
            return "편집기 '\(editor)'의 종료 코드가 \(status)입니다. 아무것도 기록하지 않았습니다 "
                + (draft.map { "(작성한 내용은 \($0)에 남아 있습니다)" } ?? "(CS_EDITOR, VISUAL 또는 EDITOR를 설정하세요)")
        case .cannotCreateDraft(let number):
            return "편집기에서 쓸 파일을 만들 수 없습니다: \(systemError(number)). 아무것도 기록하지 않았습니다"
        case .badFAQLine(let path, let line, let problem):
            return "\(path):\(line): \(faqLineProblem(problem)). 파일의 어떤 항목도 가져오지 않았습니다"
        case .badImportRow(let path, let line, let problem):
            return "\(path):\(line): \(importProblem(problem)). 아무것도 가져오지 않았습니다"
        case .gitFailed(let command, let reason):
            return "\(command) 명령이 실패했습니다 (\(reason)). 저장소에서 직접 실행해 이유를 확인한 뒤 'cs init'을 다시 실행하세요"
        case .gitMissing: return "git이 설치되어 있지 않거나 PATH에 없습니다. git으로 공유하는 데스크에는 git이 필요합니다"
        case .syncFailed(let command, let reason):
            return "\(command) 명령이 실패했습니다 (\(reason)). 저장소에서 git으로 마무리한 뒤 'cs sync'를 다시 실행하세요"
        case .syncDetachedHead:
            return "HEAD가 분리되어(detached) 있어 커밋이 남겨질 수 있습니다. 브랜치를 체크아웃한 뒤('git switch main') "
                + "'cs sync'를 다시 실행하세요"
        case .syncNoUpstream(let branch, let remotes):
            return "\(branch) 브랜치에 업스트림이 없고 원격 저장소가 \(remotes.count)개입니다 (\(remotes.joined(separator: ", "))). "
                + "'git push -u \(remotes[0]) \(branch)'로 하나를 정한 뒤 'cs sync'를 다시 실행하세요"
        case .notInGitWorkTree(let path):
            return "\(path)의 데스크는 git 저장소 안에 있지 않습니다. 공유하려면 먼저 'git init'(또는 팀 저장소 "
                + "복제) 후 그곳에서 'cs init'을 실행하세요"
        case .verifyFailed(let count):
            return "로그에 문제가 \(count)개 있습니다 (위에 나열했습니다). 아무것도 바꾸지 않았습니다"
        }
    }

    static func internalError(_ description: String) -> String {
        "내부 오류입니다: \(description). cs의 버그이니 알려 주세요"
    }

    static func outputFailed(errorNumber: Int32) -> String {
        "출력을 쓸 수 없습니다: \(systemError(errorNumber)). 출력된 내용은 불완전합니다"
    }
}

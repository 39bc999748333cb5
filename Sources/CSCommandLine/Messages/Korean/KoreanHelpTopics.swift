import CSDomain

/// The help topics in Korean: command groups, exit statuses, environment variables and the
/// log format (`cs help exit-codes`, `cs help environment`, `cs help log-format`).
extension Korean {
    static func groupTitle(_ group: String) -> String { "\(group) 관련 명령" }
    static func groupMore(_ group: String) -> String { "명령별 옵션과 예시는 'cs help \(group) COMMAND'로 볼 수 있습니다." }

    static func exitStatusMeaning(_ status: ExitStatus) -> String {
        switch status {
        case .success: return "완료 (바꿀 것이 없었거나, 이미 쓴 --idempotency-key로 환불을 다시 시도한 경우 포함)"
        case .refused:
            return "이해했지만 규칙에 따라 거부함: 종료된 티켓에 답변, "
                + "결제 금액을 넘는 환불,\nL3보다 높은 상향, 편집기에서 빈 본문 작성 등"
        case .usage: return "사용법 오류: 알 수 없는 명령이나 옵션, 잘못되었거나 빠진 값, 빠진 인자, 로그를 찾지 못함"
        case .notFound: return "찾을 수 없음: 없는 티켓, 또는 여러 티켓에 맞는 ID 앞부분 (후보를 나열함)"
        case .damaged:
            return "로그가 손상되었거나, 읽을 수 없거나, 쓸 수 없음 (디스크가 가득 찬 경우: 아무것도\n"
                + "추가하지 않음). 'cs verify'가 손상된 줄을 모두 나열함"
        case .outputFailed: return "명령의 출력을 쓸 수 없음 (디스크가 가득 참, 파일이 닫힘)"
        case .internalError: return "내부 오류: cs의 버그이니 알려 주세요"
        case .brokenPipe: return "출력을 읽던 쪽이 사라짐 (cs log | head). SIGPIPE로 종료된 것처럼 처리"
        }
    }

    static func exitStatusShort(_ status: ExitStatus) -> String {
        switch status {
        case .success: return "완료"
        case .refused: return "규칙상 거부"
        case .usage: return "사용법 오류"
        case .notFound: return "찾을 수 없음"
        case .damaged: return "로그 손상 또는 쓰기 불가"
        case .outputFailed: return "출력 실패"
        case .internalError: return "cs 버그"
        case .brokenPipe: return "출력 받는 쪽 종료"
        }
    }

    static func exitStatusSummary(_ parts: [String]) -> String {
        "종료 코드: " + parts.joined(separator: ", ") + ". 자세한 내용은 'cs help exit-codes'를 참고하세요."
    }

    static func environmentMeaning(_ variable: EnvironmentVariable) -> String {
        switch variable {
        case .log: return "--log를 주지 않았을 때 쓸 이벤트 로그"
        case .agent: return "--as를 주지 않았을 때 작업하는 상담원"
        case .now: return "재현 가능한 로그를 위한 고정된 RFC 3339 시각 (테스트, 픽스처)"
        case .language: return "메시지와 도움말의 언어: ko(한국어) 또는 그 밖의 값(영어). CS_LANG이 우선"
        case .editor: return "터미널에서 본문을 쓸 편집기 (없으면 vi)"
        case .pager: return "터미널에서 긴 출력을 볼 페이저 (없으면 less. 따로 정하지 않았으면 LESS=FRX, LESSCHARSET=utf-8로 실행)"
        case .noColor: return "--color always가 아니면 색을 쓰지 않음"
        case .columns: return "표를 맞출 너비 (없으면 터미널 너비)"
        case .timeZone: return "사람이 읽는 시각의 시간대 (JSON은 항상 UTC)"
        case .noHooks: return "1이면 로그 옆 hooks 폴더의 훅을 실행하지 않음 (docs/hooks.md 참고)"
        case .hookTimeout: return "훅을 중지하기 전까지 기다릴 초 (기본값 10)"
        case .noDerived: return "1이면 로그 전체를 읽고 로그 옆에 아무것도 쓰지 않음 (스냅숏 없음: 큰 데스크에서 느리지만 답은 같음)"
        }
    }

    static func logFormatTopic() -> String {
        """
        cs 로그 형식 — .cs/events.jsonl에 한 줄에 JSON 이벤트 하나씩 (JSON Lines, UTF-8)

        모든 줄: {"v":\(Event.formatVersion),"id":…,"type":…,"ticket":…,\
        "at":"2026-11-23T09:30:00Z","by":…, payload,"sum":…}
        유형: \(Event.ticketTypeNames.joined(separator: ", "));
        그리고 \(Event.faqTypeNames.joined(separator: ", ")) (이 유형들은 "faq"에 항목을 적습니다).
        모든 줄은 그 앞 바이트들의 체크섬인 "sum"으로 끝납니다; 'cs verify'가 모두 검사합니다.
        금액은 통화의 최소 단위로 센 정수와 ISO 4217 코드로 적습니다.
        줄은 잠금을 건 채 통째로 덧붙이기만 합니다; 정정도 새 이벤트로 기록합니다.

        'cs log --json'은 이벤트를 저장된 그대로 출력합니다. 모든 유형의 예시 줄이 담긴 전체 설명은
        cs 소스의 docs/log-format.md에 있습니다.
        """
    }
}

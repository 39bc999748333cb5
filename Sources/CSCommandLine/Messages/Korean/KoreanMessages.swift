import CSDomain

extension Korean {
    static func text(_ message: Message) -> String {
        switch message {
        case .opened(let ticket, let subject): return "\(ticket) 티켓을 열었습니다: \(subject)"
        case .replied(let ticket): return "\(ticket) 티켓에 답변했습니다"
        case .repliedWithFAQ(let ticket, let faq): return "\(ticket) 티켓에 답변했습니다 (FAQ 항목 \(faq))"
        case .recordedCustomerMessage(let ticket, let status):
            return "\(ticket) 티켓에 고객 메시지를 기록했습니다 (현재 \(status.rawValue))"
        case .noted(let ticket): return "\(ticket) 티켓에 내부 메모를 남겼습니다"
        case .assigned(let ticket, let agent, let tier): return "\(ticket) 티켓을 \(agent)에게 배정했습니다 (\(tier.rawValue))"
        case .alreadyAssigned(let ticket, let agent):
            return "\(ticket) 티켓은 이미 \(agent)에게 배정되어 있습니다. 바뀐 것이 없습니다"
        case .escalated(let ticket, let tier, let agent):
            return "\(ticket) 티켓을 \(tier.rawValue) 단계로 상향" + (agent.map { "하고 \($0)에게 배정" } ?? "") + "했습니다"
        case .priorityChanged(let ticket, let priority): return "이제 \(ticket) 티켓의 우선순위는 \(priority.rawValue)입니다"
        case .priorityUnchanged(let ticket, let priority):
            return "\(ticket) 티켓의 우선순위는 이미 \(priority.rawValue)입니다. 바뀐 것이 없습니다"
        case .statusChanged(let ticket, let status): return "이제 \(ticket) 티켓의 상태는 \(status.rawValue)입니다"
        case .statusChangedWithFollowUp(let ticket, let status, let due):
            return "이제 \(ticket) 티켓의 상태는 \(status.rawValue)입니다. 후속 조치 예정: \(due)"
        case .statusUnchanged(let ticket, let status):
            return "\(ticket) 티켓의 상태는 이미 \(status.rawValue)입니다. 바뀐 것이 없습니다"
        case .tagsChanged(let ticket, let tags): return "\(ticket) 티켓의 태그: " + list(tags)
        case .tagsUnchanged(let ticket, let tags): return "\(ticket) 티켓의 태그는 그대로입니다: " + list(tags)
        case .closed(let ticket): return "\(ticket) 티켓을 종료했습니다"
        case .reopened(let ticket): return "\(ticket) 티켓을 다시 열었습니다"
        case .paymentRecorded(let ticket, let ref, let amount):
            return "\(ticket) 티켓에 결제를 기록했습니다: \(ref), \(amount.formatted)"
        case .refunded(let ticket, let amount, let refundable):
            return "\(ticket) 티켓에서 \(amount.formatted) 환불을 처리했습니다. "
                + "남은 환불 가능 금액: \(refundable?.formatted ?? "-")"
        case .refundAlreadyIssued(let ticket, let key, let amount, let at):
            return "키 '\(key)'의 환불은 \(ticket) 티켓에서 이미 처리되었습니다 (\(amount.formatted), \(at.rfc3339)). "
                + "다시 환불하지 않았습니다"
        case .rated(let ticket, let score):
            return "\(ticket) 티켓에 평가를 기록했습니다: \(score)/\(Rating.scores.upperBound)"
        case .faqAdded(let id): return "FAQ 항목을 추가했습니다: \(id)"
        case .faqUpdated(let id): return "FAQ 항목을 수정했습니다: \(id)"
        case .faqUnchanged(let id): return "FAQ 항목 \(id)의 내용이 이미 같습니다. 바뀐 것이 없습니다"
        case .faqRemoved(let id): return "FAQ 항목을 삭제했습니다: \(id)"
        case .faqImported(let source, let added, let updated, let unchanged):
            return "\(source)에서 가져왔습니다: \(added)개 추가, \(updated)개 수정, \(unchanged)개 그대로"
        case .builtInFAQName: return "기본 제공 FAQ"
        case .deskCreated(let path): return "\(path)에 빈 데스크를 만들었습니다"
        case .deskExists(let path): return "\(path)에 이미 데스크가 있습니다. 로그는 그대로 두었습니다"

        case .alreadyChained(let path): return "\(path): 모든 줄이 이미 연결되어 있습니다. 바꾼 것이 없습니다"
        case .chained(let path, let lines, let backup):
            return "\(path): \(lines)줄을 연결했습니다. 원래 로그는 \(backup)에 보관했습니다"
        case .logShrank(let path, let bytes):
            return "참고: \(path)이(가) 이 컴퓨터에서 cs가 마지막으로 읽었을 때보다 \(bytes)바이트 짧습니다. git checkout, reset, "
                + "merge나 cs repair 때문이 아니라면 끝에서 줄이 지워진 것이며, 체크섬으로는 드러나지 않습니다"
        case .unchainedLines(let count):
            return "참고: \(count)줄은 연결 체크섬 이전 형식이라, 그 사이의 줄이 지워지거나 옮겨져도 드러나지 않습니다. "
                + "'cs upgrade'로 연결하세요"
        case .gitRegistered(let root):
            return "\(root)의 git 저장소가 이제 로그를 이벤트 단위로 병합합니다 (병합 드라이버 cs-events. "
                + ".gitattributes와 .gitignore를 커밋하세요)"
        case .noSettingsChanges:
            return "서비스 수준을 바꾼 적이 없어 기본값이 적용 중입니다 (cs sla policy, cs sla hours)"
        case .gitDriverMissing(let root):
            return "경고: \(root)의 git 저장소에 로그용 병합 드라이버가 없어 git이 로그를 줄 단위로 병합합니다. "
                + "이 복제본에서 'cs init'을 실행하세요 (로그는 바뀌지 않습니다)"
        case .snapshotTailIgnored(let value):
            return "경고: CS_SNAPSHOT_TAIL '\(value)'은(는) 0 이상의 바이트 수가 아니어서 스냅숏은 평소 한도를 씁니다"
        case .followUpScheduled, .followUpDone, .followUpCancelled, .followUpEntry, .followUpClosedEntry,
            .openFollowUp, .undid, .undoneChange, .undoneNote, .undoneMark, .retractedMark, .hookFailed, .hookTimedOut,
            .hookNotStarted,
            .hookTimeoutIgnored:
            return followUpText(message)
        case .importedTickets, .importPreviewTickets, .importedEvents, .importPreviewEvents, .merged, .mergedRedirect,
            .fromDuplicate, .writingToSurvivor:
            return importText(message)
        case .conflictMark, .refundVoid, .conflictsSettled, .conflictAt, .conflictsFound, .syncCommitted,
            .syncNothingToCommit, .syncNoRemote, .syncPulled, .syncPushed, .syncUpToDate, .syncOpenConflicts,
            .syncNothingToPush:
            return teamText(message)
        case .nothingToRepair(let path): return "\(path): 고칠 것이 없습니다"
        case .completedLastLine(let path, let line):
            return "\(path):\(line): 마지막 이벤트는 온전했지만 줄바꿈이 빠져 있어 채워 넣었습니다"
        case .cutTornLine(let path, let line, let bytes, let backup):
            return "\(path):\(line): 불완전한 마지막 줄을 잘라냈습니다 (\(bytes)바이트)"
                + (backup.map { ". 잘라낸 바이트는 \($0)에 저장했습니다" } ?? "")
        case .verified(let path, let events): return "\(path): 이벤트 \(events)개, 문제 없음"

        case .cutBytesNotSaved(let bytes, let reason):
            return "경고: 잘라낸 \(bytes)바이트를 저장하지 못했습니다 (\(logFailure(reason))). "
                + "어떤 명령도 기록했다고 알리지 않은 불완전한 이벤트였습니다"
        case .tornLastLineShownWithout(let path, let line):
            return "경고: \(path):\(line): 마지막 줄이 불완전합니다 (쓰기가 중간에 끊겼습니다). "
                + "그 줄을 빼고 보여 줍니다. 'cs repair' 명령을 실행하세요"
        case .unknownTimeZone(let name):
            return "경고: TZ의 '\(name)'은(는) 알 수 없는 시간대라 UTC로 표시합니다 "
                + "(Asia/Seoul 같은 시간대 이름이나 KST-9 같은 POSIX 규칙을 쓰세요)"
        case .unreadableZoneFile(let path): return "경고: '\(path)'은(는) 읽을 수 있는 시간대 파일이 아니라 UTC로 표시합니다"
        case .masked(let kind, let field):
            return "\(fieldName(field))에 있던 \(sensitiveKind(kind))를 기록하기 전에 가렸습니다 (끝 네 자리만 남깁니다)"
        case .deskFAQStarted:
            return "이제 이 데스크에 자체 FAQ가 있으므로 검색에 기본 제공 FAQ를 쓰지 않습니다 "
                + "('cs faq import --builtin' 명령으로 복사해 올 수 있습니다)"
        case .deskFAQEmptied: return "이 데스크에 남은 FAQ 항목이 없습니다. 검색에 다시 기본 제공 FAQ를 씁니다"
        case .openToOtherUsers(let path, let mode, let wanted):
            return "경고: 다른 사용자도 \(path)에 접근할 수 있습니다 (모드 \(mode)). 개인정보가 들어 있으니 "
                + "권한을 바꾸세요: chmod \(wanted) \(path)"
        case .faqOffer(let ticket): return "이 티켓에 답이 될 만한 FAQ 항목 (cs reply \(ticket) --faq ID):"

        case .noTicketsMatch: return "조건에 맞는 티켓이 없습니다"
        case .noFAQEntriesMatch: return "조건에 맞는 FAQ 항목이 없습니다"
        case .noFAQEntryMatches(let query): return "'\(query)'에 맞는 FAQ 항목이 없습니다"
        case .faqQueryWithoutTopic(let query):
            return "'\(query)'에는 찾을 말이 없습니다. 환불, 비밀번호처럼 무엇에 관한 것인지 말하는 낱말을 넣어 "
                + "주세요(어떻게, 하나요처럼 모든 질문에 있는 말만으로는 찾을 수 없습니다)"
        case .noFAQEntryMatchesTicket(let ticket): return "\(ticket) 티켓에 맞는 FAQ 항목이 없습니다"

        case .editorInstructions(let kind): return "위에 \(body(kind))을(를) 쓰세요. 맨 앞이 '#'인 줄은 무시됩니다."
        case .editorAbortHint(let kind): return "\(body(kind))이(가) 비어 있으면 중단하며, 로그에는 아무것도 기록하지 않습니다."
        case .editorHintTicket(let ticket): return "대상 티켓: \(ticket)"
        case .editorHintEscalation(let ticket): return "\(ticket) 티켓을 상향하는 이유는 무엇인가요?"
        case .editorHintQuestion(let question): return "질문: \(question)"
        case .editorHintFAQEntry(let id, let question): return "FAQ 항목 \(id): \(question)"
        case .editorHintOpening(let subject): return "새 티켓: \(subject). 본문 없이 열려면 --body '' 옵션을 쓰세요."

        case .label(let label): return self.label(label)
        case .header(let header): return self.header(header)
        case .threadEvent(let content): return threadEventText(content)
        case .threadLabel(let kind):
            switch kind {
            case .message: return "(고객)"
            case .reply: return "(답변)"
            case .note: return "(내부 메모 — 고객에게 보이지 않음)"
            default: return "(\(kind.rawValue))"
            }
        case .none: return "(없음)"

        case .age(let age):
            switch age {
            case .now: return "방금"
            case .minutes(let count): return "\(count)분"
            case .hours(let count): return "\(count)시간"
            case .days(let count): return "\(count)일"
            case .months(let count): return "\(count)개월"
            case .years(let count): return "\(count)년"
            }
        case .ago(let age): return age == .now ? "(방금)" : "(\(text(.age(age))) 전)"
        case .duration(let seconds): return English.duration(seconds, units: ("일", "시간", "분", "초"))

        case .clockName(let kind): return kind == .firstResponse ? "첫 응답" : "해결"
        case .clockStanding(let standing):
            switch standing {
            case .met: return "달성"
            case .breached: return "초과"
            case .running: return "진행 중"
            case .paused: return "일시 정지"
            }
        case .clockElapsed(let elapsed, let target):
            return text(.duration(elapsed)) + " / 목표 " + text(.duration(target))
        case .clockBreachedAt(let time): return time + "에 초과"
        case .clockStoppedAt(let time): return time + "에 완료"
        case .clockDue(let time, let left): return "기한 \(time) (\(text(.duration(left))) 남음)"
        case .clockPausedFor(let seconds): return text(.duration(seconds)) + " 일시 정지"
        case .intervalState(let state):
            switch state {
            case .counting: return "진행"
            case .paused: return "일시 정지"
            case .stopped: return "완료"
            }
        case .slaPolicySet(let priority, let target):
            return "\(priority.rawValue): 첫 응답 \(text(.duration(target.firstResponse))) 이내, "
                + "해결 \(text(.duration(target.resolution))) 이내"
        case .slaHoursSet(.always): return "서비스 수준을 24시간 내내 계산합니다"
        case .slaHoursSet(.schedule(let schedule)):
            return "서비스 수준을 " + Korean.days(schedule.days) + " " + SLAHoursSet.clock(schedule.opens) + "–"
                + SLAHoursSet.clock(schedule.closes) + " " + schedule.zone + " 기준으로 계산합니다"
                + (schedule.holidays.isEmpty ? "" : " (휴일: " + schedule.holidays.joined(separator: ", ") + ")")
        case .unknownScheduleZone(let zone):
            return "경고: 업무 시간의 시간대 '\(zone)'을(를) 이 컴퓨터에서 찾을 수 없어 UTC로 계산합니다 "
                + "('cs sla hours'로 다시 정하세요)"

        case .statsTitle(let since, let until, let at, let asOf):
            return (since.map { "\($0)부터 " } ?? "처음부터 ") + (until.map { "\($0) 전까지" } ?? (asOf ? "그때까지" : "지금까지"))
                + " 접수된 티켓, " + at + (asOf ? " 시점 기준" : " 기준")
        case .statsLabel(let label):
            switch label {
            case .tickets: return "티켓"
            case .firstResponse: return "첫 응답"
            case .resolution: return "해결"
            case .wait: return "고객 대기"
            case .reopenRate: return "재오픈 비율"
            case .satisfaction: return "고객 만족도"
            case .serviceLevels: return "서비스 수준"
            case .refunds: return "환불"
            case .backlogAge: return "미해결 기간"
            case .openedPerDay: return "일별 접수"
            case .comments: return "고객 의견"
            case .followUps: return "후속 조치"
            }
        case .statsCounts(let opened, let solved, let closed, let reopened, let backlog):
            return "접수 \(opened), 해결 \(solved), 종료 \(closed), 재오픈 \(reopened), 미해결 \(backlog)"
        case .statsDistribution(let median, let p90, let count): return "중앙값 \(median), p90 \(p90) (\(count)건)"
        case .statsRate(let rate): return "해결률 \(rate)"
        case .statsLongestWaiting(let ticket, let wait): return "지금 가장 오래 기다리는 고객: \(wait) (\(ticket))"
        case .statsSatisfaction(let average, let responses, let rate):
            return "5점 만점에 \(average)점, 평가 \(responses)건 (해결 티켓의 \(rate))"
        case .statsFollowUps(let onTime, let late, let open, let overdue, let cancelled):
            return "완료 \(onTime + late)건 (제때 \(onTime)건, 늦게 \(late)건), 대기 \(open)건 (기한 지남 \(overdue)건), "
                + "취소 \(cancelled)건"
        case .statsRefunds(let count, let total): return "\(count)건, 합계 \(total)"
        case .statsLevelHeld(let clock, let met, let breached):
            return "\(clock) SLA 준수율 \(met) (미준수 \(breached)건)"
        case .backlogAgeBucket(let age):
            switch age {
            case .underAnHour: return "1시간 미만"
            case .underFourHours: return "1–4시간"
            case .underADay: return "4–24시간"
            case .underThreeDays: return "1–3일"
            case .underAWeek: return "3–7일"
            case .overAWeek: return "7일 초과"
            }
        case .groupHeader(let grouping):
            switch grouping {
            case .agent: return "담당자"
            case .category: return "분류"
            case .channel: return "채널"
            case .priority: return "우선순위"
            case .tier: return "단계"
            case .customer: return "고객"
            }
        case .blameField(let field):
            switch field {
            case .subject: return "제목"
            case .status: return "상태"
            case .priority: return "우선순위"
            case .category: return "분류"
            case .channel: return "채널"
            case .customer: return "고객"
            case .assignee: return "담당자"
            case .tier: return "단계"
            case .tags: return "태그"
            case .payment: return "결제"
            case .refunded: return "환불액"
            case .rating: return "평가"
            }
        }
    }

    private static func list(_ tags: [String]) -> String { tags.isEmpty ? text(.none) : tags.joined(separator: ", ") }

    /// A thread entry that is not a message, reply or note, worded in Korean (English uses
    /// `ThreadEntry.Content.text`, which JSON output shares).
    static func threadEventText(_ content: ThreadEntry.Content) -> String {
        switch content {
        case .message(let text), .reply(let text), .note(let text): return text
        case .assigned(let agent, let previous?, let reason):
            return "\(previous)에서 \(agent)에게 재배정" + (reason.map { ": \($0)" } ?? "")
        case .assigned(let agent, nil, let reason): return "\(agent)에게 배정" + (reason.map { ": \($0)" } ?? "")
        case .escalated(let tier, let agent, let reason):
            return "\(tier.rawValue) 단계로 상향" + (agent.map { ", \($0)에게 배정" } ?? "") + ": \(reason)"
        case .priority(let before, let after): return "우선순위 \(before.rawValue) → \(after.rawValue)"
        case .tags(let added, let removed):
            return "태그 " + (added.map { "+" + $0 } + removed.map { "-" + $0 }).joined(separator: " ")
        case .status(let before, let after): return "상태 \(before.rawValue) → \(after.rawValue)"
        case .closed(let reason): return reason.map { "종료: \($0)" } ?? "종료"
        case .reopened(let reason): return reason.map { "다시 열림: \($0)" } ?? "다시 열림"
        case .payment(let payment): return "결제 \(payment.ref) \(payment.amount.formatted)"
        case .refund(let amount, let reason): return "환불 \(amount.formatted): \(reason)"
        case .rating(let score, let comment): return "평가 \(score)/5" + (comment.map { ": \($0)" } ?? "")
        case .followUp(let due, let note): return "후속 조치 예정 \(due.rfc3339)" + (note.map { ": \($0)" } ?? "")
        case .followUpClosed(let due, let outcome):
            return "후속 조치(\(due.rfc3339)) " + (outcome == .done ? "완료" : "취소")
        case .undone(let type, let event): return "\(type) \(event) 되돌림"
        case .merged(let into, let reason): return "\(into)(으)로 병합: \(reason)"
        case .absorbed(let from): return "\(from)이(가) 이 티켓으로 병합됨"
        case .settled(let count, let voided, let reason):
            return "충돌 \(count)건 정리"
                + (voided.isEmpty ? "" : ", 무효 " + voided.map(\.formatted).joined(separator: ", ")) + ": \(reason)"
        }
    }

    static func body(_ kind: BodyKind) -> String {
        switch kind {
        case .reply: return "답변 내용"
        case .note: return "메모 내용"
        case .customerMessage: return "메시지 내용"
        case .firstMessage: return "고객의 첫 메시지"
        case .answer: return "답변"
        case .escalationReason: return "사유"
        }
    }

    /// Both end in a vowel, so `masked` can follow them with 를.
    static func sensitiveKind(_ kind: SensitiveData.Kind) -> String {
        switch kind {
        case .cardNumber: return "카드 번호"
        case .residentRegistrationNumber: return "주민등록번호"
        }
    }

    /// A stored field's name as a person knows it from the command line.
    static func fieldName(_ field: String) -> String {
        switch field {
        case "body": return "본문"
        case "subject": return "제목"
        case "customer.name": return "고객 이름"
        case "customer.email": return "--email"
        case "customer.phone": return "--phone"
        case "ref", "payment.ref": return "결제 참조 번호"
        case "tags", "added", "removed": return "태그"
        case "agent": return "상담원 이름"
        case "by": return "작업자 이름(--as, CS_AGENT)"
        case "reason": return "--reason"
        case "comment": return "--comment"
        case "idempotencyKey": return "--idempotency-key"
        case "question", "answer", "title", "category":
            let words = ["question": "질문", "answer": "답변", "title": "제목", "category": "분류"]
            return "FAQ 항목의 " + (words[field] ?? field)
        default: return "'\(field)' 필드"
        }
    }

    static func label(_ label: Message.Label) -> String {
        switch label {
        case .status: return "상태"
        case .priority: return "우선순위"
        case .category: return "분류"
        case .channel: return "채널"
        case .tier: return "단계"
        case .customer: return "고객"
        case .assignee: return "담당자"
        case .tags: return "태그"
        case .created: return "생성"
        case .firstResponse: return "첫 응답"
        case .resolved: return "해결"
        case .payment: return "결제"
        case .refunded: return "환불액"
        case .refundable: return "환불 가능액"
        case .rating: return "평가"
        case .faqUsed: return "사용한 FAQ"
        case .question: return "질문"
        case .language: return "언어"
        case .source: return "출처"
        case .followUps: return "후속 조치"
        }
    }

    static func header(_ header: Message.Header) -> String {
        switch header {
        case .id: return "ID"
        case .status: return "상태"
        case .priority: return "우선순위"
        case .age: return "경과"
        case .assignee: return "담당자"
        case .customer: return "고객"
        case .subject: return "제목"
        case .source: return "출처"
        case .lang: return "언어"
        case .category: return "분류"
        case .question: return "질문"
        case .opened: return "접수"
        case .firstResponse: return "첫 응답"
        case .wait: return "대기"
        case .resolved: return "해결률"
        case .reopened: return "재오픈"
        case .satisfaction: return "만족도"
        case .slaMet: return "SLA 달성"
        case .field: return "필드"
        case .value: return "값"
        case .event: return "이벤트"
        case .time: return "시각"
        case .by: return "작성자"
        case .due: return "예정"
        }
    }

    /// `월–금`, `월, 수, 금`: weekdays as a Korean sentence names them.
    static func days(_ days: [Weekday]) -> String {
        let names: [Weekday: String] = [
            .mon: "월", .tue: "화", .wed: "수", .thu: "목", .fri: "금", .sat: "토", .sun: "일",
        ]
        let indices = days.map { Weekday.allCases.firstIndex(of: $0)! }
        if indices.count > 2, indices.last! - indices.first! == indices.count - 1 {
            return names[days.first!]! + "–" + names[days.last!]!
        }
        return days.map { names[$0]! }.joined(separator: ", ")
    }
}

import CSDomain

extension Korean {
    static func help(_ key: HelpKey) -> String {
        switch key {
        case .overviewTitle: return "cs — 추가 전용 이벤트 로그로 관리하는 고객 지원 데스크 티켓"
        case .overviewMore: return "명령별 옵션과 예시는 'cs help COMMAND'로 볼 수 있습니다."
        case .usageHeading: return "사용법:"
        case .argumentsHeading: return "인자:"
        case .optionsHeading: return "옵션:"
        case .globalOptionsHeading: return "전역 옵션:"
        case .examplesHeading: return "예시:"
        case .commandsHeading: return "명령:"
        case .requiredSuffix: return " (필수)"
        case .repeatableSuffix: return ". 여러 번 쓸 수 있음"
        case .groupSetup: return "준비"
        case .groupWriting: return "티켓 작업"
        case .groupReading: return "조회"
        case .groupHelp: return "도움말"
        case .exitCodesTitle: return "cs 종료 코드 — 스크립트가 믿고 쓸 수 있는 값"
        case .exitCodesFooter:
            return "모든 오류는 표준 오류에 'cs: '로 시작하는 한 줄로 출력되며, 로그에는 아무것도\n추가되지 않습니다."

        case .manSection: return "사용자 명령"
        case .manName: return "이름"
        case .manSummary: return "추가 전용 이벤트 로그로 관리하는 고객 지원 데스크 티켓"
        case .manSynopsis: return "개요"
        case .manDescriptionHeading: return "설명"
        case .manDescription:
            return "cs는 고객 지원 데스크의 티켓을 추가 전용 JSON Lines 이벤트 로그(.cs/events.jsonl)에\n"
                + "보관합니다. 모든 변경은 이벤트로 덧붙여지고, 각 티켓의 상태는 로그를 처음부터 재생한\n"
                + "결과입니다. 로그는 git이 .git을 찾는 방식으로 찾습니다: --log, 없으면 CS_LOG, 그것도 없으면\n"
                + "현재 폴더에서 위로 올라가며 가장 가까운 .cs/ 폴더를 씁니다. 메시지와 도움말은 CS_LANG이나\n"
                + "로캘(영어 또는 한국어)을 따르며, JSON 출력과 로그는 어느 언어에서나 같습니다."
        case .manGlobalOptionsHeading: return "전역 옵션"
        case .manCommandsHeading: return "명령"
        case .manEnvironmentHeading: return "환경 변수"
        case .manExitStatusHeading: return "종료 코드"
        case .manSentenceEnd: return "."

        case .globalLog: return "사용할 이벤트 로그의 경로 (없으면 CS_LOG, 그다음 가장 가까운 .cs/)"
        case .globalAs: return "작업하는 상담원 이름 (없으면 CS_AGENT, 그다음 로그인 이름)"
        case .globalJSON: return "사람이 읽는 텍스트 대신 프로그램용 JSON 출력"
        case .globalQuiet: return "스크립트에 필요한 것만 출력 (open은 새 ID만)"
        case .globalColor: return "출력에 색을 쓸지 여부. auto는 터미널에서만 쓰고, NO_COLOR가 설정되어 있으면 쓰지 않음"
        case .globalHelp: return "명령의 도움말 보기"
        case .globalVersion: return "cs 버전 출력"
        case .ticketArgument: return "티켓 ID, 또는 하나로 특정되는 ID의 앞부분"
        case .faqLanguageFilter: return "이 언어의 항목만"
        case .faqLimit: return "최대 N개 항목 표시 (기본값 5)"

        case .initAbstract: return "현재 폴더에 데스크(빈 이벤트 로그를 담은 .cs/)를 만듭니다"
        case .initDiscussion:
            return "폴더는 소유자만 쓸 수 있게(0700), 로그는 0600으로 만듭니다. --log PATH를 주면 로그를 PATH에 만듭니다."
        case .completionAbstract: return "bash, zsh, fish용 자동 완성 스크립트를 출력합니다"
        case .completionDiscussion:
            return "같은 스크립트가 completions/에도 들어 있습니다. 설치 방법:\n"
                + "  bash: cs completion bash > ~/.local/share/bash-completion/completions/cs\n"
                + "  zsh:  cs completion zsh > ~/.zfunc/_cs   (compinit 앞에 fpath=(~/.zfunc $fpath) 추가)\n"
                + "  fish: cs completion fish > ~/.config/fish/completions/cs.fish"
        case .completionShell: return "bash, zsh 또는 fish"
        case .completeAbstract: return "셸 자동 완성에 쓸 값을 출력합니다 (제목이 붙은 티켓, 상담원, 질문이 붙은 FAQ 항목)"
        case .completeWhat: return "tickets, agents 또는 faq"
        case .repairAbstract: return "비정상 종료로 끊긴 마지막 줄을 백업해 두고 잘라냅니다"
        case .repairDiscussion:
            return "이벤트를 덧붙이는 도중에 비정상 종료되거나 강제 종료되면 마지막 줄이 불완전하게 남을 수 있습니다. "
                + "repair는 그 줄의 바이트를 로그 옆에 저장한 뒤(events.jsonl.repair-TIME.bak. 이름이 이미 있으면 -2, -3, ...) "
                + "잘라냅니다. 잘라내는 데는 여유 공간이 필요 없습니다: 디스크가 가득 차 있으면 경고를 보이고 저장하지 않은 채 "
                + "잘라냅니다. 온전한 이벤트는 절대 지우지 않습니다: 줄바꿈만 빠진 완전한 마지막 이벤트는 줄바꿈을 채워 "
                + "완성합니다. 그 밖의 손상은 고치지 않습니다. 'cs verify' 명령으로 확인하세요."

        case .upgradeAbstract: return "이전 cs가 쓴 로그의 체크섬을 연결합니다 (백업을 남깁니다)"
        case .upgradeDiscussion:
            return "형식 버전 2 이전에 쓴 줄은 체크섬이 줄마다 따로라서, 그 사이의 줄이 지워지거나 옮겨져도 "
                + "드러나지 않습니다. upgrade는 원래 로그를 옆에 보관한 뒤(events.jsonl.upgrade-TIME.bak) 그 줄들을 "
                + "앞 줄의 체크섬까지 포함하는 버전 2로 다시 씁니다. 이벤트 내용은 그대로이고 파일 크기도 같습니다. "
                + "손상된 로그는 거부합니다. 먼저 복구하세요('cs verify')."
        case .mergeDriverAbstract: return "로그의 두 복사본을 이벤트 단위로 병합합니다 (로그용 git 병합 드라이버)"
        case .mergeDriverBase: return "공통 조상의 로그 (%O)"
        case .mergeDriverOurs: return "이쪽의 로그, 병합 결과를 쓰는 곳 (%A)"
        case .mergeDriverTheirs: return "다른 쪽의 로그 (%B)"
        case .mergeDriverPath: return "작업 트리 안의 로그 경로 (%P), 메시지에 쓰임"
        case .openAbstract: return "고객 문의로 티켓을 열고 ID를 출력합니다"
        case .openDiscussion:
            return "본문이 있으면 고객의 첫 메시지가 됩니다. -q를 주면 스크립트에서 쓰기 좋게 ID만 출력합니다. "
                + "티켓에 답이 될 만한 FAQ 항목은 표준 오류로 제안합니다."
        case .openSubject: return "문제를 한 줄로 요약한 제목"
        case .openCustomer: return "고객 이름"
        case .openEmail: return "고객 이메일 주소"
        case .openPhone: return "고객 전화번호"
        case .openCategory: return "문의 분류. 기본값 other"
        case .openChannel: return "문의가 들어온 채널. 기본값 web"
        case .openPriority: return "긴급한 정도. 기본값 normal"
        case .openTag: return "티켓에 붙일 태그"
        case .openPayment: return "티켓과 관련된 결제 (--amount 필요)"
        case .openAmount: return "결제 금액, 59000 KRW나 12.50 USD처럼 기본 화폐 단위로 (--payment 필요)"
        case .openCurrency: return "결제 통화(ISO 4217). 기본값 KRW"
        case .openBody: return "고객의 첫 메시지"
        case .openBodyFile: return "첫 메시지를 읽을 FILE, 표준 입력에서 읽으려면 -"

        case .replyAbstract: return "고객에게 공개 답변을 보내거나, 고객이 보낸 메시지를 기록합니다"
        case .replyDiscussion:
            return "상담원의 첫 답변이 티켓의 첫 응답이 되며, new 티켓은 open이 됩니다. "
                + "--from-customer를 주면 텍스트를 고객이 보낸 것으로 기록하고, pending이나 solved 티켓은 다시 open이 됩니다. "
                + "--faq ID만 주고 텍스트를 주지 않으면 FAQ 항목의 답변을 보냅니다. 텍스트도 주면 그 텍스트를 보내고 "
                + "항목은 출처로 기록합니다. 사용한 항목은 'cs show'에 나옵니다."
        case .replyText: return "답변 내용, 표준 입력에서 읽으려면 -"
        case .replyBodyFile: return "답변을 읽을 FILE, 표준 입력에서 읽으려면 -"
        case .replyFromCustomer: return "고객에게 보내는 답변 대신 고객이 보낸 메시지로 기록"
        case .replyFAQ: return "이 FAQ 항목으로 답변 (TEXT가 없으면 항목의 답변을 보냄)"
        case .noteAbstract: return "고객에게는 보이지 않는 내부 메모를 남깁니다"
        case .noteText: return "메모 내용, 표준 입력에서 읽으려면 -"
        case .noteBodyFile: return "메모를 읽을 FILE, 표준 입력에서 읽으려면 -"

        case .assignAbstract: return "티켓을 상담원에게 배정하거나, 같은 단계의 다른 상담원에게 넘깁니다(재배정)"
        case .assignDiscussion:
            return "new 티켓은 open이 됩니다. 이미 담당자가 있는 티켓은 재배정되며 단계는 그대로입니다"
                + "(단계를 올리려면 'cs escalate'를 쓰세요). "
                + "--reason에는 담당자가 바뀌는 이유를 적으며 스레드에 남습니다(고객이 다른 상담원을 요청함, 근무 교대 등)."
        case .assignAgent: return "티켓을 맡을 상담원"
        case .assignReason: return "담당자가 바뀌는 이유 (스레드에 표시)"
        case .escalateAbstract: return "티켓을 더 높은 단계로 상향하고, 필요하면 다른 상담원에게 넘깁니다"
        case .escalateDiscussion:
            return "단계는 L1 < L2 < L3 순입니다. --to가 없으면 다음 단계로 올립니다. --to에 단계(L2, L3)를 쓰면 "
                + "그 단계로 올리고, 상담원 이름(--to AGENT)을 쓰면 다음 단계로 이관(에스컬레이션)하면서 그 상담원에게 배정합니다. "
                + "L3보다 높이 올리거나 없는 단계(--to L4)를 지정하면 거부합니다. 같은 단계의 다른 사람에게 넘기려면 "
                + "'cs assign TICKET AGENT --reason TEXT'를 쓰세요."
        case .escalateReason: return "상향하는 이유 (필수. 터미널에서는 편집기가 열려 입력받음)"
        case .escalateTo: return "이관할 단계, 또는 넘겨받을 상담원"
        case .priorityAbstract: return "티켓의 긴급도를 바꿉니다 (urgent 티켓은 대기열 맨 앞으로 갑니다)"
        case .priorityPriority: return "low, normal, high 또는 urgent"
        case .tagAbstract: return "태그를 추가(+TAG)하거나 삭제(-TAG)합니다"
        case .tagDiscussion: return "기호 없이 쓴 단어는 태그를 추가합니다. 종료된 티켓의 태그도 바꿀 수 있습니다."
        case .tagChange: return "추가는 +TAG, 삭제는 -TAG"
        case .statusAbstract: return "티켓 상태를 open, pending(고객 응답 대기), solved 중 하나로 바꿉니다"
        case .statusDiscussion: return "종료하려면 'cs close', 다시 열려면 'cs reopen'을 쓰세요."
        case .statusStatus: return "open, pending 또는 solved"
        case .closeAbstract: return "티켓을 종료합니다. 다시 열기 전까지 최종 상태입니다"
        case .closeReason: return "종료하는 이유"
        case .reopenAbstract: return "solved나 closed 상태인 티켓을 다시 엽니다"
        case .reopenReason: return "다시 처리해야 하는 이유"
        case .paymentAbstract: return "티켓과 관련된 결제를 기록합니다. 환불은 이 결제에서 나갑니다"
        case .paymentDiscussion:
            return "AMOUNT는 기본 화폐 단위로 씁니다(50000 KRW, 12.50 USD). 결제는 첫 환불 전까지 고칠 수 있습니다."
        case .paymentRef: return "결제 참조 번호 (PG 거래 ID, 주문 번호)"
        case .paymentAmount: return "결제 금액"
        case .paymentCurrency: return "통화(ISO 4217). 기본값 KRW"
        case .refundAbstract: return "티켓 결제의 일부 또는 전부를 환불합니다"
        case .refundDiscussion:
            return "AMOUNT는 결제 통화의 기본 화폐 단위로 씁니다(--currency로 따로 지정하지 않았다면). "
                + "티켓에 같은 통화로 기록된 결제가 있어야 하며, 환불 총액은 결제 금액을 넘을 수 없습니다. "
                + "이미 쓴 --idempotency-key로 다시 요청하면 원래 환불을 알려 줄 뿐 다시 환불하지 않습니다."
        case .refundAmount: return "환불할 금액"
        case .refundReason: return "환불하는 이유"
        case .refundCurrency: return "통화(ISO 4217). 기본값은 결제 통화"
        case .refundIdempotencyKey: return "이 환불을 안전하게 다시 시도할 수 있게 하는 키"
        case .rateAbstract: return "고객 만족도 점수(1~5)를 기록합니다"
        case .rateScore: return "1(매우 불만족)부터 5(매우 만족)까지"
        case .rateComment: return "고객이 남긴 의견"

        case .showAbstract: return "티켓의 현재 상태와 전체 스레드를 보여 줍니다"
        case .listAbstract: return "티켓을 대기열 순서로 나열합니다: 가장 긴급한 것부터, 같으면 오래된 것부터"
        case .listDiscussion:
            return "--status가 없으면 종료된 티켓은 빠집니다(--status active). 단 --conflicts와 --follow-ups는 모든 "
                + "상태를 보여 줍니다. --status all은 모든 티켓을 보여 줍니다. "
                + "종류가 다른 필터는 모두 맞아야 하고, 같은 필터를 여러 번 쓰면 그중 하나만 맞으면 됩니다. "
                + "--overdue: 아직 해결되지 않았고 서비스 수준 목표를 넘긴 티켓. --sort due: 목표까지 남은 시간이 "
                + "짧은 순서('cs sla' 참고. 기본 목표: 첫 응답 "
                + ServiceLevelText.targets(.firstResponse, minute: "분", hour: "시간", day: "일") + ". 해결 "
                + ServiceLevelText.targets(.resolution, minute: "분", hour: "시간", day: "일") + ", 24시간 내내 계산). "
                + "--as-of TIME은 그 시점의 데스크를 나열합니다."
        case .listStatus: return "이 상태의 티켓만"
        case .listPriority: return "이 우선순위만"
        case .listCategory: return "이 분류만"
        case .listChannel: return "이 채널만"
        case .listAssignee: return "AGENT에게 배정된 티켓만 ('none': 미배정)"
        case .listTier: return "이 단계만"
        case .listTag: return "이 태그가 붙은 티켓만 (여러 번 쓰면 모두 붙은 티켓)"
        case .listCustomer: return "이름, 이메일, 전화번호에 TEXT가 들어간 고객만"
        case .listSince: return "TIME 또는 그 이후에 열린 티켓만 (2026-11-01: TZ 기준 자정. RFC 3339. 또는 7d)"
        case .listUntil: return "TIME 전에 열린 티켓만 (날짜는 TZ 기준 그날 자정)"
        case .listOverdue: return "서비스 수준 목표를 넘긴 미해결 티켓만"
        case .listConflicts: return "병합으로 생긴 미해결 충돌이 있는 티켓만 (--status가 없으면 모든 상태)"
        case .listSort: return "정렬 순서: queue(기본값), created, updated, priority, status, id, customer, due"
        case .listReverse: return "순서 뒤집기"
        case .listLimit: return "최대 N개 티켓 표시"
        case .listPlain: return "스크립트용: 한 줄에 티켓 하나, 탭으로 구분, 헤더와 색 없음"
        case .logAbstract: return "이벤트 자체를 오래된 것부터 출력합니다"
        case .logDiscussion:
            return "--json을 주면 로그에 저장된 그대로 한 줄에 이벤트 하나씩 출력합니다(JSON Lines, 체크섬 포함)."
        case .logTicket: return "이 티켓의 이벤트만, FAQ 항목의 이벤트(정확한 ID로), 또는 sla: 서비스 수준 설정의 이벤트"
        case .verifyAbstract: return "로그의 모든 줄을 검사하고 손상된 곳을 알려 줍니다"
        case .verifyDiscussion:
            return "문제마다 FILE:LINE: 내용 형식으로 한 줄씩 출력하며, 문제가 하나라도 있으면 4로 종료합니다. "
                + "병합으로 생긴 충돌(cs resolve 참고)은 손상이 아니라 데스크가 처리할 일이므로, 미해결 충돌마다 "
                + "FILE:LINE: 형식으로 출력하고 개수를 알리되 종료 상태는 0입니다."

        case .faqSearchAbstract: return "질문에 답이 되는 FAQ 항목을 찾습니다"
        case .faqSearchDiscussion:
            return "질문, 제목, 태그, 답변을 대상으로 BM25로 순위를 매깁니다. 한국어는 사람이 입력하는 방식대로 찾습니다: "
                + "조사는 무시하고, 띄어쓰기 실수와 자모 하나 오타는 허용하며, 초성만 쓴 검색어(ㄱㅈ ㅂㄱ)는 초성으로 "
                + "찾습니다. 검색어로 -를 주면 표준 입력에서 한 줄에 검색어 하나씩 읽어, 검색어마다 결과를 한 줄씩 "
                + "출력합니다(--json이면 한 줄에 JSON 객체 하나)."
        case .faqSearchQuery: return "질문, 표준 입력에서 검색어를 읽으려면 -"
        case .faqShowAbstract: return "FAQ 항목 하나를 전부 보여 줍니다"
        case .faqEntryID: return "항목 ID"
        case .faqListAbstract: return "검색 대상인 FAQ 항목을 나열합니다"
        case .faqListDiscussion:
            return "자체 항목이 없는 데스크는 기본 제공 FAQ를 나열합니다. --source를 주면 출처(desk 또는 built-in)를 "
                + "보여 주는 열이 붙으며, --json은 항상 출처를 포함합니다."
        case .faqListCategory: return "이 분류의 항목만"
        case .faqListSource: return "항목마다 출처 표시: desk 또는 built-in"
        case .faqAddAbstract: return "데스크 FAQ에 항목을 추가합니다"
        case .faqAddDiscussion:
            return "--question과 답변(--answer 또는 --answer-file. 터미널에서는 편집기가 열립니다)이 필요합니다. "
                + "ID를 주지 않으면 새로 만듭니다(faq-xxxxxx). "
                + "데스크에 처음 항목을 추가하면 그때부터 검색에 기본 제공 FAQ 대신 데스크 FAQ를 씁니다."
        case .faqAddID: return "항목 ID: 영문자, 숫자, '.', '_', '-'. 40자까지"
        case .faqQuestion: return "고객이 묻는 그대로의 질문"
        case .faqAnswer: return "상담원이 보낼 답변, 표준 입력에서 읽으려면 -"
        case .faqAnswerFile: return "답변을 읽을 FILE, 표준 입력에서 읽으려면 -"
        case .faqTitle: return "짧은 제목"
        case .faqTag: return "검색에 걸려야 할 키워드"
        case .faqCategory: return "payment, account, refund, usage, security, other 또는 직접 정한 분류"
        case .faqLanguage: return "항목의 언어. 없으면 질문을 보고 추측"
        case .faqEditAbstract: return "데스크 FAQ의 항목을 바꿉니다"
        case .faqEditDiscussion:
            return "준 필드만 바꿉니다. --tag는 태그 전체를 바꾸고, --title이나 --category에 빈 값('')을 주면 지웁니다. "
                + "아무것도 주지 않고 터미널에서 실행하면 편집기에서 답변을 엽니다. "
                + "변경은 새 이벤트로 기록되므로 항목의 이력은 로그에 남습니다."
        case .faqRemoveAbstract: return "데스크 FAQ에서 항목을 삭제합니다"
        case .faqRemoveDiscussion:
            return "삭제는 새 이벤트로 기록됩니다. 항목의 이력은 로그에 남고, 그 항목을 쓴 답변도 연결을 유지합니다."
        case .faqImportAbstract: return "JSON Lines 파일에서 FAQ 항목을 추가하거나 갱신합니다"
        case .faqImportDiscussion:
            return
                "한 줄에 항목 하나: {\"id\",\"title\",\"question\",\"answer\",\"tags\",\"category\",\"lang\"} (title, tags, "
                + "category는 선택. lang은 ko 또는 en이며 없으면 추측). 이미 있는 ID는 갱신합니다. 잘못된 줄(형식에 없는 필드, "
                + "앞 줄에 이미 있는 id 등)이 있으면 "
                + "줄 번호와 함께 알리고 파일의 어떤 내용도 적용하지 않습니다. "
                + "--builtin은 기본 제공 FAQ를 데스크로 복사해 항목을 수정할 수 있게 합니다."
        case .faqImportFile: return "JSON Lines 파일, 표준 입력에서 읽으려면 -"
        case .faqImportBuiltIn: return "파일 대신 기본 제공 FAQ 가져오기"
        case .suggestAbstract: return "티켓에 답이 될 만한 FAQ 항목을 나열합니다"
        case .suggestDiscussion:
            return "티켓 제목과 고객 메시지로 FAQ를 검색합니다. --lang으로 따로 지정하지 않으면 티켓의 언어"
                + "(한글이 있으면 한국어)로 찾습니다. 답변은 'cs reply TICKET --faq ID'로 보내세요."
        case .helpAbstract: return "명령 목록이나, 한 명령의 옵션과 예시를 보여 줍니다"
        case .helpDiscussion: return "주제: exit-codes(종료 코드별 의미), log-format(디스크에 저장되는 이벤트 로그)."
        case .helpCommand: return "설명할 명령이나 주제"
        case .manPageAbstract: return "roff 형식의 매뉴얼 페이지를 출력합니다"
        case .asOf: return "TIME 시점의 데스크를 봅니다 (그때까지의 이벤트로 다시 계산)"
        case .slaAbstract: return "티켓의 서비스 수준 시계와 그렇게 계산된 이유를 보여 줍니다"
        case .slaDiscussion:
            return "첫 응답 시계는 티켓이 열린 때부터 상담원의 첫 답변까지 갑니다. 해결 시계는 티켓이 new나 open인 "
                + "동안 진행되고, pending(고객 응답 대기)인 동안 일시 정지하며, solved나 closed가 되면 완료되고, 다시 열리면 "
                + "이어서 갑니다. 두 시계 모두 업무 시간만 세며('cs sla hours'), 그 순간 티켓 우선순위의 목표를 "
                + "적용합니다('cs sla policy'): 우선순위가 바뀌면 그때부터 새 목표를 씁니다. 구간마다 그 구간을 "
                + "시작한 이벤트를 함께 보여 줍니다. 기본값: 첫 응답 "
                + ServiceLevelText.targets(.firstResponse, minute: "분", hour: "시간", day: "일") + ". 해결 "
                + ServiceLevelText.targets(.resolution, minute: "분", hour: "시간", day: "일") + ". 24시간 내내 계산."
        case .slaPolicyAbstract: return "우선순위별 서비스 수준 목표를 정합니다"
        case .slaPolicyDiscussion:
            return "DURATION은 90s, 15m, 4h, 2d처럼 씁니다. 변경은 로그에 이벤트로 남아 데스크의 모든 복제본에 "
                + "반영되며, 각 화면은 계산하는 시점에 적용되던 목표를 씁니다."
        case .slaPolicyPriority: return "low, normal, high, urgent"
        case .slaPolicyFirstResponse: return "상담원의 첫 답변 기한"
        case .slaPolicyResolution: return "티켓을 solved나 closed로 만들어야 하는 기한"
        case .slaHoursAbstract: return "서비스 수준 시계가 도는 시간을 정합니다"
        case .slaHoursDiscussion:
            return "--always는 매 순간을 셉니다. 그렇지 않으면 --days, --hours, --tz로 업무 시간을 정하고, "
                + "--holiday로 쉬는 날을 지정합니다. 그 밖의 시간은 세지 않습니다. "
                + "'cs sla policy'처럼 로그에 이벤트로 남습니다."
        case .slaHoursAlways: return "요일과 관계없이 24시간 셉니다"
        case .slaHoursDays: return "업무일: mon-fri, 또는 mon,wed,fri처럼 나열"
        case .slaHoursHours: return "업무일의 업무 시간, 예: 09:00-18:00"
        case .slaHoursZone: return "업무 시간의 시간대, 예: Asia/Seoul"
        case .slaHoursHoliday: return "세지 않는 휴일"
        case .statsAbstract: return "데스크를 측정합니다: 응답·해결 시간, 고객 대기, 만족도, 서비스 수준"
        case .statsDiscussion:
            return "--since부터 --until 전까지 열린 티켓(기본값: 전체)을 지금 또는 --as-of 시점 기준으로 셉니다. "
                + "중앙값은 가운데 값(짝수 개면 가운데 두 값의 평균), p90은 최근접 순위입니다. 잴 것이 없으면 0이 "
                + "아니라 null입니다. 해결 시간은 열린 때부터 처음 solved나 closed가 된 때까지의 실제 시간이고, "
                + "대기 시간은 고객 메시지마다 그에 답한 답변까지입니다. --by는 같은 수치를 묶음별로 보여 줍니다"
                + "(agent: 담당자, 없으면 '-'). --csv: 스프레드시트용으로 묶음마다 한 행."
        case .statsSince: return "TIME 이후(포함)에 열린 티켓만 (2026-11-01: TZ 기준 자정. RFC 3339. 또는 7d)"
        case .statsUntil: return "TIME 전에 열린 티켓만"
        case .statsBy: return "같은 수치를 묶음별로"
        case .statsCSV: return "보고서 대신 머리글 행이 있는 CSV(RFC 4180)"
        case .blameAbstract: return "티켓의 각 필드와 그 값을 마지막으로 정한 이벤트를 보여 줍니다"
        case .resolveAbstract: return "병합으로 생긴 티켓의 충돌을 정리하고, 어떤 환불이 유효한지 기록합니다"
        case .resolveDiscussion:
            return "데스크의 복제본들을 git으로 병합하면 복제본마다 지킨 규칙이 합친 결과에서는 깨질 수 있습니다: "
                + "합치면 결제 금액을 넘는 두 환불, 다른 복제본에서 종료한 티켓에 단 답변, 두 상담원이 각각 바꾼 "
                + "우선순위 등입니다. 재생은 모든 이벤트를 남기되 이런 충돌을 표시하며(cs show, cs verify, "
                + "cs list --conflicts), 충돌한 환불은 합산하지 않습니다. cs resolve는 티켓의 미해결 충돌을 이벤트 "
                + "하나로 모두 정리합니다: --void로 지정한 환불은 무효가 되고, 나머지 충돌한 환불은 남은 결제 금액 "
                + "안에 들어가면 합산하고 아니면 무효가 됩니다. 다른 충돌은 확인 처리되며 나중 값이 유지됩니다. "
                + "다른 값을 원하면 평소처럼 바꾸세요."
        case .resolveVoid: return "유효하지 않은 환불 (이벤트 ID 또는 그 앞부분)"
        case .resolveReason: return "기록할 이유 (은행이나 고객이 확인한 내용)"
        case .syncAbstract: return "데스크의 새 이벤트를 커밋하고, 팀의 이벤트를 가져오고, 올립니다"
        case .syncDiscussion:
            return "git에 둔 데스크(작업 트리에서 cs init)에서 동작합니다: 무엇이 바뀌었는지 적은 메시지로 로그를 "
                + "커밋하고, cs의 병합 드라이버로 가져오며(충돌 표시 없이 이벤트 단위로 병합), 올립니다. 빈 원격 "
                + "저장소로의 첫 동기화는 브랜치의 업스트림을 설정합니다. 원격 저장소가 없으면 커밋만 하고 그렇다고 "
                + "알립니다. 로그, .gitattributes, 데스크의 .gitignore만 커밋하며 작업 트리의 다른 변경은 그대로 "
                + "둡니다. git 명령이 실패하면 git의 메시지를 그대로 보여 줍니다(종료 상태 1)."
        case .syncMessage: return "커밋 메시지의 첫 줄 (기본값: 바뀐 내용)"
        case .followUpAbstract: return "티켓에 후속 조치를 예정하거나, 완료 또는 취소로 표시합니다"
        case .followUpDiscussion:
            return "후속 조치는 고객에게 다시 확인할 일을 잊지 않게 하는 알림입니다: 처리 후, 환불 후, 끊긴 통화 후. "
                + "어떤 상태의 티켓에도 예정할 수 있고 한 티켓에 여러 개를 둘 수 있습니다. cs show는 남은 후속 조치를, "
                + "cs list --follow-ups는 기한이 된 티켓을 보여 줍니다. --done과 --cancel은 기한이 가장 이른 후속 "
                + "조치에 적용됩니다. cs stats는 제때 완료한 것과 늦게 완료한 것을 셉니다."
        case .followUpIn: return "지금부터 이만큼 뒤: 90m, 4h, 3d"
        case .followUpAt: return "이 시각: 2026-12-01 (TZ 기준 그날 0시) 또는 RFC 3339 시각"
        case .followUpNote: return "무엇을 다시 확인할지"
        case .followUpDone: return "기한이 가장 이른 후속 조치를 완료로 표시"
        case .followUpCancel: return "기한이 가장 이른 후속 조치를 취소"
        case .importAbstract: return "스프레드시트나 다른 도구의 티켓, 또는 cs export의 이벤트를 가져옵니다"
        case .importDiscussion:
            return "티켓: 머리글 행이 있는 CSV 또는 객체의 JSON Lines로, 한 행에 티켓 하나입니다. 열: subject와 "
                + "customer(필수), email, phone 또는 contact, category, channel, priority, createdAt(지난 시각, 그때 "
                + "접수된 것으로 기록), status(new, open, pending, solved, closed), body(첫 메시지), tags, externalId. "
                + "각 행은 그 행의 시각으로 이벤트가 됩니다. 모든 행을 먼저 검사하며, 잘못된 행이 하나라도 있으면 "
                + "FILE:LINE: 내용과 함께 파일 전체를 거부하고(종료 상태 2) 아무것도 기록하지 않습니다. 같은 파일을 "
                + "다시 가져오면 전에 가져오지 않은 행만 더합니다(externalId, 없으면 행의 내용으로 판단). 이벤트: "
                + "cs export --events의 JSON Lines를 그대로(ID, 시각, 작성자) 가져오며, 데스크에 이미 있는 것은 "
                + "뺍니다. --dry-run은 가져올 내용만 알려 줍니다."
        case .importFile: return "가져올 파일 (- : 표준 입력)"
        case .importFormat: return "csv 또는 jsonl (기본값: 파일 확장자, 없으면 첫 글자로 판단)"
        case .importDryRun: return "파일을 검사하고 가져올 내용만 알려 줌 (기록하지 않음)"
        case .exportAbstract: return "데스크의 티켓이나 이벤트를 JSON Lines 또는 CSV로 내보냅니다"
        case .exportDiscussion:
            return "티켓(기본값)은 한 줄(레코드)에 하나씩, cs show --json에서 대화를 뺀 필드로 나갑니다. CSV에서 금액은 "
                + "주 단위, 목록은 공백으로 이어 씁니다. 이벤트는 로그의 이벤트를 체크섬 없이 JSON으로 로그 순서대로 "
                + "내보내며, 필터가 없으면 FAQ와 설정을 포함한 모든 이벤트가 나가 cs import로 빈 데스크에 복원할 수 "
                + "있습니다. 필터는 cs list와 같고, --status가 없으면 모든 상태입니다. CSV는 RFC 4180을 따르며(CRLF, "
                + "따옴표 두 번), --bom은 스프레드시트 프로그램을 위해 UTF-8 BOM으로 시작합니다."
        case .exportTickets: return "티켓마다 한 줄(레코드) (기본값)"
        case .exportEvents: return "이벤트 자체를 로그 순서대로"
        case .exportFormat: return "jsonl(기본값) 또는 csv"
        case .exportBOM: return "--format csv와 함께: UTF-8 BOM으로 시작 (스프레드시트 프로그램용)"
        case .mergeAbstract: return "중복 티켓을 남길 티켓으로 병합합니다"
        case .mergeDiscussion:
            return "한 문제로 두 번 연락한 고객을 위한 명령입니다. 중복 티켓은 병합으로 종료되고, 남는 티켓이 그 태그, "
                + "결제, 그 결제로 환불된 금액을 이어받습니다(같은 결제는 한 번만 셈). cs show는 두 티켓의 대화를 시간 "
                + "순으로 엮어 보여 주고 중복 티켓의 항목을 표시합니다. 중복 티켓의 ID는 계속 쓸 수 있습니다: cs show "
                + "DUPLICATE는 남는 티켓을 그렇다는 줄과 함께 보여 주고, 그 ID로 하는 변경은 남는 티켓에 기록됩니다(표준 "
                + "오류에 알림). cs log DUPLICATE는 그 티켓 자신의 이벤트를 보여 줍니다. "
                + "남은 후속 조치는 남는 티켓으로 옮겨집니다. 병합은 되돌릴 수 없습니다. "
                + "자기 자신(또는 병합 고리), 종료된 티켓으로의 병합, 서로 다른 결제의 티켓은 거부합니다(종료 상태 1)."
        case .mergeDuplicate: return "병합으로 종료될 중복 티켓"
        case .mergeInto: return "남길 티켓"
        case .mergeReason: return "같은 건인 이유"
        case .undoAbstract: return "티켓의 마지막 변경이나 지정한 변경을 되돌립니다"
        case .undoDiscussion:
            return "아직 되돌리지 않은 마지막 변경(또는 --event로 지정한 변경)을 되돌리는 이벤트를 추가하고, 무엇을 "
                + "되돌렸는지 알려 줍니다: 배정이나 이관, 상향, 우선순위, 태그, 상태, 종료나 다시 열기, 메모(철회로 "
                + "표시), 후속 조치. 그 뒤 다른 이벤트가 다시 바꾼 필드는 그대로 둡니다: 그런 변경을 되돌리려 하면 "
                + "나중 이벤트를 알려 주며 거부합니다(종료 상태 1). 로그에서 지워지는 것은 없습니다. 공개 답변은 고객에게, 환불은 은행에 이미 "
                + "전달되었으므로 되돌릴 수 없고(종료 상태 1), 고객 메시지, 평가, 결제, 충돌 정리도 되돌릴 수 없습니다."
        case .undoEvent: return "되돌릴 이벤트: ID 또는 그 앞부분 (cs log TICKET --json에 나옴)"
        case .statusFollowUp: return "지금부터 이만큼 뒤(3d)의 후속 조치도 함께 예정: 해결 후 다시 확인"
        case .listFollowUps:
            return "남은 후속 조치가 있는 티켓만, 기한이 이른 순서로: due(기본값: 지금 기한이 된 것) 또는 all"
        case .blameDiscussion:
            return "티켓판 git blame입니다: 상태, 우선순위, 담당자, 단계, 태그 등 각 필드를 마지막으로 바꾼 "
                + "이벤트(유형, ID, 시각, 작성자)를 함께 보여 줍니다. --json은 {field, value, event, type, at, "
                + "by} 배열을 출력합니다."
        }
    }

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

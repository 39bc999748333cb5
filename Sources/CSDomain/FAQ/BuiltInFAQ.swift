/// The FAQ every desk starts with, written by us for a payment service's customer centre, in
/// Korean and English: payment errors and their codes, duplicate charges, refunds and
/// cancellations, account recovery and login, security and privacy incidents, app usage and
/// how to reach us. A desk with no entries of its own searches these; `cs faq import
/// --builtin` copies them into the desk to be edited. Kept in the import format, so the
/// same reader checks them (a test fails if a line stops reading).
public enum BuiltInFAQ {
    public static let entries: [FAQEntry] = {
        do {
            return try FAQFileReader.entries(Array(jsonLines.utf8))
        } catch {
            preconditionFailure("the built-in FAQ does not read: \(error)")
        }
    }()

    /// A fingerprint of the built-in FAQ's text, for the saved index's stamp.
    public static let digest = FastHash.hash(Array(jsonLines.utf8))

    static let jsonLines = #"""
        {"id":"payment-declined-ko","title":"결제 거절","question":"카드 결제가 거절되거나 실패해요. 왜 \#
        그런가요?","answer":"결제가 거절되는 가장 흔한 이유는 카드 한도 초과, 잔액 부족, 유효기간 만료, 해외·온라인 \#
        결제 차단 설정, 카드 정보(유효기간·CVC) 입력 오류입니다. 카드사 앱에서 한도와 온라인 결제 설정을 확인한 뒤 \#
        다시 시도해 주세요. 화면에 오류 코드가 보였다면 '결제 오류 코드' 안내에서 뜻을 확인할 수 있습니다. 같은 \#
        카드로 세 번 이상 실패하면 보안을 위해 30분 동안 결제가 \#
        제한됩니다.","tags":["결제실패","카드","승인거절","한도"],"category":"payment","lang":"ko"}
        {"id":"payment-declined-en","title":"Declined payment","question":"Why was my card payment declined or did \#
        it fail?","answer":"The usual reasons are an exceeded card limit, insufficient balance, an expired card, \#
        online or overseas payments blocked by the card issuer, or a mistyped expiry date or CVC. Check your limit \#
        and online payment settings in your card issuer's app, then try again. If an error code was shown, see \#
        'Payment error codes'. After three failures with the same card, payments are paused for 30 minutes for your \#
        protection.","tags":["declined","failed payment","card","limit"],"category":"payment","lang":"en"}
        {"id":"payment-error-codes-ko","title":"결제 오류 코드","question":"결제할 때 나온 오류 코드는 무슨 \#
        뜻인가요?","answer":"E101 잔액 또는 한도 부족: 카드사 한도나 계좌 잔액을 확인하세요. E102 유효기간·CVC \#
        불일치: 카드 정보를 다시 입력하세요. E103 카드사 승인 거절: 카드사 고객센터에 거절 사유를 문의하세요. E201 \#
        결제 비밀번호 5회 오류: 결제 비밀번호를 재설정하세요. E301 일시적인 통신 오류: 결제되지 않았으니 잠시 후 \#
        다시 시도하세요. E302 가맹점 응답 지연: 결제 내역을 확인한 뒤 중복 결제가 보이면 고객센터로 알려 주세요. \#
        E900 보안 점검으로 결제 제한: 본인 확인 후 \#
        해제됩니다.","tags":["오류코드","에러","E101","E102","E103",\#
        "E201","E301","E302","E900"],"category":"payment","lang":"ko"}
        {"id":"payment-error-codes-en","title":"Payment error codes","question":"What does the error code shown \#
        during payment mean?","answer":"E101 insufficient balance or limit: check your card limit or account \#
        balance. E102 expiry date or CVC mismatch: enter the card details again. E103 declined by the card issuer: \#
        ask your card issuer why. E201 payment PIN wrong five times: reset your payment PIN. E301 temporary network \#
        error: nothing was charged, try again shortly. E302 merchant timeout: check your payment history and tell us \#
        if you see a duplicate charge. E900 payments restricted by a security check: lifted after identity \#
        verification.","tags":["error \#
        code","E101","E102","E103","E201","E301","E302","E900"],"category":"payment","lang":"en"}
        {"id":"duplicate-charge-ko","title":"중복 결제","question":"한 번 결제했는데 두 번 \#
        청구됐어요.","answer":"통신이 지연되면 같은 주문이 두 번 승인된 것처럼 보일 수 있습니다. 대부분 하나는 승인 \#
        대기 상태로 남았다가 1~3영업일 안에 자동으로 취소됩니다. 3영업일이 지나도 두 건이 모두 청구되어 있다면 결제 \#
        내역 화면의 승인번호 두 개를 알려 주세요. 확인 즉시 한 건을 취소하며, 카드 대금에 이미 반영됐다면 다음 \#
        청구에서 차감되거나 환불됩니다.","tags":["이중결제","중복청구","두번결제","두 번 빠져나감","돈이 두 번 \#
        나감","이중 출금"],"category":"payment","lang":"ko"}
        {"id":"duplicate-charge-en","title":"Duplicate charge","question":"I paid once but was charged \#
        twice.","answer":"When the network is slow, one order can appear as two authorisations. Usually one stays \#
        pending and is cancelled automatically within 1 to 3 business days. If both are still charged after 3 \#
        business days, send us the two approval numbers from your payment history. We cancel one as soon as we \#
        confirm it; if it already reached your card statement, it is deducted from the next bill or \#
        refunded.","tags":["double charge","charged twice","duplicate"],"category":"payment","lang":"en"}
        {"id":"payment-pending-ko","title":"결제 후 주문 미확인","question":"결제는 됐는데 주문 내역에 보이지 \#
        않아요.","answer":"가맹점이 결제 완료를 받기까지 최대 10분이 걸릴 수 있습니다. 10분이 지나도 주문이 없으면 \#
        결제 내역에서 상태를 확인해 주세요. '승인 대기'이면 가맹점 확인 중이고, '취소'이면 돈이 빠져나가지 않습니다. \#
        승인 완료인데 주문이 없다면 승인번호와 가맹점 이름을 알려 주시면 가맹점에 확인한 뒤 주문을 복구하거나 결제를 \#
        취소해 드립니다.","tags":["결제완료","주문누락","승인대기"],"category":"payment","lang":"ko"}
        {"id":"payment-pending-en","title":"Paid but no order","question":"My payment went through but the order \#
        does not show up.","answer":"It can take up to 10 minutes for the merchant to receive the payment \#
        confirmation. After that, check the status in your payment history: 'pending' means the merchant is still \#
        confirming, 'cancelled' means no money was taken. If it says approved and there is still no order, send us \#
        the approval number and the merchant's name; we check with the merchant and either restore the order or \#
        cancel the payment.","tags":["pending","missing order","approved"],"category":"payment","lang":"en"}
        {"id":"payment-methods-ko","title":"결제 수단 등록과 변경","question":"카드나 계좌를 결제 수단으로 \#
        등록하거나 바꾸려면 어떻게 하나요?","answer":"앱의 [내 정보] > [결제 수단]에서 카드나 은행 계좌를 추가하고 \#
        기본 결제 수단을 바꿀 수 있습니다. 카드는 본인 명의만 등록되며, 계좌는 1원 인증으로 본인 확인을 합니다. 진행 \#
        중인 정기 결제는 다음 결제일부터 새 결제 수단으로 \#
        청구됩니다.","tags":["카드등록","계좌등록","결제수단변경"],"category":"usage","lang":"ko"}
        {"id":"payment-methods-en","title":"Adding or changing a payment method","question":"How do I add or change \#
        the card or bank account I pay with?","answer":"In the app, go to My info > Payment methods to add a card or \#
        bank account and choose your default. Only cards in your own name can be added; bank accounts are verified \#
        with a 1 won deposit. Subscriptions already running are charged to the new method from their next billing \#
        date.","tags":["add card","bank account","default payment"],"category":"usage","lang":"en"}
        {"id":"refund-procedure-ko","title":"환불 신청 방법","question":"환불은 어떻게 신청하나요?","answer":"앱의 \#
        [결제 내역]에서 해당 결제를 선택하고 [환불 요청]을 누르면 됩니다. 상품·서비스 환불은 먼저 가맹점의 승인이 \#
        필요하며 보통 1영업일 안에 처리됩니다. 가맹점이 응답하지 않거나 환불을 거절하면 고객센터에 주문번호와 \#
        결제일을 알려 주세요. 저희가 가맹점과 직접 조율합니다.","tags":["환불","환불요청","반품","환불받기","환불해 \#
        주세요"],"category":"refund","lang":"ko"}
        {"id":"refund-procedure-en","title":"How to request a refund","question":"How do I request a \#
        refund?","answer":"Open Payment history in the app, choose the payment and tap Request refund. Refunds for \#
        goods and services need the merchant's approval first, usually within one business day. If the merchant does \#
        not answer or refuses, contact us with the order number and payment date and we take it up with the merchant \#
        directly.","tags":["refund","request refund","return","money back","refund \#
        please"],"category":"refund","lang":"en"}
        {"id":"refund-timing-ko","title":"환불 처리 기간","question":"환불은 언제 들어오나요?","answer":"환불이 \#
        승인되면 결제 수단에 따라 돌려받는 시점이 다릅니다. 포인트와 머니는 즉시, 계좌 결제는 1~3영업일, 신용카드는 \#
        카드사 사정에 따라 3~7영업일이 걸립니다. 카드 대금이 이미 청구되었다면 다음 달 청구 금액에서 차감됩니다. \#
        7영업일이 지나도 반영되지 않으면 환불 승인번호를 알려 \#
        주세요.","tags":["환불기간","환불일정","영업일"],"category":"refund","lang":"ko"}
        {"id":"refund-timing-en","title":"When refunds arrive","question":"When will I get my \#
        refund?","answer":"Once a refund is approved, how long it takes depends on how you paid: points and wallet \#
        balance at once, bank account payments in 1 to 3 business days, credit cards in 3 to 7 business days \#
        depending on the issuer. If the charge was already billed, it is deducted from next month's statement. If \#
        nothing arrives after 7 business days, send us the refund approval number.","tags":["refund time","business \#
        days","how long","refund not received","where is my refund"],"category":"refund","lang":"en"}
        {"id":"cancel-payment-ko","title":"결제 취소","question":"결제를 취소하고 싶어요.","answer":"결제 당일 자정 \#
        전까지는 [결제 내역]에서 바로 취소할 수 있고 승인 자체가 사라집니다. 다음 날부터는 매입이 끝난 결제라서 \#
        취소가 환불로 처리되며 카드사 반영에 3~7영업일이 걸립니다. 배송이 시작된 주문, 이미 사용한 상품권과 이용권은 \#
        가맹점 정책에 따라 취소가 제한될 수 \#
        있습니다.","tags":["결제취소","주문취소","승인취소"],"category":"refund","lang":"ko"}
        {"id":"cancel-payment-en","title":"Cancelling a payment","question":"I want to cancel a \#
        payment.","answer":"Until midnight on the day you paid, cancel it in Payment history and the authorisation \#
        disappears. From the next day the payment has been settled, so cancelling becomes a refund and takes 3 to 7 \#
        business days to reach your card. Orders already shipped and vouchers or passes already used may not be \#
        cancellable, depending on the merchant's policy.","tags":["cancel","cancel \#
        order","void"],"category":"refund","lang":"en"}
        {"id":"partial-refund-ko","title":"부분 환불","question":"주문한 것 중 일부만 환불받을 수 \#
        있나요?","answer":"네. 여러 상품을 한 번에 결제했다면 환불할 상품만 골라 요청할 수 있고, 그 금액만 결제 \#
        수단으로 돌아갑니다. 할인이나 쿠폰이 적용된 주문은 할인 금액이 상품별로 나뉘어 환불 금액이 결제 금액보다 \#
        적을 수 있습니다. 포인트와 카드로 나눠 결제했다면 포인트부터 \#
        환불됩니다.","tags":["부분환불","일부환불","쿠폰"],"category":"refund","lang":"ko"}
        {"id":"partial-refund-en","title":"Partial refund","question":"Can I get a refund for only part of my \#
        order?","answer":"Yes. If you paid for several items at once, choose only the items to refund and just that \#
        amount returns to your payment method. With discounts or coupons, the discount is split across the items, so \#
        the refund can be less than the item's price. If you paid partly with points and partly by card, points are \#
        refunded first.","tags":["partial refund","some items","coupon"],"category":"refund","lang":"en"}
        {"id":"refund-rejected-ko","title":"환불 거절","question":"환불 요청이 거절됐어요. 어떻게 해야 \#
        하나요?","answer":"가맹점은 사용한 상품, 환불 기간이 지난 주문, 맞춤 제작 상품 등의 환불을 거절할 수 \#
        있습니다. 거절 사유는 [결제 내역]의 환불 상세에서 볼 수 있습니다. 사유에 동의하지 않으시면 고객센터에 이의 \#
        신청을 해 주세요. 저희가 가맹점의 소명을 받아 7영업일 안에 결과를 알려 드리며, 부당한 거절이면 환불을 \#
        진행합니다.","tags":["환불거절","이의신청","분쟁"],"category":"refund","lang":"ko"}
        {"id":"refund-rejected-en","title":"Refund refused","question":"My refund request was rejected. What can I \#
        do?","answer":"Merchants may refuse refunds for used goods, orders past the refund period or made-to-order \#
        items. The reason is shown in the refund details in Payment history. If you disagree, file a dispute with \#
        us: we ask the merchant to explain and tell you the outcome within 7 business days, and if the refusal was \#
        unfair we refund you.","tags":["refund rejected","dispute","refused"],"category":"refund","lang":"en"}
        {"id":"account-recovery-ko","title":"계정 복구","question":"계정을 잃어버렸어요. 계정 복구는 어떻게 \#
        하나요?","answer":"로그인 화면의 [계정 복구]에서 본인 명의 휴대폰으로 본인인증을 하면 가입된 계정을 찾아 \#
        다시 사용할 수 있습니다. 휴대폰 본인인증이 어려우면 신분증 사진과 최근 결제 내역 한 건(날짜, 금액, 가맹점)을 \#
        고객센터에 보내 주세요. 상담원이 본인임을 확인한 뒤 24시간 안에 복구합니다. 다른 사람의 요청으로는 절대 \#
        복구하지 않습니다.","tags":["계정복구","본인인증","신분증"],"category":"account","lang":"ko"}
        {"id":"account-recovery-en","title":"Account recovery","question":"I lost access to my account. How do I \#
        recover it?","answer":"Choose Recover account on the login screen and verify yourself with a phone \#
        registered in your name; your account is found and unlocked. If phone verification is not possible, send us \#
        a photo of your ID and one recent payment (date, amount, merchant). An agent confirms your identity and \#
        restores access within 24 hours. We never recover an account at someone else's request.","tags":["account \#
        recovery","identity verification","ID"],"category":"account","lang":"en"}
        {"id":"find-id-ko","title":"아이디 찾기","question":"아이디가 기억나지 않아요.","answer":"로그인 화면의 \#
        [아이디 찾기]에서 가입할 때 쓴 휴대폰 번호나 이메일로 본인인증을 하면 아이디 일부가 표시되고, 전체 아이디는 \#
        인증한 연락처로 보내 드립니다. 연락처가 바뀌어 인증할 수 없다면 '계정 복구' 안내를 따라 \#
        주세요.","tags":["아이디찾기","아이디분실"],"category":"account","lang":"ko"}
        {"id":"find-id-en","title":"Forgotten user ID","question":"I forgot my user ID.","answer":"Use Find ID on \#
        the login screen and verify with the phone number or email you signed up with. Part of the ID is shown on \#
        screen and the full ID is sent to the verified contact. If your contact details have changed and you cannot \#
        verify, follow 'Account recovery'.","tags":["forgot id","username"],"category":"account","lang":"en"}
        {"id":"reset-password-ko","title":"비밀번호 재설정","question":"비밀번호를 잊어버렸어요. 재설정하려면 어떻게 \#
        하나요?","answer":"로그인 화면의 [비밀번호 재설정]에서 아이디를 입력하고 휴대폰 본인인증을 하면 새 \#
        비밀번호를 만들 수 있습니다. 새 비밀번호는 영문, 숫자, 특수문자를 섞어 8자 이상이어야 하고 최근 사용한 \#
        비밀번호는 쓸 수 없습니다. 재설정하면 다른 기기에서는 모두 \#
        로그아웃됩니다.","tags":["비밀번호","비번","재설정","비밀번호분실","비번 변경","비밀번호 \#
        변경"],"category":"account","lang":"ko"}
        {"id":"reset-password-en","title":"Resetting your password","question":"I forgot my password. How do I reset \#
        it?","answer":"Choose Reset password on the login screen, enter your ID and verify with your phone, then set \#
        a new password: at least 8 characters mixing letters, digits and symbols, and not one you used recently. \#
        Resetting signs you out on every other device.","tags":["password","reset","forgot \#
        password"],"category":"account","lang":"en"}
        {"id":"login-failed-ko","title":"로그인 오류","question":"로그인이 안 돼요.","answer":"비밀번호를 5번 연속 \#
        틀리면 보안을 위해 계정이 잠깁니다. 이때는 [비밀번호 재설정]으로 본인인증을 하면 바로 풀립니다. 비밀번호가 \#
        맞는데도 안 되면 앱을 최신 버전으로 업데이트하고, 기기의 날짜와 시간이 자동 설정인지 확인해 주세요. 그래도 \#
        안 되면 화면에 보인 오류 메시지를 캡처해 고객센터로 보내 \#
        주세요.","tags":["로그인","로그인실패","계정잠김","잠금"],"category":"account","lang":"ko"}
        {"id":"login-failed-en","title":"Cannot log in","question":"I can't log in.","answer":"After five wrong \#
        passwords in a row the account is locked for your security; Reset password with phone verification unlocks \#
        it at once. If your password is right and it still fails, update the app to the latest version and make sure \#
        your device's date and time are set automatically. If that does not help, send us a screenshot of the error \#
        message.","tags":["login","sign in","locked account"],"category":"account","lang":"en"}
        {"id":"phone-changed-ko","title":"휴대폰 번호 변경","question":"휴대폰 번호가 바뀌었어요. 어떻게 \#
        변경하나요?","answer":"[내 정보] > [연락처]에서 새 번호로 본인인증을 하면 바로 바뀝니다. 예전 번호를 더 이상 \#
        쓸 수 없어 로그인도 안 된다면, 새 번호로 '계정 복구'를 진행해 주세요. 번호를 바꾼 뒤에는 결제 알림과 인증 \#
        문자가 새 번호로 갑니다.","tags":["번호변경","휴대폰변경","연락처"],"category":"account","lang":"ko"}
        {"id":"phone-changed-en","title":"New phone number","question":"My phone number changed. How do I update \#
        it?","answer":"Go to My info > Contact details and verify the new number; the change is immediate. If you \#
        can no longer use the old number and cannot log in, follow 'Account recovery' with the new number. After the \#
        change, payment alerts and verification codes go to the new number.","tags":["phone number","change \#
        number","contact"],"category":"account","lang":"en"}
        {"id":"suspicious-login-ko","title":"의심스러운 로그인","question":"제가 하지 않은 로그인 알림을 받았어요. \#
        해킹당한 건가요?","answer":"즉시 비밀번호를 바꾸고 [내 정보] > [로그인 기기]에서 모르는 기기를 로그아웃시켜 \#
        주세요. 그다음 [보안] > [결제 잠금]을 켜면 본인 확인 전까지 모든 결제가 멈춥니다. 모르는 결제가 있다면 \#
        고객센터에 바로 알려 주세요. 부정 사용으로 확인된 결제는 조사 후 전액 보상하며, 보안 사고는 24시간 언제든 \#
        우선 처리합니다.","tags":["해킹","부정로그인","도용","보안","결제잠금"],"category":"security","lang":"ko"}
        {"id":"suspicious-login-en","title":"Suspicious login","question":"I got a login alert that wasn't me. Was \#
        my account hacked?","answer":"Change your password now and sign out unknown devices under My info > \#
        Logged-in devices. Then turn on Security > Payment lock, which stops all payments until you verify yourself. \#
        Tell us at once about any payment you do not recognise: payments confirmed as fraudulent are reimbursed in \#
        full after investigation, and security incidents are handled first, 24 hours a \#
        day.","tags":["hacked","unauthorised login","fraud","security","payment \#
        lock"],"category":"security","lang":"en"}
        {"id":"personal-info-ko","title":"개인정보 유출과 피싱","question":"개인정보가 유출된 것 같아요. 피싱 문자를 \#
        받았어요.","answer":"저희는 문자나 전화로 비밀번호, 인증번호, 카드 번호를 절대 묻지 않습니다. 의심스러운 \#
        문자의 링크는 누르지 말고 캡처해 고객센터로 보내 주세요. 이미 정보를 입력했다면 바로 비밀번호를 바꾸고 결제 \#
        잠금을 켠 뒤 알려 주세요. 개인정보 열람, 정정, 삭제 요청과 유출 신고는 개인정보 보호책임자에게 \#
        privacy@example.com 으로 보낼 수 \#
        있습니다.","tags":["개인정보","유출","피싱","스미싱","보이스피싱"],"category":"security","lang":"ko"}
        {"id":"personal-info-en","title":"Personal data leaks and phishing","question":"I think my personal \#
        information leaked. I received a phishing message.","answer":"We never ask for your password, verification \#
        codes or card number by text or phone. Do not open links in suspicious messages; send us a screenshot \#
        instead. If you already entered your details, change your password, turn on Payment lock and tell us. \#
        Requests to see, correct or delete your personal data, and reports of leaks, go to our data protection \#
        officer at privacy@example.com.","tags":["personal information","data \#
        leak","phishing","smishing","privacy"],"category":"security","lang":"en"}
        {"id":"lost-phone-ko","title":"휴대폰 분실","question":"휴대폰을 잃어버렸어요. 결제를 막을 수 \#
        있나요?","answer":"고객센터(1588-0000, 24시간)에 전화하시거나 PC 웹사이트에 로그인해 [보안] > [분실 신고]를 \#
        하면 그 기기의 로그인과 결제가 바로 중지됩니다. 새 휴대폰에서 본인인증을 하고 로그인하면 분실 신고가 \#
        해제됩니다. 분실 신고 이후에 생긴 결제는 전액 \#
        보상됩니다.","tags":["분실","휴대폰분실","결제중지","분실신고"],"category":"security","lang":"ko"}
        {"id":"lost-phone-en","title":"Lost phone","question":"I lost my phone. Can I stop payments?","answer":"Call \#
        us on 1588-0000 (24 hours) or log in on our website and choose Security > Report lost device: logins and \#
        payments from that device stop at once. Logging in on a new phone after identity verification lifts the \#
        report. Payments made after you report the loss are reimbursed in full.","tags":["lost \#
        phone","stolen","block payments"],"category":"security","lang":"en"}
        {"id":"payment-pin-ko","title":"결제 비밀번호","question":"결제 비밀번호를 잊었거나 \#
        잠겼어요.","answer":"결제 비밀번호는 6자리 숫자로, 5번 틀리면 잠깁니다. [내 정보] > [결제 비밀번호 \#
        재설정]에서 휴대폰 본인인증과 등록된 카드 번호 확인을 거치면 새로 만들 수 있고, 잠금도 함께 풀립니다. \#
        생일이나 같은 숫자 반복처럼 추측하기 쉬운 번호는 쓸 수 \#
        없습니다.","tags":["결제비밀번호","간편비밀번호","PIN","잠금"],"category":"account","lang":"ko"}
        {"id":"payment-pin-en","title":"Payment PIN","question":"I forgot my payment PIN or it is \#
        locked.","answer":"The payment PIN has six digits and locks after five wrong tries. Under My info > Reset \#
        payment PIN, verify with your phone and confirm a registered card number to set a new one; this also unlocks \#
        it. Easy guesses such as birthdays or repeated digits are not accepted.","tags":["payment PIN","PIN \#
        locked","passcode"],"category":"account","lang":"en"}
        {"id":"overseas-payment-ko","title":"해외 결제","question":"해외 사이트나 해외에서 결제가 안 \#
        돼요.","answer":"해외 결제는 [보안] > [해외 결제 허용]을 켜야 사용할 수 있습니다. 카드사에서 해외 결제를 \#
        막아 두었다면 카드사 앱에서도 풀어야 합니다. 해외 결제는 원화로 환산되어 청구되며 카드사 환율과 수수료에 \#
        따라 최종 금액이 결제 화면과 조금 다를 수 \#
        있습니다.","tags":["해외결제","해외사이트","환율"],"category":"payment","lang":"ko"}
        {"id":"overseas-payment-en","title":"Paying abroad","question":"Payments on overseas sites or abroad do not \#
        work.","answer":"Overseas payments must be switched on under Security > Allow overseas payments. If your \#
        card issuer blocks them, unblock them in the issuer's app as well. Overseas payments are billed in won, \#
        converted at the issuer's rate with its fees, so the final amount may differ slightly from the payment \#
        screen.","tags":["overseas","foreign currency","exchange rate"],"category":"payment","lang":"en"}
        {"id":"receipt-ko","title":"영수증과 현금영수증","question":"영수증이나 현금영수증은 어디서 \#
        발급하나요?","answer":"[결제 내역]에서 결제를 선택하고 [영수증 보기]를 누르면 카드 매출전표를 PDF로 받거나 \#
        이메일로 보낼 수 있습니다. 계좌·머니 결제의 현금영수증은 [내 정보] > [현금영수증]에 휴대폰 번호나 사업자 \#
        번호를 등록해 두면 결제할 때마다 자동 발급되고, 지난 결제는 결제일로부터 5일 안에 직접 발급할 수 \#
        있습니다.","tags":["영수증","현금영수증","매출전표","세금"],"category":"usage","lang":"ko"}
        {"id":"receipt-en","title":"Receipts","question":"Where do I get a receipt or a cash receipt?","answer":"In \#
        Payment history, choose the payment and tap View receipt to download the card sales slip as a PDF or email \#
        it. For bank and wallet payments, register a phone or business number under My info > Cash receipts and one \#
        is issued with every payment; for past payments you can issue one yourself within 5 days of \#
        paying.","tags":["receipt","cash receipt","invoice","tax"],"category":"usage","lang":"en"}
        {"id":"points-ko","title":"포인트 적립과 사용","question":"포인트는 어떻게 적립하고 \#
        사용하나요?","answer":"결제 금액의 0.5%가 결제 다음 날 포인트로 적립되고, 결제할 때 1포인트를 1원처럼 쓸 수 \#
        있습니다. 적립된 포인트는 5년 동안 유효하며 만료 30일 전에 알려 드립니다. 포인트로 결제한 주문을 환불하면 \#
        포인트로 돌려받습니다.","tags":["포인트","적립","소멸","혜택"],"category":"usage","lang":"ko"}
        {"id":"points-en","title":"Earning and using points","question":"How do I earn and use \#
        points?","answer":"You earn 0.5% of each payment as points the day after paying, and can spend 1 point as 1 \#
        won at checkout. Points are valid for five years and we remind you 30 days before they expire. Orders paid \#
        with points are refunded in points.","tags":["points","rewards","expire"],"category":"usage","lang":"en"}
        {"id":"app-trouble-ko","title":"앱 오류와 업데이트","question":"앱이 자꾸 꺼지거나 화면이 \#
        멈춰요.","answer":"앱을 최신 버전으로 업데이트하고 기기를 다시 시작해 주세요. 그래도 같은 문제가 생기면 \#
        설정에서 앱의 캐시를 지우거나 앱을 지웠다가 다시 설치해 주세요. 결제 정보와 내역은 계정에 저장되어 있어 \#
        지워지지 않습니다. 계속되면 기기 모델, OS 버전, 앱 버전과 문제가 생기는 화면을 알려 \#
        주세요.","tags":["앱오류","업데이트","재설치","튕김"],"category":"usage","lang":"ko"}
        {"id":"app-trouble-en","title":"App crashes and updates","question":"The app keeps crashing or \#
        freezing.","answer":"Update the app to the latest version and restart your device. If it keeps happening, \#
        clear the app's cache in your settings or uninstall and reinstall it; your payment details and history are \#
        stored with your account and are not lost. If it still happens, tell us your device model, OS version, app \#
        version and the screen where it \#
        fails.","tags":["crash","freeze","update","reinstall"],"category":"usage","lang":"en"}
        {"id":"close-account-ko","title":"회원 탈퇴","question":"회원 탈퇴는 어떻게 하나요?","answer":"[내 정보] > \#
        [설정] > [회원 탈퇴]에서 할 수 있습니다. 남은 머니는 탈퇴 전에 계좌로 출금해 주세요. 포인트는 탈퇴와 함께 \#
        사라집니다. 진행 중인 환불이나 분쟁이 있으면 끝난 뒤에 탈퇴할 수 있습니다. 전자금융거래 기록은 법에 따라 \#
        5년간 보관한 뒤 파기합니다.","tags":["탈퇴","회원탈퇴","계정삭제"],"category":"account","lang":"ko"}
        {"id":"close-account-en","title":"Closing your account","question":"How do I close my account?","answer":"Go \#
        to My info > Settings > Close account. Withdraw any remaining wallet balance to your bank account first; \#
        points are lost when the account closes. Accounts with a refund or dispute in progress can be closed once it \#
        is finished. Electronic payment records are kept for five years as the law requires, then \#
        destroyed.","tags":["close account","delete account","withdraw"],"category":"account","lang":"en"}
        {"id":"contact-hours-ko","title":"고객센터 연락처와 운영 시간","question":"고객센터 운영 시간과 연락 방법을 \#
        알려 주세요.","answer":"전화 상담(1588-0000)은 평일 오전 9시부터 오후 6시까지, 채팅 상담은 매일 오전 9시부터 \#
        밤 10시까지 운영합니다. 이메일(help@example.com)과 웹 문의는 24시간 받으며 1영업일 안에 답변합니다. \#
        분실·도난, 부정 결제 같은 보안 사고는 전화로 24시간 접수합니다. 방문 상담은 예약제로 평일에만 \#
        가능합니다.","tags":["고객센터","전화번호","운영시간","상담시간","채팅"],"category":"other","lang":"ko"}
        {"id":"contact-hours-en","title":"Contact channels and hours","question":"What are your customer centre's \#
        hours and how can I reach you?","answer":"Phone support (1588-0000) is open weekdays 9 am to 6 pm; chat \#
        every day 9 am to 10 pm. Email (help@example.com) and web enquiries are received around the clock and \#
        answered within one business day. Security incidents such as loss, theft or fraudulent payments are taken by \#
        phone 24 hours a day. Visits are by appointment on weekdays only.","tags":["contact","phone number","opening \#
        hours","chat","email"],"category":"other","lang":"en"}
        {"id":"complaint-ko","title":"상담 불만과 담당자 변경","question":"상담 내용이 불만족스러워요. 다른 담당자와 \#
        이야기하고 싶어요.","answer":"불편을 드려 죄송합니다. 상담 중에 '담당자 변경'이나 '상위 상담'을 요청하시면 \#
        선임 상담원이 문의 내용을 이어받아 처리합니다. 이미 끝난 상담이라면 문의 번호와 함께 다시 연락 주세요. 상담 \#
        평가에 남긴 의견은 모두 읽고 있으며, 불만 접수 건은 3영업일 안에 결과를 \#
        안내합니다.","tags":["불만","민원","담당자변경","상위상담"],"category":"other","lang":"ko"}
        {"id":"complaint-en","title":"Complaints and another agent","question":"I am unhappy with the support I \#
        received and want to talk to someone else.","answer":"We are sorry. Ask for another agent or a supervisor \#
        during the conversation and a senior agent takes over your case. If the conversation has ended, contact us \#
        again with your ticket number. We read every comment left in satisfaction ratings, and complaints are \#
        answered with an outcome within 3 business days.","tags":["complaint","supervisor","escalate","another \#
        agent"],"category":"other","lang":"en"}
        """#
}

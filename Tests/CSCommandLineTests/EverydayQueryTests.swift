import Foundation
import Testing

/// Twenty questions as a support agent or a customer types them, against the built-in FAQ:
/// the entry that answers each comes first. (The first five were all wrong before the
/// changes in docs/search.md, "Everyday queries".)
@Suite struct EverydayQueryTests {
    static let queries: [(String, String)] = [
        ("환불을 하고 싶어요", "refund-procedure-ko"), ("카드 바꾸고 싶어요", "payment-methods-ko"),
        ("돈이 두번 빠져나갔어요", "duplicate-charge-ko"), ("refund not received", "refund-timing-en"),
        ("E103 뜸", "payment-error-codes-ko"), ("비번 까먹었어요", "reset-password-ko"),
        ("로그인이 안 돼요", "login-failed-ko"), ("결제 취소 하려면 어떻게 해요", "cancel-payment-ko"),
        ("환불 언제 들어와요", "refund-timing-ko"), ("폰 잃어버렸어요", "lost-phone-ko"), ("아이디 찾기", "find-id-ko"),
        ("해외 결제 안됨", "overseas-payment-ko"), ("영수증 발급", "receipt-ko"), ("앱이 계속 꺼져요", "app-trouble-ko"),
        ("탈퇴하고 싶어요", "close-account-ko"), ("상담원 바꿔주세요", "complaint-ko"),
        ("I was charged twice", "duplicate-charge-en"), ("how do i change my card", "payment-methods-en"),
        ("my card was declined", "payment-declined-en"), ("I can't log in to my account", "login-failed-en"),
    ]

    @Test(arguments: queries.indices)
    func theAnsweringEntryComesFirst(_ index: Int) {
        let (query, expected) = Self.queries[index]
        let harness = Harness.withEmptyDesk()
        let result = harness.run(["faq", "search", query, "--limit", "1", "--json"])
        let object = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let results = ((object as? [String: Any])?["results"] ?? object) as? [[String: Any]]
        #expect(results?.first?["id"] as? String == expected, "\(query): \(result.stdout)\(result.stderr)")
    }
}

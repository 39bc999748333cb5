@testable import CSDomain
import Testing

@Suite struct SensitiveDataTests {
    @Test(arguments: [
        ("card 4111 1111 1111 1111 please", "card **** **** **** 1111 please"),
        ("카드번호 4111-1111-1111-1111 입니다", "카드번호 ****-****-****-1111 입니다"),
        ("5555555555554444", "************4444"),
        ("amex 378282246310005.", "amex ***********0005."),
        ("주민번호 900101-1234567", "주민번호 ******-***4567"),
        ("two: 4111111111111111 and 850615-2345678", "two: ************1111 and ******-***5678"),
    ])
    func masksKeepingTheLastFour(_ text: String, _ expected: String) {
        #expect(SensitiveData.mask(text).text == expected)
    }

    @Test(arguments: [
        "order 4111111111111112",        // fails Luhn
        "phone 010-1234-5678",           // too short
        "amount 59,000 KRW",
        "ref 901301-1234567",            // month 13: not a date
        "12345678901234567890123",       // 23 digits: not a card
        "PAY-2026-7002",
    ])
    func leavesOtherNumbersAlone(_ text: String) {
        #expect(SensitiveData.mask(text).text == text)
        #expect(SensitiveData.mask(text).masked.isEmpty)
    }

    @Test func luhn() {
        #expect(SensitiveData.passesLuhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
        #expect(!SensitiveData.passesLuhn([4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]))
    }
}

@Suite struct LineChecksumTests {
    @Test func sealedLinesCheckAndEditedOnesDoNot() throws {
        let sealed = LineChecksum.seal(Array(#"{"v":1,"amount":500}"#.utf8))
        #expect(String(decoding: sealed, as: UTF8.self).hasPrefix(#"{"v":1,"amount":500,"sum":""#))
        try sealed.withUnsafeBufferPointer { try LineChecksum.check($0) }
        var edited = sealed
        edited[15] = UInt8(ascii: "9")
        #expect(throws: LineChecksum.Failure.mismatch) { try edited.withUnsafeBufferPointer { try LineChecksum.check($0) } }
        let bare = Array(#"{"v":1}"#.utf8)
        #expect(throws: LineChecksum.Failure.missing) { try bare.withUnsafeBufferPointer { try LineChecksum.check($0) } }
    }
}

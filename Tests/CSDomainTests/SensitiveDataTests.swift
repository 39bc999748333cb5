@testable import CSDomain
import Foundation
import Testing

@Suite struct SensitiveDataTests {
    @Test(arguments: [
        ("card 4111 1111 1111 1111 please", "card **** **** **** 1111 please"),
        ("카드번호 4111-1111-1111-1111 입니다", "카드번호 ****-****-****-1111 입니다"),
        ("5555555555554444", "************4444"),
        ("amex 378282246310005.", "amex ***********0005."),
        ("주민번호 900101-1234567", "주민번호 ******-***4567"),
        ("two: 4111111111111111 and 850615-2345678", "two: ************1111 and ******-***5678"),
        ("9001011234567", "*********4567"),
        ("주민번호 900101 1234567 입니다", "주민번호 ****** ***4567 입니다"),
        ("4111.1111.1111.1111", "****.****.****.1111"),
        ("４１１１ １１１１ １１１１ １１１１", "**** **** **** １１１１"),
        ("８５０６１５－２３４５６７８", "******－***５６７８"),
        ("card 4111\u{2013}1111\u{2013}1111\u{2013}1111", "card ****\u{2013}****\u{2013}****\u{2013}1111"),
    ])
    func masksKeepingTheLastFour(_ text: String, _ expected: String) {
        #expect(SensitiveData.mask(text).text == expected)
    }

    @Test(arguments: [
        "order 4111111111111112",  // fails Luhn
        "phone 010-1234-5678",  // too short
        "amount 59,000 KRW",
        "ref 901301-1234567",  // month 13: not a date
        "12345678901234567890123",  // 23 digits: not a card
        "PAY-2026-7002",
        "9013011234567",  // month 13
        "90-01-01-1234567",  // a resident number splits after the sixth digit only
        "1.234.567",
        "4111  1111 1111 1111",  // two spaces: not one number
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
        let sealed = LineChecksum.seal(Array(#"{"v":1,"amount":500}"#.utf8), previous: 7)
        #expect(String(decoding: sealed, as: UTF8.self).hasPrefix(#"{"v":1,"amount":500,"sum":""#))
        // A version-1 line stands alone: whatever came before it.
        _ = try sealed.withUnsafeBufferPointer { try LineChecksum.check($0, previous: nil) }
        var edited = sealed
        edited[15] = UInt8(ascii: "9")
        #expect(throws: LineChecksum.Failure.mismatch) {
            try edited.withUnsafeBufferPointer { try LineChecksum.check($0, previous: nil) }
        }
        let bare = Array(#"{"v":1}"#.utf8)
        #expect(throws: LineChecksum.Failure.missing) {
            try bare.withUnsafeBufferPointer { try LineChecksum.check($0, previous: nil) }
        }
    }

    /// Version-2 lines chain: the same line after another line does not check.
    @Test func chainedLinesCheckOnlyAfterTheLineTheyFollow() throws {
        let first = LineChecksum.seal(Array(#"{"v":2,"n":1}"#.utf8), previous: LineChecksum.genesis)
        let firstSum = try #require(
            first.withUnsafeBufferPointer { LineChecksum.storedSum(ofLineEndingAt: $0.count, in: $0) })
        let second = LineChecksum.seal(Array(#"{"v":2,"n":2}"#.utf8), previous: firstSum)
        _ = try second.withUnsafeBufferPointer { try LineChecksum.check($0, previous: firstSum) }
        #expect(throws: LineChecksum.Failure.chainBroken) {
            try second.withUnsafeBufferPointer { try LineChecksum.check($0, previous: LineChecksum.genesis) }
        }
        #expect(throws: LineChecksum.Failure.chainBroken) {
            try second.withUnsafeBufferPointer { try LineChecksum.check($0, previous: nil) }
        }
    }
}

extension LineChecksumTests {
    /// Replay computes four lines' sums side by side: each must be the sum of that line
    /// alone, whatever the lengths (empty, under a word, not whole words) and chaining.
    @Test func fourSumsAtOnceAreEachLinesOwn() {
        let texts = (0..<40).map { length in
            (0..<length * 13 % 300).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ length) }
        }
        for first in stride(from: 0, to: texts.count - 3, by: 3) {
            let group = Array(texts[first..<first + 4])
            let previous: [UInt64?] = [nil, 7, LineChecksum.genesis, UInt64(first) &* 0x9E37_79B9]
            let buffers = group.map { bytes in
                let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
                _ = buffer.initialize(from: bytes)
                return UnsafeBufferPointer(buffer)
            }
            defer { buffers.forEach { $0.deallocate() } }
            let sums = LineChecksum.of(
                (
                    (buffers[0], previous[0]), (buffers[1], previous[1]), (buffers[2], previous[2]),
                    (buffers[3], previous[3])
                ))
            let alone = (0..<4).map { LineChecksum.of(buffers[$0], previous: previous[$0]) }
            #expect([sums.0, sums.1, sums.2, sums.3] == alone)
        }
    }

    /// The sum is the log's format: the same bytes must always give the same number (this
    /// one computed apart, by a transcription of the algorithm in Python).
    static let pinned: UInt64 = 0xF8A6_FEFC_40A0_00BB

    @Test func theSumOfALineNeverChanges() {
        let line = Array(#"{"v":2,"id":"E1","type":"noted","ticket":"T1"}"#.utf8)
        #expect(line.withUnsafeBufferPointer { LineChecksum.of($0, previous: LineChecksum.genesis) } == Self.pinned)
    }
}

@Suite struct DigestTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256MatchesTheStandardsVectors(_ message: String, _ expected: String) {
        #expect(SHA256.hex(SHA256.digest(Array(message.utf8))) == expected)
    }

    @Test func hmacMatchesRFC4231() {
        let key = [UInt8](repeating: 0x0b, count: 20)
        #expect(
            SHA256.hex(SHA256.hmac(key: key, message: Array("Hi There".utf8)))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func aKeyWithoutPersonalNumbersIsKeptAsTyped() throws {
        var asked = false
        let key = IdempotencyKey(typed: "order-77-r1") { () -> DeskSecret in
            asked = true; return DeskSecret(bytes: [1])
        }
        #expect(key == IdempotencyKey(stored: "order-77-r1", digest: nil))
        #expect(!asked, "the secret is only needed for a key that is masked")
    }

    @Test func maskedKeysStayDistinctAndStable() {
        let secret = DeskSecret(bytes: Array(repeating: 7, count: 32))
        let a = IdempotencyKey(typed: "900101-1234567") { secret }
        let b = IdempotencyKey(typed: "850101-2234567") { secret }
        #expect(a.stored == b.stored, "both mask to the same text")
        #expect(a.identity != b.identity, "but are different keys")
        #expect(a == IdempotencyKey(typed: "900101-1234567") { secret }, "and each is the same key every time")
        #expect(a.secretID == secret.id)
    }
}

/// A bounded, seeded version of `Fuzz/FuzzSnapshot`: the loader refuses or reads any bytes,
/// whole files and valid containers of garbage alike, and never traps.
@Suite struct SnapshotLoaderRandomTests {
    @Test func randomBytesNeverTrap() {
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<300 {
            let count = Int(generator.next() % UInt64(round < 100 ? 64 : 4096))
            SnapshotProbe.exercise((0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        }
    }
}

extension SnapshotLoaderRandomTests {
    /// A real snapshot (of the fixture desk) with random bytes of its sections changed and
    /// every checksum made good again: the sections' own parsing meets damaged counts,
    /// lengths, offsets and codes, and must refuse them or read them, never trap.
    @Test func validContainersOfDamagedSectionsNeverTrap() throws {
        let fixture = Array(
            try Data(
                contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                        "Fixtures/desk.jsonl")))
        let desk = try LogReader.replay(fixture, path: "desk.jsonl")
        let stamp = DeskSnapshot.Stamp(epoch: 1, device: 1, inode: 1, coveredLength: fixture.count, anchor: [])
        let image = try #require(desk.snapshot(stamp: stamp))
        let file = try #require(DerivedFile.inMemory(image, kind: DeskSnapshot.kind, version: DeskSnapshot.version))
        let sections = (0..<file.sectionCount).map { Array(file.blockChecked($0)?.bytes ?? file.section($0)!) }
        #expect(SnapshotProbe.exercise(files: [image], stamp: stamp) > 0, "the undamaged snapshot reads")
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<400 {
            var damaged = sections
            for _ in 0..<(1 + Int(generator.next() % 3)) {
                let section = Int(generator.next() % UInt64(damaged.count))
                guard !damaged[section].isEmpty else { continue }
                let position = Int(generator.next() % UInt64(damaged[section].count))
                damaged[section][position] = UInt8(truncatingIfNeeded: generator.next())
            }
            let rebuilt = DeskSnapshot.build(stamp: stamp, sections: damaged)
            _ = SnapshotProbe.exercise(files: [rebuilt], stamp: stamp)
        }
    }
}

@testable import CSDomain
import Testing

@Suite struct JSONParserTests {
    @Test func parsesNestedValues() throws {
        let value = try JSONParser.parse(#"{"a":[1,-2,3.5,true,false,null],"b":{"c":"결제\n\u00e9\ud83d\ude00"}}"#)
        guard case .object(let object) = value else { Issue.record("not an object"); return }
        #expect(object["a"] == .array([.int(1), .int(-2), .double(3.5), .bool(true), .bool(false), .null]))
        #expect(object["b"] == .object(JSONObject([("c", .string("결제\né😀"))])))
    }

    @Test(arguments: [
        #"{"a":1"#, #"{"a" 1}"#, #"{"a":01x}"#, #"[1,]"#, #"{"a":"\x"}"#, #"{"a":"\ud800"}"#,
        #"{} extra"#, "", #"{"a":99999999999999999999}"#, #"{"a":-}"#,
    ])
    func refusesMalformedInput(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func refusesDeepNesting() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
    }

    @Test func writerRoundTripsEscapes() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.string("text", "quote \" backslash \\ newline \n tab \t bell \u{07} 한글")
        writer.strings("list", ["a", "b"])
        writer.endObject()
        #expect(writer.text == #"{"text":"quote \" backslash \\ newline \n tab \t bell \u0007 한글","list":["a","b"]}"#)
        guard case .object(let object) = try JSONParser.parse(writer.text) else {
            Issue.record("not an object"); return
        }
        #expect(object["text"] == .string("quote \" backslash \\ newline \n tab \t bell \u{07} 한글"))
    }
}

@Suite struct TimestampTests {
    @Test(arguments: [
        ("2026-11-23T09:30:00Z", "2026-11-23T09:30:00Z"),
        ("2026-11-23T18:30:00+09:00", "2026-11-23T09:30:00Z"),
        ("2026-11-23t09:30:00.123z", "2026-11-23T09:30:00Z"),
        ("2024-02-29T23:59:59-05:00", "2024-03-01T04:59:59Z"),
        ("1969-12-31T23:59:59Z", "1969-12-31T23:59:59Z"),
    ])
    func parsesAndFormatsInUTC(_ text: String, _ utc: String) throws {
        #expect(try #require(Timestamp(rfc3339: text)).rfc3339 == utc)
    }

    @Test(arguments: [
        "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-23", "2026-11-23T25:00:00Z",
        "2026-11-23T09:30:00", "yesterday", "", "2026-11-23T09:30:00+9:00", "99999-01-01T00:00:00Z",
    ])
    func refusesMalformedTimes(_ text: String) {
        #expect(Timestamp(rfc3339: text) == nil)
    }

    @Test func dateOnlyWhenAllowed() {
        #expect(Timestamp(rfc3339: "2026-11-23", allowDateOnly: true)?.rfc3339 == "2026-11-23T00:00:00Z")
    }
}

@Suite struct MoneyTests {
    @Test(
        arguments: [("50000", 50000), ("50,000", 50000), ("1,234,567", 1_234_567), ("999", 999), ("0", 0)]
            as [(String, Int64)])
    func wonAmounts(_ text: String, _ minor: Int64) {
        #expect(Currency.krw.parseAmount(text) == minor)
    }

    @Test(arguments: [
        "-5", "1.5", "abc", "", "1e3", "99999999999999999999", "+5", "5.", "1_000", "1,50", "1,0,0", ",1", "1,",
        "1234,567", "12,34,567", ",", "1,000,", "١٢٣",
    ])
    func refusedWonAmounts(_ text: String) {
        #expect(Currency.krw.parseAmount(text) == nil)
    }

    @Test func dollarsHaveCents() {
        let usd = Currency(code: "usd")!
        #expect(usd.parseAmount("12.5") == 1250)
        #expect(usd.parseAmount("12.50") == 1250)
        #expect(usd.parseAmount("12") == 1200)
        #expect(usd.parseAmount("12.505") == nil)
        #expect(Money(minorUnits: 123_456, currency: usd).formatted == "1,234.56 USD")
        #expect(Money(minorUnits: 59000, currency: .krw).formatted == "59,000 KRW")
        #expect(Money(minorUnits: 5, currency: usd).formatted == "0.05 USD")
    }
}

@Suite struct IdentifierTests {
    @Test func idsAvoidAmbiguousLetters() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            let id = Identifier.make(length: Identifier.ticketLength, using: &generator)
            #expect(Identifier.isWellFormed(id, length: 8))
            #expect(!id.contains { "ILOU".contains($0) })
        }
    }

    @Test func typedIdsAreReadTheCrockfordWay() {
        #expect(Identifier.normalize("k7m2-xq9o") == "K7M2XQ90")
        #expect(Identifier.normalize("il") == "11")
    }
}

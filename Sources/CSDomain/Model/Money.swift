/// An amount of money in the currency's minor unit (won for KRW, cents for USD), so
/// sums are exact. The ISO 4217 code travels with every amount.
public struct Money: Equatable, Sendable {
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// `50,000 KRW`, `12.50 USD`.
    public var formatted: String { majorUnits(grouped: true) + " " + currency.code }

    /// `50000`, `12.50`: in major units, for a spreadsheet's cell.
    public var decimal: String { majorUnits(grouped: false) }

    private func majorUnits(grouped: Bool) -> String {
        let exponent = currency.exponent
        let magnitude = minorUnits.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<exponent { divisor *= 10 }
        let major = String(magnitude / divisor)
        var text = minorUnits < 0 ? "-" : ""
        for (offset, character) in major.enumerated() {
            if grouped && offset > 0 && (major.count - offset) % 3 == 0 { text.append(",") }
            text.append(character)
        }
        if exponent > 0 {
            let minor = String(magnitude % divisor)
            text += "." + String(repeating: "0", count: exponent - minor.count) + minor
        }
        return text
    }
}

public struct Currency: Hashable, Sendable {
    public let code: String
    /// Digits after the decimal point in the major unit: 0 for KRW and JPY, 2 for USD.
    public let exponent: Int

    public static let krw = Currency(code: "KRW", exponent: 0)

    /// The currencies a Korean payment desk meets. An unknown code is refused rather than
    /// guessed, because the exponent decides what an amount means.
    private static let known: [String: Int] = [
        "KRW": 0, "JPY": 0, "VND": 0, "CLP": 0, "ISK": 0, "TWD": 2, "USD": 2, "EUR": 2, "GBP": 2,
        "CNY": 2, "HKD": 2, "SGD": 2, "AUD": 2, "CAD": 2, "NZD": 2, "CHF": 2, "THB": 2, "PHP": 2,
        "MYR": 2, "IDR": 2, "INR": 2, "MNT": 2, "SEK": 2, "NOK": 2, "DKK": 2, "KWD": 3, "BHD": 3,
    ]

    public static var knownCodes: [String] { known.keys.sorted() }

    public init?(code: String) {
        let upper = code.uppercased()
        guard let exponent = Currency.known[upper] else { return nil }
        self.code = upper
        self.exponent = exponent
    }

    private init(code: String, exponent: Int) {
        self.code = code
        self.exponent = exponent
    }

    /// Reads an amount typed in major units (`50000`, `50,000`, `12.50`, `1,234.50`) into
    /// minor units. Commas are thousands separators and only that: between groups of three
    /// digits, with one to three digits before the first (`1,50`, `1,0,0` and `,1` are not
    /// amounts: a comma there is a typo or a decimal comma, and guessing would move money).
    /// Nil for anything else: signs, more decimals than the currency has, overflow.
    public func parseAmount(_ text: String) -> Int64? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let grouped = parts.first else { return nil }
        let groups = grouped.split(separator: ",", omittingEmptySubsequences: false)
        guard let lead = groups.first, (1...(groups.count == 1 ? Int.max : 3)).contains(lead.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        let whole = groups.joined()
        guard whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy({ $0.isASCII && $0.isNumber }), fraction.count <= exponent,
            parts.count == 1 || !fraction.isEmpty
        else { return nil }
        fraction += String(repeating: "0", count: exponent - fraction.count)
        return Int64(String(whole) + fraction)
    }
}

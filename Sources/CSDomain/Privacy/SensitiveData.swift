/// Finds card numbers and Korean resident registration numbers in free text and masks
/// them before they reach the log, keeping the last four digits so staff can still match
/// a customer's "the card ending in 1234".
public enum SensitiveData {
    public enum Kind: String, Sendable, Comparable {
        case cardNumber = "card number"
        case residentRegistrationNumber = "resident registration number"

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The text with every card number and every resident registration number masked, and
    /// what was masked. A number is a run of decimal digits of any script (ASCII, full-width
    /// `０-９`, …) with single separators between groups: a space, a dash (ASCII, full-width
    /// or typographic), a dot or an ideographic space. A card number is 13–19 digits passing
    /// the Luhn check; a resident number is 13 digits starting with a real YYMMDD date, whole
    /// or split after the sixth digit (`900101-1234567`, `900101 1234567`, `9001011234567`).
    public static func mask(_ text: String) -> (text: String, masked: [Kind]) {
        var scalars = Array(text.unicodeScalars)
        var masked: [Kind] = []
        var index = 0
        while index < scalars.count {
            guard digitValue(scalars[index]) != nil, index == 0 || digitValue(scalars[index - 1]) == nil else {
                index += 1
                continue
            }
            let run = digitRun(scalars, from: index)
            let digits = run.positions.map { digitValue(scalars[$0])! }
            if let kind = classify(digits, positions: run.positions) {
                for position in run.positions.dropLast(4) { scalars[position] = "*" }
                masked.append(kind)
            }
            index = run.end
        }
        guard !masked.isEmpty else { return (text, []) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return (String(result), masked)
    }

    /// Whether masking would change the text.
    public static func contains(_ text: String) -> Bool { !mask(text).masked.isEmpty }

    /// Where a run of digits with single separators between them ends, and its digits' places.
    private static func digitRun(_ scalars: [Unicode.Scalar], from start: Int) -> (end: Int, positions: [Int]) {
        var end = start
        var positions: [Int] = []
        while end < scalars.count {
            if digitValue(scalars[end]) != nil {
                positions.append(end)
                end += 1
            } else if isSeparator(scalars[end]), end + 1 < scalars.count, digitValue(scalars[end + 1]) != nil,
                digitValue(scalars[end - 1]) != nil
            {
                end += 1
            } else {
                break
            }
        }
        return (end, positions)
    }

    /// 0–9 for a decimal digit of any script, nil for anything else.
    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        if scalar.value >= 48 && scalar.value <= 57 { return Int(scalar.value - 48) }
        guard scalar.value >= 0x80, scalar.properties.numericType == .decimal,
            let value = scalar.properties.numericValue
        else { return nil }
        return Int(value)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x2D, 0x2E, 0x3000, 0xFF0D, 0xFF0E, 0x2010...0x2015, 0x2212: return true
        default: return false
        }
    }

    private static func classify(_ digits: [Int], positions: [Int]) -> Kind? {
        if (13...19).contains(digits.count) && passesLuhn(digits) { return .cardNumber }
        guard digits.count == 13 else { return nil }
        // Whole, or split once after the sixth digit; no other separators.
        let gaps = (1..<positions.count).filter { positions[$0] != positions[$0 - 1] + 1 }
        guard gaps.isEmpty || gaps == [6] else { return nil }
        let month = digits[2] * 10 + digits[3]
        let day = digits[4] * 10 + digits[5]
        return (1...12).contains(month) && (1...31).contains(day) ? .residentRegistrationNumber : nil
    }

    static func passesLuhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}

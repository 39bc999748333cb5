/// Finds card numbers and Korean resident registration numbers in free text and masks
/// them before they reach the log, keeping the last four digits so staff can still match
/// a customer's "the card ending in 1234".
public enum SensitiveData {
    public enum Kind: String, Sendable {
        case cardNumber = "card number"
        case residentRegistrationNumber = "resident registration number"
    }

    /// The text with every card number (13–19 digits, single spaces or dashes between
    /// digits allowed, passing the Luhn check) and every resident registration number
    /// (YYMMDD-NNNNNNN with a real month and day) masked, and what was masked.
    public static func mask(_ text: String) -> (text: String, masked: [Kind]) {
        var scalars = Array(text.unicodeScalars)
        var masked: [Kind] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(scalars[index]), index == 0 || !isDigit(scalars[index - 1]) else { index += 1; continue }
            // A run of digits with single separators between them.
            var end = index
            var digitPositions: [Int] = []
            while end < scalars.count {
                if isDigit(scalars[end]) {
                    digitPositions.append(end)
                    end += 1
                } else if (scalars[end] == " " || scalars[end] == "-"), end + 1 < scalars.count, isDigit(scalars[end + 1]),
                          isDigit(scalars[end - 1]) {
                    end += 1
                } else {
                    break
                }
            }
            let digits = digitPositions.map { Int(scalars[$0].value - 48) }
            if let kind = classify(digits, scalars: scalars, positions: digitPositions) {
                for position in digitPositions.dropLast(4) { scalars[position] = "*" }
                masked.append(kind)
            }
            index = end
        }
        guard !masked.isEmpty else { return (text, []) }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return (String(result), masked)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    private static func classify(_ digits: [Int], scalars: [Unicode.Scalar], positions: [Int]) -> Kind? {
        if (13...19).contains(digits.count) && passesLuhn(digits) { return .cardNumber }
        // YYMMDD-NNNNNNN: 13 digits, a dash after the sixth, a real date, a valid 7th digit.
        if digits.count == 13, positions[6] == positions[5] + 2, scalars[positions[5] + 1] == "-",
           positions[12] - positions[6] == 6 {
            let month = digits[2] * 10 + digits[3]
            let day = digits[4] * 10 + digits[5]
            if (1...12).contains(month) && (1...31).contains(day) { return .residentRegistrationNumber }
        }
        return nil
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

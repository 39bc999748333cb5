/// Text as search compares it: NFC (not NFKC, which would fuse loose jamo such as ㄱㅏ into
/// 가 and break 초성 queries), full-width Latin and digits folded to ASCII, lowercase.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        // The standard library's own NFC (what String comparison uses), not Foundation's:
        // cs links no Foundation, which halved its start-up.
        let composed = String(decoding: text._nfcCodeUnits, as: UTF8.self)
        var scalars = String.UnicodeScalarView()
        for scalar in composed.unicodeScalars {
            let value = scalar.value
            if (0xFF01...0xFF5E).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
                scalars.append(ascii)
            } else if value == 0x3000 {
                scalars.append(" ")
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).lowercased()
    }
}

/// The language cs speaks to people in. JSON, exit statuses, event types and every word
/// stored in the log stay the same whatever it is.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case korean = "ko"

    /// `CS_LANG`, else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the way the C
    /// library looks them up): Korean for `ko`, `ko_KR.UTF-8` and the like; English otherwise.
    public static func from(_ variables: [String: String]) -> Language {
        if let chosen = variables["CS_LANG"], !chosen.isEmpty { return named(chosen) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let locale = variables[name], !locale.isEmpty { return named(locale) }
        }
        return .english
    }

    /// Korean only where the text can be shown: a Korean locale in UTF-8 (or naming no
    /// character set). `ko_KR.EUC-KR` gets English, which every terminal can show, rather
    /// than UTF-8 Hangul it would print as garbage.
    private static func named(_ locale: String) -> Language {
        let lowered = locale.lowercased()
        let code = lowered.prefix { $0.isLetter }
        guard code == "ko" || code == "kor" || code == "korean" else { return .english }
        guard let dot = lowered.firstIndex(of: ".") else { return .korean }
        let charset = lowered[lowered.index(after: dot)...].prefix { $0 != "@" }.filter { $0 != "-" && $0 != "_" }
        return charset == "utf8" ? .korean : .english
    }
}

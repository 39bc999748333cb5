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

    private static func named(_ locale: String) -> Language {
        let code = locale.lowercased().prefix { $0.isLetter }
        return code == "ko" || code == "kor" || code == "korean" ? .korean : .english
    }
}

/// Text split into lines as people's files have them: at "\n" or "\r\n" — Swift keeps
/// "\r\n" as one `Character`, so splitting on "\n" alone leaves a file saved on Windows in
/// one piece — with a leading byte order mark dropped. Lines are numbered as an editor does.
public enum TextLines {
    public static func split(_ text: String) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        return body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}

import CSDomain
/// The pager and the editor, the way git runs them: through `/bin/sh -c`, so a command
/// with arguments (`less -S`, `code --wait`) works as users write it, and in the terminal's
/// foreground (see `ForegroundChild`).
enum ExternalPrograms {
    /// `CS_PAGER`, `PAGER`, else `less`; nil when paging is switched off (`cat` or empty).
    static func pager(_ variables: [String: String]) -> String? {
        let chosen = variables["CS_PAGER"] ?? variables["PAGER"] ?? "less"
        let trimmed = chosen.trimmingWhitespace()
        return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
    }

    /// `CS_EDITOR`, `VISUAL`, `EDITOR`, else `vi`.
    static func editor(_ variables: [String: String]) -> String {
        for name in ["CS_EDITOR", "VISUAL", "EDITOR"] {
            if let value = variables[name]?.trimmingWhitespace(), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Feeds `text` to the pager, which writes to our standard output. False when it could
    /// not be started, or the shell could not find or run it (exit 127 or 126: `PAGER=lesss`):
    /// the caller prints the text itself, so nothing asked for is lost. A pager that quits
    /// early (`q` on the first screen) closes the pipe: the rest of the text is dropped, quietly.
    static func page(_ text: String, with pager: String, variables: [String: String]) -> Bool {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { return false }
        let (readEnd, writeEnd) = (descriptors[0], descriptors[1])
        // Neither end may leak into the pager: it would never see the end of its input.
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        var environment = variables
        // less: quit if one screen (F), pass colours (R), leave the screen alone (X).
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        // cs writes UTF-8 whatever the locale; without a UTF-8 locale less would show Hangul
        // as <EC><83>... (as git does, say what the bytes are).
        if environment["LESSCHARSET"] == nil { environment["LESSCHARSET"] = "utf-8" }
        let child = ForegroundChild.start(
            pager, name: "cs-pager", arguments: [], environment: environment, standardInput: readEnd)
        close(readEnd)
        guard let child else {
            close(writeEnd)
            return false
        }
        // A closed pipe must come back as EPIPE, not kill cs before it has waited for the pager.
        let previous = signal(SIGPIPE, SIG_IGN)
        // A pager that quit early stops the writing (EPIPE): the rest is not wanted.
        _ = Array(text.utf8).withUnsafeBytes { System.writeAll(writeEnd, $0) }
        close(writeEnd)
        let status = child.wait()
        signal(SIGPIPE, previous)
        return status != 127 && status != 126
    }

    /// Runs the editor on `path` with the terminal; returns its exit status (127: not started).
    static func edit(_ path: String, with editor: String, variables: [String: String]) -> Int32 {
        guard
            let child = ForegroundChild.start(
                editor + " \"$1\"", name: "cs-editor", arguments: [path], environment: variables)
        else { return 127 }
        return child.wait()
    }
}

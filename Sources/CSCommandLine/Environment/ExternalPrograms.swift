import Foundation

/// The pager and the editor, the way git runs them: through `/bin/sh -c`, so a command
/// with arguments (`less -S`, `code --wait`) works as users write it.
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

    /// Feeds `text` to the pager on our standard output. False when it could not start.
    static func page(_ text: String, with pager: String, variables: [String: String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        var environment = variables
        // less: quit if one screen (F), pass colours (R), leave the screen alone (X).
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        do { try process.run() } catch { return false }
        // A pager that quits early closes the pipe; that is not an error of ours.
        signal(SIGPIPE, SIG_IGN)
        try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return true
    }

    /// Runs the editor on `path` with the terminal; returns its exit status (127: not started).
    static func edit(_ path: String, with editor: String, variables: [String: String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "cs-editor", path]
        process.environment = variables
        do { try process.run() } catch { return 127 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

import Foundation

/// Paging long output and writing bodies in an editor, only when a person is at a terminal.
extension Context {
    /// Long human output (`show`, `list`, `log`): through the pager when standard output
    /// is a terminal, straight out otherwise.
    func page(_ text: String) {
        if environment.standardOutputIsTerminal, let pager = ExternalPrograms.pager(environment.variables),
           ExternalPrograms.page(text + "\n", with: pager, variables: environment.variables) {
            return
        }
        print(text)
    }

    /// Opens the editor on a template (after `initial`, the text being changed, if any), as
    /// `git commit` does, and returns what was written without the `#` lines. Throws when the
    /// editor fails or the text is empty.
    func editText(what: String, hint: String, initial: String = "") throws -> String {
        let path = NSTemporaryDirectory() + "cs-\(invocation.command.path.joined(separator: "-"))-\(getpid()).txt"
        let template = initial + "\n# Write the \(what) above. Lines starting with '#' are ignored.\n# \(hint)\n"
            + "# An empty \(what) aborts; nothing is written to the log.\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(template.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw EditorFailed.cannotCreate(path)
        }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let editor = ExternalPrograms.editor(environment.variables)
        let status = ExternalPrograms.edit(path, with: editor, variables: environment.variables)
        guard status == 0 else { throw EditorFailed.exited(editor: editor, status: status) }
        let written = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let text = written.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n").trimmingWhitespace()
        guard !text.isEmpty else { throw EditorFailed.empty(what: what) }
        return text
    }

    /// Whether a missing body may be asked for in the editor: only with a person at a
    /// terminal; a script without a body gets a usage error at once instead of a hang.
    var canOpenEditor: Bool { environment.standardInputIsTerminal }
}

/// Writing a body in the editor did not give one (exit status 1, nothing appended).
enum EditorFailed: Error, Equatable {
    case empty(what: String)
    case exited(editor: String, status: Int32)
    case cannotCreate(String)
}

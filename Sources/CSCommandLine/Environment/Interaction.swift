import CSDomain
/// Paging long output and writing bodies in an editor, only when a person is at a terminal.
extension Context {
    /// Long human output (`show`, `list`, `log`): through the pager when standard output
    /// is a terminal, straight out otherwise.
    func page(_ text: String) {
        if environment.standardOutputIsTerminal, let pager = ExternalPrograms.pager(environment.variables),
            ExternalPrograms.page(text + "\n", with: pager, variables: environment.variables)
        {
            return
        }
        print(text)
    }

    /// Opens the editor on a template (after `initial`, the text being changed, if any), as
    /// `git commit` does, and returns what was written without the `#` lines. Throws when the
    /// editor fails or the text is empty. The draft is a fresh file of its own (two commands
    /// at once never share one); it is removed afterwards, unless the editor failed with
    /// text written in it: then its path is in the error, so the text is not lost.
    func editText(_ kind: BodyKind, hint: Message, initial: String = "") throws -> String {
        let template =
            initial + "\n"
            + [.editorInstructions(kind), hint, .editorAbortHint(kind)]
            .map { "# " + Terminal.singleLine(say($0)) + "\n" }.joined()
        let path = try Draft.create(
            command: invocation.command.path.joined(separator: "-"), contents: template,
            in: System.temporaryDirectory(environment.variables))
        var keep = false
        defer { if !keep { unlink(path) } }
        let editor = ExternalPrograms.editor(environment.variables)
        let status = ExternalPrograms.edit(path, with: editor, variables: environment.variables)
        let written = Draft.read(path)
        let text = written.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n").trimmingWhitespace()
        guard status == 0 else {
            keep = !text.isEmpty && text != initial.trimmingWhitespace()
            throw CommandLineError.editorExited(editor: editor, status: status, draft: keep ? path : nil)
        }
        guard !text.isEmpty else { throw CommandLineError.emptyEditorText(kind) }
        return text
    }

    /// Whether a missing body may be asked for in the editor: only with a person at a
    /// terminal; a script without a body gets a usage error at once instead of a hang.
    var canOpenEditor: Bool { environment.standardInputIsTerminal }
}

/// The editor's file: `cs-COMMAND-XXXXXX.txt` in the temporary folder, made by mkstemps
/// (owner-only, a name no other run has).
enum Draft {
    static func create(command: String, contents: String, in folder: String) throws -> String {
        var template = Array((folder + "cs-\(command)-XXXXXX.txt").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { throw CommandLineError.cannotCreateDraft(errorNumber: errno) }
        defer { close(descriptor) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let failure = Array(contents.utf8).withUnsafeBytes { System.writeAll(descriptor, $0) }
        guard failure == 0 else {
            unlink(path)
            throw CommandLineError.cannotCreateDraft(errorNumber: failure)
        }
        return path
    }

    static func read(_ path: String) -> String {
        (try? FileReading.bytes(atPath: path, shownAs: path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

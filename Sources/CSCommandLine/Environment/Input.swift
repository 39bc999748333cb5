import CSDomain

/// What a command reads beyond its arguments: bodies and free text from an argument, a
/// file or standard input, or written in the editor when a person is at a terminal.
struct Input {
    let invocation: Invocation
    let environment: CommandEnvironment
    let output: Output

    /// Whether a missing body may be asked for in the editor: only with a person at a
    /// terminal; a script without a body gets a usage error at once instead of a hang.
    var canOpenEditor: Bool { environment.standardInputIsTerminal }

    /// Opens the editor on a template (after `initial`, the text being changed, if any), as
    /// `git commit` does, and returns what was written without the `#` lines. Throws when the
    /// editor fails or the text is empty. The draft is a fresh file of its own (two commands
    /// at once never share one); it is removed afterwards, unless the editor failed with
    /// text written in it: then its path is in the error, so the text is not lost.
    func editText(_ kind: BodyKind, hint: Message, initial: String = "") throws(Failure) -> String {
        let template =
            initial + "\n"
            + [.editorInstructions(kind), hint, .editorAbortHint(kind)]
            .map { "# " + Terminal.singleLine(output.say($0)) + "\n" }.joined()
        let path = try Draft.create(
            command: invocation.command.path.joined(separator: "-"), contents: template,
            in: System.temporaryDirectory(environment.variables))
        var keep = false
        defer { if !keep { unlink(path) } }
        let editor = ExternalPrograms.editor(environment.variables)
        let status = ExternalPrograms.edit(path, with: editor, variables: environment.variables)
        let written = Draft.read(path)
        let text = TextLines.split(written).filter { !$0.hasPrefix("#") }.joined(separator: "\n").trimmingWhitespace()
        guard status == 0 else {
            keep = !text.isEmpty && text != initial.trimmingWhitespace()
            throw .commandLine(.editorExited(editor: editor, status: status, draft: keep ? path : nil))
        }
        guard !text.isEmpty else { throw .commandLine(.emptyEditorText(kind)) }
        return text
    }
}

/// Where a body's text may come from: an inline argument or option (`-` reads standard
/// input), or a file option (`-` too). Named as typed, for errors.
struct BodySource {
    let inline: String?
    let inlineName: String
    let file: String?
    let fileName: String

    init(_ invocation: Invocation, inline: OptionalArgument<String>, file: Option<String>) {
        self.inline = invocation.word(inline)
        inlineName = inline.spec.name
        self.file = invocation.word(file)
        fileName = "--" + file.spec.long
    }

    init(_ invocation: Invocation, inline: Option<String>, file: Option<String>) {
        self.inline = invocation.word(inline)
        inlineName = "--" + inline.spec.long
        self.file = invocation.word(file)
        fileName = "--" + file.spec.long
    }

    var given: Bool { inline != nil || file != nil }
}

extension Input {
    /// Text for a reply, note, body or answer, from its source. Empty text counts as none.
    func body(_ source: BodySource) throws(Failure) -> String? {
        if source.inline != nil && source.file != nil {
            throw .usage(.conflictingOptions(source.inlineName, source.fileName))
        }
        let text: String
        if let file = source.file {
            text = try readText(file)
        } else if let inline = source.inline {
            text = inline == "-" ? try readText("-") : inline
        } else {
            return nil
        }
        let trimmed = text.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A file's text, or standard input for `-`. Must be UTF-8.
    func readText(_ path: String) throws(Failure) -> String {
        let bytes: [UInt8]
        bytes = try Failure.catching(usage: FileReading.named(path, in: environment, limit: .body))
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .usage(.unreadableFile(path: path, reason: .notUTF8))
        }
        // As written, whatever wrote it: a byte order mark (Notepad writes one) dropped, and
        // CRLF line ends as the "\n" every other text has.
        return TextLines.split(text).joined(separator: "\n")
    }

    /// A body that must be there: given, or written in the editor when a person is at a
    /// terminal; otherwise a usage error at once.
    func requireBody(_ source: BodySource, _ kind: BodyKind, hint: Message) throws(Failure) -> String {
        if let text = try body(source) { return text }
        if !source.given && canOpenEditor { return try editText(kind, hint: hint) }
        throw .usage(.missingBody(kind, command: invocation.command.name))
    }

    /// A free-text option such as `--reason`: nil when absent; `-` reads it from standard
    /// input; blank is refused.
    func text(_ option: Option<String>) throws(Failure) -> String? {
        guard let value = try invocation[option] else { return nil }
        return try nonBlank(value, option: option.spec)
    }

    /// A required free-text option (the parser has checked it was given).
    func text(_ option: RequiredOption<String>) throws(Failure) -> String {
        try nonBlank(try invocation[option], option: option.spec)
    }

    /// Text with something to read in it: not only spaces, control or invisible characters
    /// (a reason of `ESC[0m` or of zero-width spaces says nothing).
    private func nonBlank(_ value: String, option: OptionSpec) throws(Failure) -> String {
        let trimmed = (value == "-" ? try readText("-") : value).trimmingWhitespace()
        let visible = trimmed.unicodeScalars.contains {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .control
                && $0.properties.generalCategory != .format && !$0.properties.isDefaultIgnorableCodePoint
        }
        guard visible else {
            let expected: Expected = value == "-" ? .textOnStandardInput : .someText
            throw .usage(.invalidValue(what: "--" + option.long, value: value, expected: expected))
        }
        return trimmed
    }
}

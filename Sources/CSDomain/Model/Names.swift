/// The rules for the names people type that the desk keeps and matches on: ticket tags and
/// agents' names. One rule each, applied at every way in (opening, tagging, filtering,
/// assigning, `--as`), so a name that can be written can also be found and removed.
public enum Names {
    /// Why a name was refused: facts the command line words in the reader's language.
    public enum Problem: Equatable, Sendable {
        case empty
        case tooLong(maximum: Int)
        /// A tag starting with `+` or `-`, which `cs tag` reads as add and remove.
        case startsWithSign(Character)
        case hasSpace
        /// A tag character outside letters, digits, marks and `_ . : / # @ -` (shown visibly).
        case characterNotAllowed(String)
        /// A tag starting with `_ . : /`.
        case badFirstCharacter
        /// A control or bidirectional-override character (shown visibly).
        case controlCharacter(String)
        /// An agent's name like a tier (`L2`).
        case tierShaped
        /// A card or resident registration number, which masking would change.
        case sensitiveNumber
        /// A word that means nobody where agents are listed and filtered (`none`, `-`).
        case meansNobody(String)
        /// Nothing that shows: only spaces and invisible characters, named (`U+200B U+FEFF`).
        case invisible(String)
    }

    /// What lists and filters use for "nobody": `cs list --assignee none`, and `-` in a
    /// table's ASSIGNEE column. An agent so named could not be told from no agent.
    public static let nobodyWords = ["none", "-"]

    /// Whether a character shows nothing on a screen: spaces, format characters and the
    /// other default-ignorable ones (zero-width space and joiners, byte order mark, Hangul
    /// fillers, variation selectors, ...), and the blank braille pattern.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isWhitespace || properties.generalCategory == .format
            || properties.isDefaultIgnorableCodePoint || scalar.value == 0x2800
    }

    /// What of `text` shows: it without its invisible characters.
    static func visiblePart(_ text: String) -> String {
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: text.unicodeScalars.filter { !isInvisible($0) })
        return String(visible)
    }

    /// The invisible characters of an invisible text, as `U+XXXX` (the first five).
    private static func named(_ text: String) -> String {
        text.unicodeScalars.prefix(5).map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " ")
    }

    /// Why `text` cannot be a ticket tag, or nil when it can. A tag is 1–40 characters of
    /// letters and digits of any script, marks, and `_ . : / # @ -`; it starts with a letter,
    /// digit or `#`/`@` (never `+` or `-`, which `cs tag` reads as add and remove), and has no
    /// spaces, tabs or control characters (a tag is one word, so it can always be typed back).
    public static func tagProblem(_ text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first else { return .empty }
        guard scalars.count <= 40 else { return .tooLong(maximum: 40) }
        if first == "+" || first == "-" { return .startsWithSign(Character(first)) }
        for scalar in scalars {
            if scalar.properties.isWhitespace { return .hasSpace }
            guard isTagCharacter(scalar) else { return .characterNotAllowed(Names.visible(scalar)) }
        }
        guard isTagCharacter(first), first != "_", first != ".", first != ":", first != "/" else {
            return .badFirstCharacter
        }
        // Masking would change the tag (and could make two tags one): refused instead.
        if SensitiveData.contains(text) { return .sensitiveNumber }
        return nil
    }

    private static func isTagCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return "_.:/#@-".unicodeScalars.contains(scalar)
        }
    }

    /// Why `text` cannot be an agent's name, or nil when it can: 1–64 characters on one line,
    /// no control or bidirectional-override characters, and not tier-shaped (`L2`, `l4`): a
    /// name like a tier would read as one in `escalate --to` and in every listing. Nor a word
    /// meaning nobody (`none`, `-`), nor one with nothing visible.
    public static func agentProblem(_ text: String) -> Problem? {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return .empty }
        guard scalars.count <= 64 else { return .tooLong(maximum: 64) }
        if let bad = scalars.first(where: { $0.properties.generalCategory == .control || isBidiControl($0) }) {
            return .controlCharacter(Names.visible(bad))
        }
        if isTierShaped(text) { return .tierShaped }
        if SensitiveData.contains(text) { return .sensitiveNumber }
        let visible = visiblePart(text)
        if visible.isEmpty { return .invisible(named(text)) }
        // Invisible characters around or inside do not make `none` another name.
        if nobodyWords.contains(visible) { return .meansNobody(visible) }
        return nil
    }

    /// Why `text` cannot be a one-line value the desk lists and matches on (a customer's
    /// name, a payment reference), or nil when it can: not empty, not only invisible
    /// characters, and no control character, a line break least of all, which would split a
    /// listing's row in two. Bidirectional
    /// controls are kept (names copied from other systems carry them) and shown escaped.
    public static func oneLineProblem(_ text: String) -> Problem? {
        guard !text.isEmpty else { return .empty }
        if let bad = text.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return .controlCharacter(Names.visible(bad))
        }
        if visiblePart(text).isEmpty { return .invisible(named(text)) }
        return nil
    }

    /// `L` and digits, in either case: `L2`, `l10`.
    public static func isTierShaped(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count >= 2 && (scalars[0] == "L" || scalars[0] == "l")
            && scalars.dropFirst().allSatisfy { $0.value >= 48 && $0.value <= 57 }
    }

    /// The Unicode bidirectional controls (embeddings, overrides, isolates, marks): stored
    /// faithfully, but never sent raw to a terminal, where they reorder what people read.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// A character as it can be shown in a message: itself, or `U+XXXX` when invisible.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.properties.generalCategory == .control || isBidiControl(scalar) || scalar.properties.isWhitespace {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return String(scalar)
    }
}

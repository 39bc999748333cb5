/// What every shell's completion script needs, read from the command table: the command
/// words, each command's options and positionals, and how to complete a value of each kind.
/// The three generators render this one model, so they never disagree with the parser.
struct CompletionModel {
    let commands: [CommandSpec]
    /// The language of the descriptions zsh and fish show; the words completed never change.
    let catalogue: Catalogue

    init(_ specs: [CommandSpec] = CommandTable.specs, catalogue: Catalogue = .english) {
        commands = specs.filter { !$0.hidden }
        self.catalogue = catalogue
    }

    func abstract(_ spec: CommandSpec) -> String { catalogue.help(spec.abstract) }
    func help(_ option: OptionSpec) -> String { catalogue.help(option.help) }

    /// Words that may come first: `open`, `faq`, ...
    var topLevelWords: [(word: String, abstract: String)] {
        var seen = Set<String>()
        return commands.compactMap { spec in
            guard seen.insert(spec.path[0]).inserted else { return nil }
            return (spec.path[0], spec.path.count == 1 ? abstract(spec) : catalogue.groupTitle(spec.path[0]))
        }
    }

    /// How the first argument completes of a group word that is a command itself (`cs sla
    /// TICKET` beside `cs sla policy`): offered together with the subcommands; nil for a group
    /// that is only a group (`faq`).
    func firstArgumentKind(ofGroup word: String) -> String? {
        commands.first { $0.path == [word] && !$0.positionals.isEmpty }.map { kindWord($0.positionals[0], of: $0) }
    }

    /// Group words with their subcommands (`faq` → search, show, ...).
    var groups: [(word: String, subcommands: [CommandSpec])] {
        var result: [(String, [CommandSpec])] = []
        for spec in commands where spec.path.count == 2 {
            if let index = result.firstIndex(where: { $0.0 == spec.path[0] }) {
                result[index].1.append(spec)
            } else {
                result.append((spec.path[0], [spec]))
            }
        }
        return result
    }

    /// Every option name that takes a value, global or not. The parser's table keeps a name
    /// meaning the same everywhere (a test checks), so scripts can skip values by name alone.
    var valueOptions: [String] {
        let all = GlobalOptions.specs + commands.flatMap(\.options)
        return Array(Set(all.filter(\.takesValue).map { "--" + $0.long })).sorted()
    }

    /// Each value-taking option and how its value completes, sorted by name: the way most
    /// commands take it, and the commands that take it otherwise (`--category` is one of six
    /// words for `cs list`, any text for `cs faq add`).
    var valueOptionKinds: [(name: String, kind: String, otherwise: [(commands: [String], kind: String)])] {
        var byName: [String: [(command: String?, kind: String)]] = [:]
        for option in GlobalOptions.specs where option.takesValue {
            byName["--" + option.long, default: []].append((nil, Self.kindWord(option.kind)))
        }
        for spec in commands {
            for option in spec.options where option.takesValue {
                byName["--" + option.long, default: []].append((spec.name, Self.kindWord(option.kind)))
            }
        }
        return byName.keys.sorted().map { name in
            let uses = byName[name]!
            let kinds = Dictionary(grouping: uses, by: \.kind)
            // The commonest way first; ties go to the kind that sorts first, so the script is stable.
            let common = kinds.keys.sorted().max { kinds[$0]!.count < kinds[$1]!.count }!
            let otherwise = kinds.keys.sorted().filter { $0 != common }.map { kind in
                (commands: kinds[kind]!.compactMap(\.command).sorted(), kind: kind)
            }
            return (name, common, otherwise)
        }
    }

    /// What `cs help` completes: the command words and the help topics first; after a
    /// group's word (`cs help sla`), that group's subcommands; nothing after those.
    var help: (first: String, afterGroup: [(group: String, choice: String)]) {
        (
            "choice:" + (topLevelWords.map(\.word) + HelpTopic.allCases.map(\.rawValue)).joined(separator: " "),
            groups.map { ($0.word, "choice:" + $0.subcommands.map { $0.path[1] }.joined(separator: " ")) }
        )
    }

    /// How a positional completes; `cs help` offers the command words and the help topics.
    func kindWord(_ positional: PositionalSpec, of spec: CommandSpec) -> String {
        spec.name == "help" ? help.first : Self.kindWord(positional.kind)
    }

    /// How a value of this kind completes: `ticket`, `agent`, `faq`, `file`, `choice:a b c`, or `text`.
    static func kindWord(_ kind: ValueKind) -> String {
        switch kind {
        case .ticket: return "ticket"
        case .agent: return "agent"
        case .faq: return "faq"
        case .file: return "file"
        case .choice(let values): return "choice:" + values.joined(separator: " ")
        case .text, .number: return "text"
        }
    }
}

extension String {
    /// Quoted for a POSIX shell's single quotes.
    var shellQuoted: String { "'" + replacing("'", with: "'\\''") + "'" }
}

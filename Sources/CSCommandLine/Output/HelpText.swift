/// `cs help`, `cs help COMMAND` and `cs COMMAND --help`, all read from the command table,
/// in the catalogue's language.
public struct HelpText {
    public let catalogue: Catalogue

    public init(catalogue: Catalogue) { self.catalogue = catalogue }

    private func help(_ key: HelpKey) -> String { catalogue.help(key) }

    public func overview(_ specs: [CommandSpec]) -> String {
        var lines = [help(.overviewTitle), "", help(.usageHeading) + " cs COMMAND [ARGUMENTS] [OPTIONS]", ""]
        let width = specs.filter { !$0.hidden }.map { $0.name.count }.max() ?? 0
        for group in CommandSpec.Group.allCases {
            let members = specs.filter { $0.group == group && !$0.hidden }
            guard !members.isEmpty else { continue }
            lines.append(help(group.title) + ":")
            for spec in members {
                lines.append("  " + DisplayWidth.pad(spec.name, to: width) + "  " + help(spec.abstract))
            }
            lines.append("")
        }
        lines.append(help(.globalOptionsHeading))
        lines.append(contentsOf: optionLines(GlobalOptions.specs))
        lines.append("")
        lines.append(help(.overviewMore))
        lines.append(catalogue.exitStatusSummary())
        return lines.joined(separator: "\n")
    }

    /// `cs faq --help`, `cs help faq`: the group's subcommands.
    public func group(_ path: [String], _ specs: [CommandSpec]) -> String {
        let name = path.joined(separator: " ")
        let members = specs.filter { !$0.hidden && $0.path.count > path.count && $0.path.starts(with: path) }
        let width = members.map { $0.name.count }.max() ?? 0
        var lines = [
            "cs \(name) — " + catalogue.groupTitle(name), "",
            help(.usageHeading) + " cs \(name) COMMAND [ARGUMENTS] [OPTIONS]", "", help(.commandsHeading),
        ]
        lines += members.map { "  " + DisplayWidth.pad($0.name, to: width) + "  " + help($0.abstract) }
        lines += ["", catalogue.groupMore(name)]
        return lines.joined(separator: "\n")
    }

    public func command(_ spec: CommandSpec) -> String {
        var lines = ["cs \(spec.name) — \(help(spec.abstract))", "", help(.usageHeading) + " " + Self.usage(spec)]
        if let discussion = spec.discussion { lines += ["", help(discussion)] }
        if !spec.positionals.isEmpty {
            lines += ["", help(.argumentsHeading)]
            let width = spec.positionals.map { $0.name.count }.max() ?? 0
            for positional in spec.positionals {
                lines.append("  " + DisplayWidth.pad(positional.name, to: width) + "  " + help(positional.help))
            }
        }
        if !spec.options.isEmpty {
            lines += ["", help(.optionsHeading)]
            lines += optionLines(spec.options)
        }
        lines += ["", help(.globalOptionsHeading)]
        lines += optionLines(GlobalOptions.specs)
        lines += ["", help(.examplesHeading)]
        lines += spec.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    /// `cs refund TICKET AMOUNT [OPTIONS]`: the same in every language.
    public static func usage(_ spec: CommandSpec) -> String {
        var words = ["cs", spec.name]
        for positional in spec.positionals {
            let name = positional.variadic ? positional.name + "..." : positional.name
            words.append(positional.optional ? "[\(name)]" : name)
        }
        if !spec.options.isEmpty { words.append("[OPTIONS]") }
        return words.joined(separator: " ")
    }

    /// An option's help with what its declaration adds: the choices, required, repeatable.
    func optionHelp(_ option: OptionSpec) -> String {
        var text = help(option.help)
        if case .choice(let allowed) = option.kind { text += " (\(allowed.joined(separator: "|")))" }
        if option.required { text += help(.requiredSuffix) }
        if option.repeatable { text += help(.repeatableSuffix) }
        return text
    }

    func optionLines(_ options: [OptionSpec]) -> [String] {
        let labels = options.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? "    "
            label += "--" + option.long
            if let valueName = option.valueName { label += " " + valueName }
            return label
        }
        let width = labels.map { $0.count }.max() ?? 0
        return zip(options, labels).map { option, label in
            "  " + DisplayWidth.pad(label, to: width) + "  " + optionHelp(option)
        }
    }
}

extension CommandSpec.Group {
    var title: HelpKey {
        switch self {
        case .setup: return .groupSetup
        case .writing: return .groupWriting
        case .reading: return .groupReading
        case .help: return .groupHelp
        }
    }
}

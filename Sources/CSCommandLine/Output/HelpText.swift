/// `cs help`, `cs help COMMAND` and `cs COMMAND --help`, all read from the command table.
public enum HelpText {
    public static func overview(_ specs: [CommandSpec]) -> String {
        var lines = ["cs — a support desk's tickets in an append-only event log", "",
                     "Usage: cs COMMAND [ARGUMENTS] [OPTIONS]", ""]
        let width = specs.filter { !$0.hidden }.map { $0.name.count }.max() ?? 0
        for group in CommandSpec.Group.allCases {
            let members = specs.filter { $0.group == group && !$0.hidden }
            guard !members.isEmpty else { continue }
            lines.append(group.rawValue + ":")
            for spec in members { lines.append("  " + DisplayWidth.pad(spec.name, to: width) + "  " + spec.abstract) }
            lines.append("")
        }
        lines.append("Global options:")
        lines.append(contentsOf: optionLines(GlobalOptions.specs))
        lines.append("")
        lines.append("Run 'cs help COMMAND' for a command's options and examples.")
        lines.append("Exit status: 0 done, 1 refused by the rules, 2 usage, 3 not found, 4 log damaged or unwritable, "
            + "5 output not written; see 'cs help exit-codes'.")
        return lines.joined(separator: "\n")
    }

    /// `cs faq --help`, `cs help faq`: the group's subcommands.
    public static func group(_ path: [String], _ specs: [CommandSpec]) -> String {
        let name = path.joined(separator: " ")
        let members = specs.filter { !$0.hidden && $0.path.count > path.count && $0.path.starts(with: path) }
        let width = members.map { $0.name.count }.max() ?? 0
        var lines = ["cs \(name) — \(name) commands", "", "Usage: cs \(name) COMMAND [ARGUMENTS] [OPTIONS]", "", "Commands:"]
        lines += members.map { "  " + DisplayWidth.pad($0.name, to: width) + "  " + $0.abstract }
        lines += ["", "Run 'cs help \(name) COMMAND' for a command's options and examples."]
        return lines.joined(separator: "\n")
    }

    public static func command(_ spec: CommandSpec) -> String {
        var lines = ["cs \(spec.name) — \(spec.abstract)", "", "Usage: " + usage(spec)]
        if let discussion = spec.discussion { lines += ["", discussion] }
        if !spec.positionals.isEmpty {
            lines += ["", "Arguments:"]
            let width = spec.positionals.map { $0.name.count }.max() ?? 0
            for positional in spec.positionals {
                lines.append("  " + DisplayWidth.pad(positional.name, to: width) + "  " + positional.help)
            }
        }
        if !spec.options.isEmpty {
            lines += ["", "Options:"]
            lines += optionLines(spec.options)
        }
        lines += ["", "Global options:"]
        lines += optionLines(GlobalOptions.specs)
        lines += ["", "Examples:"]
        lines += spec.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }

    public static func usage(_ spec: CommandSpec) -> String {
        var words = ["cs", spec.name]
        for positional in spec.positionals {
            let name = positional.variadic ? positional.name + "..." : positional.name
            words.append(positional.optional ? "[\(name)]" : name)
        }
        if !spec.options.isEmpty { words.append("[OPTIONS]") }
        return words.joined(separator: " ")
    }

    static func optionLines(_ options: [OptionSpec]) -> [String] {
        let labels = options.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? "    "
            label += "--" + option.long
            if let valueName = option.valueName { label += " " + valueName }
            return label
        }
        let width = labels.map { $0.count }.max() ?? 0
        return zip(options, labels).map { option, label in
            var help = option.help
            if case .choice(let allowed) = option.kind { help += " (\(allowed.joined(separator: "|")))" }
            if option.repeatable { help += "; repeatable" }
            return "  " + DisplayWidth.pad(label, to: width) + "  " + help
        }
    }
}

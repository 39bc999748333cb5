/// `docs/cs.1`: the manual page in roff, generated from the command table like help and
/// the completions, so it cannot drift (a test regenerates and compares it).
enum ManPage {
    static func render(
        _ specs: [CommandSpec] = CommandTable.specs.filter { !$0.hidden }, catalogue: Catalogue = .english
    ) -> String {
        let help = HelpText(catalogue: catalogue)
        var lines = [
            ".TH CS 1 \"\" \"cs \(CommandLineTool.version)\" \"\(escape(catalogue.help(.manSection)))\"",
            ".SH " + escape(catalogue.help(.manName)),
            "cs \\- " + escape(catalogue.help(.manSummary)),
            ".SH " + escape(catalogue.help(.manSynopsis)),
            ".B cs",
            ".I COMMAND",
            "[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]",
            ".SH " + escape(catalogue.help(.manDescriptionHeading)),
        ]
        lines += catalogue.help(.manDescription).split(separator: "\n").map { escape(String($0)) }
        lines.append(".SH " + escape(catalogue.help(.manGlobalOptionsHeading)))
        lines += options(GlobalOptions.specs, help: help)
        lines.append(".SH " + escape(catalogue.help(.manCommandsHeading)))
        for spec in specs {
            lines.append(".SS \"\(escape(HelpText.usage(spec)))\"")
            lines.append(escape(catalogue.help(spec.abstract)) + catalogue.help(.manSentenceEnd))
            if let discussion = spec.discussion {
                lines.append(".PP")
                lines += catalogue.help(discussion).split(separator: "\n").map { escape(String($0)) }
            }
            for positional in spec.positionals {
                lines += [".TP", "\\fI\(escape(positional.name))\\fR", escape(catalogue.help(positional.help))]
            }
            lines += options(spec.options, help: help)
            lines +=
                [".PP", escape(catalogue.help(.examplesHeading)), ".RS", ".nf"] + spec.examples.map(escape) + [
                    ".fi", ".RE",
                ]
        }
        lines.append(".SH " + escape(catalogue.help(.manEnvironmentHeading)))
        for variable in EnvironmentVariable.allCases {
            lines += [
                ".TP", variable.names.map { "\\fB\(escape($0))\\fR" }.joined(separator: ", "),
                escape(catalogue.environmentMeaning(variable)),
            ]
        }
        lines.append(".SH " + escape(catalogue.help(.manExitStatusHeading)))
        for status in ExitStatus.allCases {
            lines += [
                ".TP", String(status.rawValue), escape(catalogue.exitStatusMeaning(status).replacing("\n", with: " ")),
            ]
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private static func options(_ specs: [OptionSpec], help: HelpText) -> [String] {
        specs.flatMap { option -> [String] in
            var label = (option.short.map { "\\fB\\-\($0)\\fR, " } ?? "") + "\\fB\\-\\-\(escape(option.long))\\fR"
            if let valueName = option.valueName { label += " \\fI\(escape(valueName))\\fR" }
            return [".TP", label, escape(help.optionHelp(option))]
        }
    }

    /// Backslashes and leading dots or quotes would be read as roff requests.
    private static func escape(_ text: String) -> String {
        var result = text.replacing("\\", with: "\\e").replacing("-", with: "\\-")
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }
}

/// The hidden command that prints the man page (for regenerating docs/cs.1).
enum ManPageCommand: Command {
    static let path = ["__manpage"]
    static let spec = CommandSpec(
        path, group: .help, abstract: .manPageAbstract,
        examples: ["cs __manpage > docs/cs.1"], hidden: true)

    static func run(_ context: Context) throws(Failure) {
        context.environment.output(ManPage.render(catalogue: context.catalogue))
    }
}

/// `docs/cs.1`: the manual page in roff, generated from the command table like help and
/// the completions, so it cannot drift (a test regenerates and compares it).
enum ManPage {
    static func render(_ specs: [CommandSpec] = CommandTable.specs.filter { !$0.hidden }) -> String {
        var lines = [
            ".TH CS 1 \"\" \"cs \(CommandLineTool.version)\" \"User Commands\"",
            ".SH NAME",
            "cs \\- a support desk's tickets in an append-only event log",
            ".SH SYNOPSIS",
            ".B cs",
            ".I COMMAND",
            "[\\fIARGUMENTS\\fR] [\\fIOPTIONS\\fR]",
            ".SH DESCRIPTION",
            "cs keeps a customer-support desk as tickets in an append-only JSON Lines event log,",
            ".IR .cs/events.jsonl .",
            "Every change appends events; the state of every ticket is what replaying the log gives.",
            "The log is found like git finds .git: \\fB\\-\\-log\\fR, else \\fBCS_LOG\\fR, else the nearest",
            ".I .cs/",
            "folder walking up from the current one.",
            ".SH GLOBAL OPTIONS",
        ]
        lines += options(GlobalOptions.specs)
        lines.append(".SH COMMANDS")
        for spec in specs {
            lines.append(".SS \"\(escape(HelpText.usage(spec)))\"")
            lines.append(escape(spec.abstract) + ".")
            if let discussion = spec.discussion {
                lines.append(".PP")
                lines += discussion.split(separator: "\n").map { escape(String($0)) }
            }
            for positional in spec.positionals {
                lines += [".TP", "\\fI\(escape(positional.name))\\fR", escape(positional.help)]
            }
            lines += options(spec.options)
            lines += [".PP", "Examples:", ".RS", ".nf"] + spec.examples.map(escape) + [".fi", ".RE"]
        }
        lines += [
            ".SH ENVIRONMENT",
            ".TP", "\\fBCS_LOG\\fR", "the event log, when \\-\\-log is not given",
            ".TP", "\\fBCS_AGENT\\fR", "the acting staff member, when \\-\\-as is not given",
            ".TP", "\\fBCS_NOW\\fR", "a fixed RFC 3339 time for reproducible logs (tests, fixtures)",
            ".TP", "\\fBCS_EDITOR\\fR, \\fBVISUAL\\fR, \\fBEDITOR\\fR", "the editor for bodies on a terminal (else vi)",
            ".TP", "\\fBCS_PAGER\\fR, \\fBPAGER\\fR", "the pager for long output on a terminal (else less, with LESS=FRX unless LESS is set)",
            ".TP", "\\fBNO_COLOR\\fR", "no colour, unless \\-\\-color always",
            ".TP", "\\fBCOLUMNS\\fR", "the width tables fit, else the terminal's",
            ".TP", "\\fBTZ\\fR", "the time zone of human-readable times (JSON is always UTC)",
            ".SH EXIT STATUS",
            ".TP", "0", "done",
            ".TP", "1", "understood but refused by the rules",
            ".TP", "2", "usage: unknown command or option, bad value, missing argument, no log found",
            ".TP", "3", "not found: no such ticket, or an ambiguous id prefix",
            ".TP", "4", "the log is damaged, unreadable, or could not be written (nothing was appended)",
            ".TP", "5", "the command's output could not be written",
            ".TP", "70", "an internal error (a bug in cs)",
            ".TP", "141", "the reader of the output went away (as if killed by SIGPIPE)",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private static func options(_ specs: [OptionSpec]) -> [String] {
        specs.flatMap { option -> [String] in
            var label = (option.short.map { "\\fB\\-\($0)\\fR, " } ?? "") + "\\fB\\-\\-\(escape(option.long))\\fR"
            if let valueName = option.valueName { label += " \\fI\(escape(valueName))\\fR" }
            var help = option.help
            if case .choice(let allowed) = option.kind { help += " (\(allowed.joined(separator: "|")))" }
            return [".TP", label, escape(help)]
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
    static let spec = CommandSpec(
        ["__manpage"], group: .help, abstract: "print the manual page in roff",
        examples: ["cs __manpage > docs/cs.1"], hidden: true)

    static func run(_ context: Context) throws {
        context.environment.output(ManPage.render())
    }
}

import CSDomain

enum CompletionCommand: Command {
    static let shells = ["bash", "zsh", "fish"]

    static let spec = CommandSpec(
        ["completion"], group: .setup,
        abstract: "print the completion script for bash, zsh or fish",
        discussion: "The same scripts are committed in completions/. Install:\n"
            + "  bash: cs completion bash > ~/.local/share/bash-completion/completions/cs\n"
            + "  zsh:  cs completion zsh > ~/.zfunc/_cs   (with fpath=(~/.zfunc $fpath) before compinit)\n"
            + "  fish: cs completion fish > ~/.config/fish/completions/cs.fish",
        positionals: [.required("SHELL", kind: .choice(shells), "bash, zsh or fish")],
        examples: ["cs completion bash > ~/.local/share/bash-completion/completions/cs"])

    static func script(for shell: String) -> String? {
        switch shell {
        case "bash": return BashCompletion.script()
        case "zsh": return ZshCompletion.script()
        case "fish": return FishCompletion.script()
        default: return nil
        }
    }

    static func run(_ context: Context) throws {
        let shell = context.invocation.argument("SHELL") ?? ""
        guard let script = script(for: shell) else {
            throw UsageError.invalidChoice(option: "SHELL", value: shell, allowed: shells)
        }
        context.environment.output(script)
    }
}

/// The hidden helper the completion scripts call for live values. Quiet by design: outside
/// a desk, or on a damaged log, it prints nothing rather than an error into the prompt.
enum CompleteHelperCommand: Command {
    static let spec = CommandSpec(
        ["__complete"], group: .setup,
        abstract: "values for shell completion (tickets with subjects, agents, FAQ entries with questions)",
        positionals: [.required("WHAT", kind: .choice(["tickets", "agents", "faq"]), "tickets, agents or faq")],
        examples: ["cs __complete tickets"], hidden: true)

    static func run(_ context: Context) throws {
        guard let desk = try? context.readDesk() else { return }
        var lines: [String] = []
        switch context.invocation.argument("WHAT") {
        case "tickets":
            // Work in progress first, then the rest, each ticket with its subject.
            let tickets = TicketOrder.sorted(desk.tickets, by: "queue").compactMap { $0.summary() }
            lines = tickets.map { $0.id + "\t" + DisplayWidth.truncate(Terminal.singleLine($0.subject), to: 50) }
        case "agents":
            var seen = Set<String>()
            for ticket in desk.allTickets {
                for name in [ticket.assignee, ticket.openedBy].compactMap({ $0 }) where seen.insert(name).inserted {
                    lines.append(name)
                }
            }
            lines.sort()
        case "faq":
            lines = FAQCatalog(desk: desk).entries.map { $0.id + "\t" + DisplayWidth.truncate(Terminal.singleLine($0.question), to: 50) }
        default:
            break
        }
        if !lines.isEmpty { context.print(lines.joined(separator: "\n")) }
    }
}

import CSDomain

/// The shells cs writes completion scripts for.
enum Shell: String, ChoiceWord {
    case bash, zsh, fish
}

enum CompletionCommand: Command {
    static let shell = Argument<Shell>.choice("SHELL", help: .completionShell)

    static let path = ["completion"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .completionAbstract, discussion: .completionDiscussion,
        arguments: [shell], examples: ["cs completion bash > ~/.local/share/bash-completion/completions/cs"])

    static func script(for shell: Shell, catalogue: Catalogue = .english) -> String {
        let model = CompletionModel(catalogue: catalogue)
        switch shell {
        case .bash: return BashCompletion.script(model)
        case .zsh: return ZshCompletion.script(model)
        case .fish: return FishCompletion.script(model)
        }
    }

    static func run(_ context: Context) throws(Failure) {
        // Descriptions (zsh, fish) in the reader's language; the words completed never change.
        context.environment.output(script(for: try context.invocation[shell], catalogue: context.catalogue))
    }
}

/// The hidden helper the completion scripts call for live values. Quiet by design: outside
/// a desk, or on a damaged log, it prints nothing rather than an error into the prompt.
enum CompleteHelperCommand: Command {
    enum Values: String, ChoiceWord {
        case tickets, agents, faq
    }

    static let values = Argument<Values>.choice("WHAT", help: .completeWhat)

    static let path = ["__complete"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .completeAbstract, arguments: [values],
        examples: ["cs __complete tickets"], hidden: true)

    static func run(_ context: Context) throws(Failure) {
        let wanted = try context.invocation[values]
        guard let desk = try? context.desk.readDesk() else { return }
        var lines: [String] = []
        switch wanted {
        case .tickets:
            // Work in progress first, then the rest, each ticket with its subject.
            let tickets = TicketOrder.sorted(desk.tickets, by: .queue).compactMap { $0.summary() }
            lines = tickets.map { $0.id + "\t" + DisplayWidth.truncate(Terminal.singleLine($0.subject), to: 50) }
        case .agents:
            var seen = Set<String>()
            for ticket in desk.allTickets {
                for name in [ticket.assignee, ticket.openedBy].compactMap({ $0 }) where seen.insert(name).inserted {
                    lines.append(name)
                }
            }
            lines.sort()
        case .faq:
            lines = FAQCatalog(desk: desk).entries.map {
                $0.id + "\t" + DisplayWidth.truncate(Terminal.singleLine($0.question), to: 50)
            }
        }
        if !lines.isEmpty { context.output.print(lines.joined(separator: "\n")) }
    }
}

import CSDomain

/// Passes two and three: find the command by its leading names, then match the remaining
/// tokens to that command's options and positionals (global options go anywhere).
public enum ArgumentParser {
    public static func parse(_ arguments: [String], table: [CommandSpec]) throws(UsageError) -> ParsedLine {
        try parse(arguments, directory: CommandDirectory(table))
    }

    public static func parse(_ arguments: [String], directory: CommandDirectory) throws(UsageError) -> ParsedLine {
        let tokens = Tokenizer.tokenize(arguments)
        let (found, consumed) = try findCommand(tokens, directory: directory)
        let rest = tokens.enumerated().filter { !consumed.contains($0.offset) }.map(\.element)
        let command: CommandSpec
        switch found {
        case .command(let spec):
            command = spec
        case .group(let path):
            // A group name alone (`cs faq`): its help when asked for, else say what it has.
            // An option after it is the group's to refuse (`cs faq --limit 3`: see 'cs faq --help').
            let globals = try readGlobalsOnly(rest, command: path.joined(separator: " "))
            guard globals.help else { throw .unknownCommand("", suggestion: nil, parent: path.joined(separator: " ")) }
            return .groupHelp(path)
        case .none:
            let globals = try readGlobalsOnly(rest)
            return globals.version && !globals.help ? .version : .help(nil, globals)
        }
        let invocation = try match(rest, to: command)
        if invocation.globals.help { return .help(command, invocation.globals) }
        return .run(invocation)
    }

    /// What the leading words name: a command, a group of commands (`faq`), or nothing.
    enum Found {
        case command(CommandSpec)
        case group([String])
        case none
    }

    /// The command named by the first positional words, and which tokens named it.
    /// Global options may come before it (`cs --log x show T`).
    static func findCommand(_ tokens: [Token], directory: CommandDirectory) throws(UsageError) -> (Found, Set<Int>) {
        let paths = directory.paths
        var path: [String] = []
        var consumed = Set<Int>()
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if case .positional(let word, _) = token {
                let candidate = path + [word]
                if paths.contains(where: { $0.starts(with: candidate) }) {
                    path = candidate
                    consumed.insert(index)
                    index += 1
                    continue
                }
                if path.isEmpty || !paths.contains(path) {
                    let names = Set(
                        paths.filter { $0.count > path.count && $0.starts(with: path) }.map { $0[path.count] })
                    throw .unknownCommand(
                        word, suggestion: Suggestion.closest(to: word, among: names.sorted()),
                        parent: path.isEmpty ? nil : path.joined(separator: " "))
                }
                break
            }
            if !path.isEmpty { break }
            // A global option before the command: skip it and its value.
            if case .long(let name, nil, _, _) = token, GlobalOptions.spec(named: name)?.takesValue == true {
                index += 1
            }
            index += 1
        }
        if path.isEmpty { return (.none, consumed) }
        if let exact = paths.firstIndex(of: path) { return (.command(directory.declaration(exact)), consumed) }
        return (.group(path), consumed)
    }

    /// The global options of a line that names no command (`cs --version`, `cs --help`),
    /// each value-taking one with its value: `cs --log` alone is a usage error.
    private static func readGlobalsOnly(_ tokens: [Token], command: String = "cs") throws(UsageError) -> GlobalValues {
        var globals = GlobalValues()
        var index = 0
        while index < tokens.count {
            switch tokens[index] {
            case .long(let name, let inline, let word, _):
                guard let spec = GlobalOptions.spec(named: name) else {
                    throw .unknownOption(word, command: command, suggestion: suggestOption(name, in: nil))
                }
                var value = inline
                if spec.takesValue && value == nil {
                    index += 1
                    value = try valueWord(tokens, at: index, for: spec, in: nil)
                }
                if !spec.takesValue && inline != nil { throw .flagTakesNoValue(option: "--" + spec.long) }
                globals.set(spec.long, value: value)
            case .short(let letters, let word, _):
                for letter in letters {
                    guard let spec = GlobalOptions.spec(short: letter), !spec.takesValue else {
                        throw .unknownOption(word, command: command, suggestion: nil)
                    }
                    globals.set(spec.long, value: nil)
                }
            case .positional:
                break
            }
            index += 1
        }
        return globals
    }

    /// The word after an option that takes a value. A word that is itself an option of this
    /// command (or a global one) is refused rather than swallowed: `--customer --channel`
    /// is a forgotten value far more often than a customer named "--channel"; that one can
    /// be written `--customer=--channel`.
    private static func valueWord(
        _ tokens: [Token], at index: Int, for spec: OptionSpec,
        in command: CommandSpec?
    ) throws(UsageError) -> String {
        let option = "--" + spec.long
        guard index < tokens.count else { throw .missingValue(option: option, valueName: spec.valueName ?? "VALUE") }
        let token = tokens[index]
        let isKnownOption: Bool
        switch token {
        case .long(let name, _, _, _):
            isKnownOption = command?.option(named: name) != nil || GlobalOptions.spec(named: name) != nil
        case .short(let letters, _, _):
            isKnownOption = letters.allSatisfy {
                command?.option(short: $0) != nil || GlobalOptions.spec(short: $0) != nil
            }
        case .positional:
            isKnownOption = false
        }
        if isKnownOption {
            throw .optionAsValue(option: option, valueName: spec.valueName ?? "VALUE", word: token.word)
        }
        return token.word
    }

    static func match(_ tokens: [Token], to command: CommandSpec) throws(UsageError) -> Invocation {
        var globals = GlobalValues()
        var globalsGiven = Set<String>()
        var options: [String: [String]] = [:]
        var words: [String] = []
        var index = 0
        let takesDashWords = command.positionals.contains { $0.acceptsDashWords }

        func record(_ spec: OptionSpec, _ value: String?, isGlobal: Bool) throws(UsageError) {
            let display = "--" + spec.long
            var stored = value ?? ""
            if case .choice(let allowed) = spec.kind, let given = value {
                guard let canonical = allowed.first(where: { $0.lowercased() == given.lowercased() }) else {
                    throw .invalidChoice(option: display, value: given, allowed: allowed)
                }
                stored = canonical
            }
            if isGlobal {
                if spec.takesValue, !globalsGiven.insert(spec.long).inserted { throw .repeatedOption(option: display) }
                globals.set(spec.long, value: spec.takesValue ? stored : nil)
                return
            }
            if options[spec.long] != nil && !spec.repeatable { throw .repeatedOption(option: display) }
            options[spec.long, default: []].append(stored)
        }

        func nextValue(for spec: OptionSpec) throws(UsageError) -> String {
            index += 1
            return try valueWord(tokens, at: index, for: spec, in: command)
        }

        while index < tokens.count {
            switch tokens[index] {
            case .positional(let word, _):
                words.append(word)
            case .long(let name, let inlineValue, let word, _):
                let local = command.option(named: name)
                guard let spec = local ?? GlobalOptions.spec(named: name) else {
                    throw .unknownOption(word, command: command.name, suggestion: suggestOption(name, in: command))
                }
                var value = inlineValue
                if spec.takesValue {
                    if value == nil, let implied = spec.impliedValue {
                        value = implied
                        if index + 1 < tokens.count, case .positional(let word, _) = tokens[index + 1],
                            case .choice(let allowed) = spec.kind,
                            allowed.contains(where: { $0.lowercased() == word.lowercased() })
                        {
                            value = word
                            index += 1
                        }
                    }
                    if value == nil { value = try nextValue(for: spec) }
                } else if inlineValue != nil {
                    throw .flagTakesNoValue(option: "--" + spec.long)
                }
                try record(spec, value, isGlobal: local == nil)
            case .short(let letters, let word, _):
                let known = letters.allSatisfy {
                    command.option(short: $0) != nil || GlobalOptions.spec(short: $0) != nil
                }
                if !known && takesDashWords {
                    words.append(word)
                    break
                }
                var offset = 0
                while offset < letters.count {
                    let letter = letters[offset]
                    let local = command.option(short: letter)
                    guard let spec = local ?? GlobalOptions.spec(short: letter) else {
                        throw .unknownOption("-\(letter)", command: command.name, suggestion: nil)
                    }
                    var value: String?
                    if spec.takesValue {
                        let rest = String(letters[(offset + 1)...])
                        value = rest.isEmpty ? try nextValue(for: spec) : rest
                        offset = letters.count
                    }
                    try record(spec, value, isGlobal: local == nil)
                    offset += 1
                }
            }
            index += 1
        }
        if globals.help { return Invocation(command: command, globals: globals, options: options, arguments: [:]) }
        let arguments = try assign(words, to: command)
        if let missing = command.options.first(where: { $0.required && options[$0.long] == nil }) {
            throw .missingOption(option: missing.display, command: command.name)
        }
        // Every value typed is checked now, before the command reads the desk: a typo is the
        // same usage error on any desk, on a damaged one, and with no desk at all.
        for spec in command.positionals {
            for word in arguments[spec.name] ?? [] { try spec.check?(word, spec.name) }
        }
        for spec in command.options {
            for word in options[spec.long] ?? [] { try spec.check?(word, "--" + spec.long) }
        }
        return Invocation(command: command, globals: globals, options: options, arguments: arguments)
    }

    private static func assign(_ words: [String], to command: CommandSpec) throws(UsageError) -> [String: [String]] {
        var arguments: [String: [String]] = [:]
        var remaining = words[...]
        for positional in command.positionals {
            if positional.variadic {
                if remaining.isEmpty && !positional.optional {
                    throw .missingArgument(name: positional.name, command: command.name)
                }
                if !remaining.isEmpty { arguments[positional.name] = Array(remaining) }
                remaining = []
            } else if let word = remaining.first {
                arguments[positional.name] = [try canonical(word, for: positional)]
                remaining = remaining.dropFirst()
            } else if !positional.optional {
                throw .missingArgument(name: positional.name, command: command.name)
            }
        }
        if let extra = remaining.first { throw .unexpectedArgument(extra, command: command.name) }
        return arguments
    }

    /// A choice's word as listed (`OPEN` → `open`), as options take them; others as typed.
    private static func canonical(_ word: String, for positional: PositionalSpec) throws(UsageError) -> String {
        guard case .choice(let allowed) = positional.kind else { return word }
        guard let listed = allowed.first(where: { $0.lowercased() == word.lowercased() }) else {
            throw .invalidChoice(option: positional.name, value: word, allowed: allowed)
        }
        return listed
    }

    private static func suggestOption(_ name: String, in command: CommandSpec?) -> String? {
        let names = (command?.options ?? []).map(\.long) + GlobalOptions.specs.map(\.long)
        return Suggestion.closest(to: name, among: names).map { "--" + $0 }
    }
}

@testable import CSCommandLine
@testable import CSDomain
import Testing

@Suite struct TokenizerTests {
    @Test func splitsLongShortPositionalAndTerminator() {
        let tokens = Tokenizer.tokenize(["reply", "--faq=F1", "--body-file", "-", "-qh", "--", "--not-an-option"])
        #expect(
            tokens == [
                .positional("reply", position: 0),
                .long(name: "faq", value: "F1", word: "--faq=F1", position: 1),
                .long(name: "body-file", value: nil, word: "--body-file", position: 2),
                .positional("-", position: 3),
                .short(letters: ["q", "h"], word: "-qh", position: 4),
                .positional("--not-an-option", position: 6),
            ])
    }

    @Test func equalsValueMayBeEmptyOrContainEquals() {
        #expect(
            Tokenizer.tokenize(["--reason=a=b"]) == [
                .long(name: "reason", value: "a=b", word: "--reason=a=b", position: 0)
            ])
        #expect(Tokenizer.tokenize(["--reason="]) == [.long(name: "reason", value: "", word: "--reason=", position: 0)])
    }
}

@Suite struct ArgumentParserTests {
    func invocation(_ arguments: [String]) throws -> Invocation {
        guard case .run(let invocation) = try ArgumentParser.parse(arguments, table: CommandTable.specs) else {
            Issue.record("expected a command to run")
            throw UsageError.noCommand
        }
        return invocation
    }

    @Test func globalOptionsGoAnywhere() throws {
        let before = try invocation(["--log", "x.jsonl", "--as", "kim", "show", "K7", "--json"])
        #expect(before.command.name == "show")
        #expect(before.globals.log == "x.jsonl")
        #expect(before.globals.actor == "kim")
        #expect(before.globals.json)
        #expect(try before[Common.ticket] == "K7")
    }

    @Test func optionValuesBothWays() throws {
        let parsed = try invocation([
            "open", "결제 오류", "--customer=김민수", "--priority", "HIGH", "--tag", "a", "--tag", "b",
        ])
        #expect(try parsed[OpenCommand.customer] == "김민수")
        #expect(try parsed[OpenCommand.priority] == .high)
        #expect(try parsed[OpenCommand.tags] == ["a", "b"])
    }

    @Test func doubleDashMakesOptionLookingWordsPositional() throws {
        let parsed = try invocation(["reply", "K7", "--", "--looks-like-an-option"])
        #expect(try parsed[ReplyCommand.text] == "--looks-like-an-option")
    }

    @Test func dashWordsArePositionalWhereTheCommandTakesThem() throws {
        let parsed = try invocation(["tag", "K7", "-vip", "+card"])
        #expect(parsed.word(TagCommand.changes) == "-vip")
        #expect(try parsed[TagCommand.changes].count == 2)
        #expect(try invocation(["tag", "K7", "-q", "+x"]).globals.quiet)
    }

    @Test func helpWinsOverMissingArguments() throws {
        guard case .help(let spec?, _) = try ArgumentParser.parse(["refund", "--help"], table: CommandTable.specs)
        else {
            Issue.record("expected help")
            return
        }
        #expect(spec.name == "refund")
    }

    /// A line builds the declaration of the command it names and no other (building all of
    /// them was a tenth of cs's start-up); `--version` builds none.
    @Test func onlyTheNamedCommandIsDeclared() throws {
        final class Built: @unchecked Sendable { var indices: [Int] = [] }
        let built = Built()
        let specs = CommandTable.specs
        let directory = CommandDirectory(paths: specs.map(\.path)) { index in
            built.indices.append(index)
            return specs[index]
        }
        _ = try ArgumentParser.parse(["--log", "x.jsonl", "faq", "search", "refund"], directory: directory)
        #expect(built.indices.map { specs[$0].path } == [["faq", "search"]])
        built.indices = []
        _ = try ArgumentParser.parse(["--version"], directory: directory)
        #expect(built.indices.isEmpty)
    }

    /// An option after a group's name (`cs faq --limit 3`) is the group's to refuse.
    @Test func anOptionAfterAGroupNamesTheGroup() {
        #expect(throws: UsageError.unknownOption("--limit", command: "faq", suggestion: nil)) {
            try ArgumentParser.parse(["faq", "--limit", "3"], directory: CommandTable.directory)
        }
        #expect(throws: UsageError.unknownOption("-x", command: "faq", suggestion: nil)) {
            try ArgumentParser.parse(["faq", "-x"], directory: CommandTable.directory)
        }
    }

    @Test func noArgumentsIsTheOverview() throws {
        guard case .help(nil, _) = try ArgumentParser.parse([], table: CommandTable.specs) else {
            Issue.record("expected the overview")
            return
        }
    }

    @Test(
        arguments: [
            (["opne"], UsageError.unknownCommand("opne", suggestion: "open", parent: nil)),
            (["frobnicate"], UsageError.unknownCommand("frobnicate", suggestion: nil, parent: nil)),
            (
                ["open", "x", "--prority", "high"],
                UsageError.unknownOption("--prority", command: "open", suggestion: "--priority")
            ),
            (
                ["list", "--priority", "hgh"],
                UsageError.invalidChoice(
                    option: "--priority", value: "hgh", allowed: ["low", "normal", "high", "urgent"])
            ),
            (["close", "K7", "--reason"], UsageError.missingValue(option: "--reason", valueName: "TEXT")),
            (["show"], UsageError.missingArgument(name: "TICKET", command: "show")),
            (["show", "a", "b"], UsageError.unexpectedArgument("b", command: "show")),
            (["list", "--json=yes"], UsageError.flagTakesNoValue(option: "--json")),
            (["list", "-z"], UsageError.unknownOption("-z", command: "list", suggestion: nil)),
            (["--log", "a", "--log", "b", "list"], UsageError.repeatedOption(option: "--log")),
        ] as [([String], UsageError)])
    func refusals(_ arguments: [String], _ expected: UsageError) {
        #expect(throws: expected) { try ArgumentParser.parse(arguments, table: CommandTable.specs) }
    }
}

@Suite struct CommandTableTests {
    @Test func namesAreUnique() {
        let names = CommandTable.specs.map(\.name)
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: CommandTable.specs.map(\.name))
    func everyCommandHasAnAbstractAndAnExample(_ name: String) {
        let spec = CommandTable.specs.first { $0.name == name }!
        #expect(!Catalogue.english.help(spec.abstract).isEmpty)
        #expect(!spec.examples.isEmpty)
        #expect(spec.examples.allSatisfy { $0.hasPrefix("cs ") || $0.contains("$(cs ") || $0.contains("| cs ") })
    }

    @Test(arguments: CommandTable.specs.map(\.name))
    func noOptionShadowsAGlobalOne(_ name: String) {
        let spec = CommandTable.specs.first { $0.name == name }!
        for option in spec.options {
            #expect(GlobalOptions.spec(named: option.long) == nil, "\(name) --\(option.long) shadows a global option")
            if let short = option.short { #expect(GlobalOptions.spec(short: short) == nil) }
        }
        let longs = spec.options.map(\.long)
        #expect(Set(longs).count == longs.count)
    }

    @Test func cliContractCommandsExist() {
        let required = [
            "init", "open", "reply", "note", "assign", "escalate", "refund", "payment", "priority", "tag",
            "status", "close", "reopen", "rate", "show", "list", "log", "help",
        ]
        for name in required { #expect(CommandTable.specs.contains { $0.name == name }, "missing \(name)") }
    }
}

@Suite struct SuggestionTests {
    @Test(
        arguments: [("opne", "open"), ("reply", "reply"), ("refnud", "refund"), ("stauts", "status"), ("xyzzy", nil)]
            as [(String, String?)])
    func closest(_ typed: String, _ expected: String?) {
        #expect(Suggestion.closest(to: typed, among: CommandTable.specs.map(\.name)) == expected)
    }
}

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("abc", 3), ("결제", 4), ("결제 오류", 9), ("ｆｕｌｌ", 8), ("é", 1), ("", 0), ("\u{FEFF}x", 1),
            ("a\u{2060}b\u{200D}c", 3), ("\u{FFF9}\u{1D173}", 0),
        ] as [(String, Int)])
    func widths(_ text: String, _ columns: Int) {
        #expect(DisplayWidth.of(text) == columns)
    }

    @Test func truncatesByColumnsWithAnEllipsis() {
        #expect(DisplayWidth.truncate("결제 오류가 났어요", to: 8) == "결제 오…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("결제 오류가 났어요", to: 8)) <= 8)
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test func tableColumnsLineUpWithHangul() {
        var table = TextTable(header: ["ID", "SUBJECT", "AGE"])
        table.append(["A", "결제 오류", "1d"])
        table.append(["B", "Login", "2h"])
        let lines = table.render().split(separator: "\n").map(String.init)
        let columns = lines.map { line -> Int in
            let prefix = line.components(separatedBy: "  ").dropLast().joined(separator: "  ")
            return DisplayWidth.of(prefix)
        }
        #expect(Set(columns).count == 1, "\(lines)")
    }
}

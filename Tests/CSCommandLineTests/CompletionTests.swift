@testable import CSCommandLine
import Foundation
import Testing

/// The committed scripts match what `cs completion` prints.
@Suite struct CompletionFreshnessTests {
    @Test(arguments: [(Shell.bash, "cs.bash"), (.zsh, "_cs"), (.fish, "cs.fish")])
    func committedScriptIsCurrent(_ shell: Shell, _ file: String) throws {
        let committed = try String(
            contentsOf: Paths.packageRoot.appendingPathComponent("completions/" + file), encoding: .utf8)
        #expect(
            committed == CompletionCommand.script(for: shell),
            "completions/\(file) is out of date, run: swift run cs completion \(shell) > completions/\(file)")
    }

    @Test func optionNamesMeanTheSameEverywhere() {
        // The scripts skip option values by name alone, so a name must take a value everywhere or nowhere.
        var takesValue: [String: Bool] = [:]
        for option in GlobalOptions.specs + CommandTable.specs.flatMap(\.options) {
            if let earlier = takesValue[option.long] { #expect(earlier == option.takesValue, "--\(option.long)") }
            takesValue[option.long] = option.takesValue
        }
    }
}

/// Completions inside the real shells, against a desk with two tickets. CI installs bash,
/// zsh and fish (`.ci/run`) and sets CS_REQUIRE_SHELLS=1 so a missing shell fails there;
/// elsewhere a missing shell's cases are reported as skipped, never as passed.
@Suite struct ShellCompletionTests {
    static let required = ProcessInfo.processInfo.environment["CS_REQUIRE_SHELLS"] == "1"

    static func available(_ shell: String) -> Bool {
        ["/bin/", "/usr/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + shell) }
    }

    /// Whether a shell's cases run: when it is installed, or when CI requires it (then a
    /// missing shell fails the case instead of skipping it).
    static func runs(_ shell: String) -> Bool { required || available(shell) }

    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let expected: [String]
        var testDescription: String { "'\(line)'" }
    }

    /// `T` in a line stands for the first ticket's id; `<tickets>` for both ids.
    static let cases: [Case] = [
        Case(line: "cs re", expected: ["reply", "refund", "reopen"]),
        Case(line: "cs open --priority ", expected: ["low", "normal", "high", "urgent"]),
        Case(line: "cs list --channel ", expected: ["phone", "email", "chat", "web", "visit"]),
        Case(line: "cs list --tier ", expected: ["L1", "L2", "L3"]),
        // `--category` is one of six words here, any text for `cs faq add`.
        Case(line: "cs list --category ", expected: ["payment", "refund", "security"]),
        Case(line: "cs list --sta", expected: ["--status"]),
        Case(line: "cs open --", expected: ["--customer", "--category", "--body-file", "--json"]),
        Case(line: "cs status T ", expected: ["open", "pending", "solved"]),
        Case(line: "cs show ", expected: ["<tickets>"]),
        Case(line: "cs --log .cs/events.jsonl reply ", expected: ["<tickets>"]),
        Case(line: "cs assign T ", expected: ["park"]),
        Case(line: "cs completion ", expected: ["bash", "zsh", "fish"]),
        Case(line: "cs help ref", expected: ["refund"]),
        Case(line: "cs help exit", expected: ["exit-codes"]),
        Case(line: "cs help sla ", expected: ["policy", "hours"]),
        // `sla` takes a ticket and has subcommands: both are offered.
        Case(line: "cs sla ", expected: ["policy", "hours", "<tickets>"]),
        Case(line: "cs help faq ", expected: ["search", "import"]),
        Case(line: "cs faq ", expected: ["search", "import"]),
        Case(line: "cs faq search --lang ", expected: ["ko", "en"]),
    ]

    static func desk() -> (Harness, [String]) {
        let harness = Harness.withEmptyDesk()
        let first = harness.open("결제 오류", ["--as", "park"])
        let second = harness.open("Login fails")
        try? "answer".write(toFile: harness.folder + "/answer.txt", atomically: true, encoding: .utf8)
        return (harness, [first, second])
    }

    func complete(
        _ shell: String, _ line: String, in folder: String,
        scripts: String = Paths.packageRoot.appendingPathComponent("completions").path
    ) throws -> [String] {
        let script = scripts
        let command: String
        switch shell {
        case "bash":
            command = """
                source \(script)/cs.bash
                read -ra COMP_WORDS <<< "$LINE"; [[ $LINE == *' ' ]] && COMP_WORDS+=('')
                COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _cs; printf '%s\\n' "${COMPREPLY[@]}"
                """
        case "zsh":
            command = """
                fpath=(\(script) $fpath); autoload -U compinit; compinit -u -d "$TMPDIR_ZSH/zcompdump"
                [[ $_comps[cs] == _cs ]] || { print 'cs is not registered under compinit'; exit 1 }
                autoload +X _cs 2>/dev/null; source \(script)/_cs
                words=(${(z)LINE}); [[ $LINE == *' ' ]] && words+=('')
                CURRENT=${#words}; _cs_candidates; print -l -- ${reply%%:*}
                """
        default:
            command = "source \(script)/cs.fish; complete -C \"$LINE\" | string replace -r '\\t.*' ''"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = shell == "zsh" ? ["zsh", "-f", "-c", command] : [shell, "-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] =
            BinaryTests.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["LINE"] = line
        environment["TMPDIR_ZSH"] = folder
        for key in ["CS_LOG", "CS_NOW", "CS_AGENT"] { environment[key] = nil }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func check(_ shell: String, _ testCase: Case) throws {
        guard Self.available(shell) else {
            Issue.record("\(shell) is not installed; .ci/run installs it")
            return
        }
        let (harness, tickets) = Self.desk()
        let line = testCase.line.replacingOccurrences(of: " T ", with: " \(tickets[0]) ")
        let got = try complete(shell, line, in: harness.folder)
        let expected = testCase.expected.flatMap { $0 == "<tickets>" ? tickets : [$0] }
        for word in expected {
            #expect(got.contains(word), "\(shell): '\(line)' offered \(got)")
        }
    }

    @Test(.enabled(if: runs("bash"), "bash is not installed"), arguments: cases)
    func bash(_ testCase: Case) throws { try check("bash", testCase) }
    @Test(.enabled(if: runs("zsh"), "zsh is not installed"), arguments: cases)
    func zsh(_ testCase: Case) throws { try check("zsh", testCase) }
    @Test(.enabled(if: runs("fish"), "fish is not installed"), arguments: cases)
    func fish(_ testCase: Case) throws { try check("fish", testCase) }

    @Test(.enabled(if: runs("bash") && runs("zsh") && runs("fish"), "a shell is not installed"))
    func filesCompleteForFileOptions() throws {
        let (harness, tickets) = Self.desk()
        for shell in ["bash", "zsh", "fish"] where !Self.available(shell) { Issue.record("\(shell) is not installed") }
        for shell in ["bash", "fish"] where Self.available(shell) {
            let got = try complete(shell, "cs note \(tickets[0]) --body-file ans", in: harness.folder)
            #expect(got.contains("answer.txt"), "\(shell) offered \(got)")
        }
        if Self.available("zsh") {
            #expect(try complete("zsh", "cs note \(tickets[0]) --body-file ", in: harness.folder) == ["__files__"])
        }
    }

    @Test func ticketHelperGivesIdsWithSubjects() {
        let (harness, tickets) = Self.desk()
        let result = harness.run(["__complete", "tickets"])
        #expect(Set(result.stdout.split(separator: "\n")) == ["\(tickets[0])\t결제 오류", "\(tickets[1])\tLogin fails"])
        #expect(harness.run(["__complete", "agents"]).stdout == "park\n")
        #expect(Harness().run(["__complete", "tickets"]) == RunResult(stdout: "", stderr: "", status: 0))
    }
}

@Suite struct ManPageTests {
    @Test func committedManPageIsCurrent() throws {
        let committed = try String(contentsOf: Paths.packageRoot.appendingPathComponent("docs/cs.1"), encoding: .utf8)
        #expect(committed == ManPage.render(), "docs/cs.1 is out of date, run: swift run cs __manpage > docs/cs.1")
    }

    @Test func everyVisibleCommandIsInTheManPage() {
        let page = ManPage.render()
        for spec in CommandTable.specs where !spec.hidden {
            #expect(page.contains(".SS \"cs \(spec.name.replacingOccurrences(of: "-", with: "\\-"))"), "\(spec.name)")
        }
    }
}

/// Nested commands (`cs faq <TAB>`): the generators handle groups; checked in each shell
/// against a table that has one.
@Suite struct NestedCompletionTests {
    static let table =
        CommandTable.specs + [
            CommandSpec(
                ["faq", "search"], group: .reading, abstract: .faqSearchAbstract,
                arguments: [Argument.text("QUERY", help: .faqSearchQuery)],
                options: [Option.word("lang", "LANG", among: ["ko", "en"], help: .faqLanguageFilter)],
                examples: ["cs faq search x"]),
            CommandSpec(["faq", "show"], group: .reading, abstract: .faqShowAbstract, examples: ["cs faq show F1"]),
        ]

    @Test(.enabled(if: ShellCompletionTests.runs("bash"), "bash is not installed")) func bash() throws {
        try groupWords("bash")
    }
    @Test(.enabled(if: ShellCompletionTests.runs("zsh"), "zsh is not installed")) func zsh() throws {
        try groupWords("zsh")
    }
    @Test(.enabled(if: ShellCompletionTests.runs("fish"), "fish is not installed")) func fish() throws {
        try groupWords("fish")
    }

    func groupWords(_ shell: String) throws {
        guard ShellCompletionTests.available(shell) else {
            Issue.record("\(shell) is not installed")
            return
        }
        let model = CompletionModel(Self.table)
        let folder = NSTemporaryDirectory() + "cs-nested-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (file, script) =
            switch shell {
            case "bash": ("cs.bash", BashCompletion.script(model))
            case "zsh": ("_cs", ZshCompletion.script(model))
            default: ("cs.fish", FishCompletion.script(model))
            }
        try script.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
        let tests = ShellCompletionTests()
        #expect(
            Set(try tests.complete(shell, "cs faq ", in: folder, scripts: folder)).isSuperset(of: ["search", "show"]))
        #expect(try tests.complete(shell, "cs faq search --lang ", in: folder, scripts: folder).contains("ko"))
        #expect(try tests.complete(shell, "cs f", in: folder, scripts: folder).contains("faq"))
    }
}

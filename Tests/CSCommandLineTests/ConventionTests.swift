import CSCommandLine
import Foundation
import Testing

/// The conventions of git and gh: colour, width, plain output, pager, editor, help topics.
@Suite struct ConventionTests {
    static let escape = "\u{1B}["

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        let harness = Harness.withFixtureDesk()
        #expect(!harness.run(["list"]).stdout.contains(Self.escape), "piped output must be plain")
        #expect(harness.run(["list", "--color", "always"]).stdout.contains("\u{1B}[1;31murgent\u{1B}[0m"))
        harness.standardOutputIsTerminal = true
        harness.variables["CS_PAGER"] = "cat"
        #expect(harness.run(["show", "6S24"]).stdout.contains("\u{1B}[33mpending\u{1B}[0m"))
        harness.variables["NO_COLOR"] = "1"
        #expect(!harness.run(["list"]).stdout.contains(Self.escape))
        #expect(!harness.run(["list", "--color=never"]).stdout.contains(Self.escape))
        #expect(
            harness.run(["list", "--color", "always"]).stdout.contains(Self.escape), "--color always wins over NO_COLOR"
        )
    }

    @Test func colouredColumnsStayAligned() {
        let harness = Harness.withFixtureDesk()
        let plain = harness.run(["list"]).stdout
        let coloured = harness.run(["list", "--color", "always"]).stdout
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain)
    }

    @Test(arguments: [50, 60, 80, 120])
    func tablesFitTheWidthByDisplayColumns(_ width: Int) {
        let harness = Harness.withFixtureDesk()
        harness.variables["COLUMNS"] = String(width)
        let lines = harness.run(["list", "--status", "all"]).stdout.split(separator: "\n").map(String.init)
        let widest = lines.map(DisplayWidth.of).max() ?? 0
        // Names give way to their minimums (their headers' widths), then the subject to 12
        // columns: 66 columns in all at the narrowest.
        #expect(widest <= max(width, 66), "widest line \(widest) at COLUMNS=\(width)")
        let header = lines[0]
        let subjectStart = DisplayWidth.of(String(header[..<header.range(of: "SUBJECT")!.lowerBound]))
        for line in lines.dropFirst() {
            // Every row's subject starts in the header's SUBJECT column, Hangul or not.
            var used = 0
            var index = line.startIndex
            while used < subjectStart, index < line.endIndex {
                used += DisplayWidth.of(String(line[index]))
                index = line.index(after: index)
            }
            #expect(used == subjectStart && line[line.index(before: index)] == " ", "misaligned: \(line)")
        }
        if width <= 80 { #expect(lines.contains { $0.contains("…") }) }
    }

    @Test func terminalWidthComesFromTheEnvironmentWhenNoColumns() {
        let harness = Harness.withFixtureDesk()
        harness.terminalWidth = 50
        let lines = harness.run(["list"]).stdout.split(separator: "\n")
        #expect(lines.contains { $0.contains("…") })
    }

    @Test func plainListIsTabSeparatedWithoutHeaderOrColour() {
        let harness = Harness.withFixtureDesk()
        harness.standardOutputIsTerminal = true
        let result = harness.run(["list", "--plain", "--priority", "urgent", "--color", "always"])
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 8 })
        #expect(!result.stdout.contains("ID") && !result.stdout.contains(Self.escape))
        #expect(lines[0].hasPrefix("6S24CC08\tpending\turgent\taccount\t-\t2026-11-01T12:00:00Z\t"))
    }

    @Test func longOutputGoesThroughThePagerOnATerminal() throws {
        let harness = Harness.withFixtureDesk()
        let captured = harness.folder + "/paged.txt"
        harness.variables["PAGER"] = harness.script(
            "fake-pager", "printf '%s\\n' \"LESS=$LESS\" > '\(captured)'; cat >> '\(captured)'")
        harness.standardOutputIsTerminal = true
        let result = harness.run(["show", "6S24"])
        #expect(result.status == 0)
        #expect(result.stdout == "", "paged text must not also be printed")
        let paged = try String(contentsOfFile: captured, encoding: .utf8)
        #expect(paged.hasPrefix("LESS=FRX\n"))
        #expect(paged.contains("6S24CC08"))

        harness.variables["LESS"] = "S"
        harness.variables["CS_PAGER"] = harness.variables["PAGER"]
        harness.variables["PAGER"] = "false"
        _ = harness.run(["log", "6S24"])
        #expect(
            try String(contentsOfFile: captured, encoding: .utf8).hasPrefix("LESS=S\n"),
            "CS_PAGER wins; a user's LESS is kept")
    }

    @Test func noPagerWhenPipedOrForJSON() {
        let harness = Harness.withFixtureDesk()
        harness.variables["PAGER"] = harness.script("fail-pager", "exit 3")
        #expect(!harness.run(["show", "6S24"]).stdout.isEmpty)
        harness.standardOutputIsTerminal = true
        #expect(harness.run(["show", "6S24", "--json"]).stdout.hasPrefix("{"))
    }

    @Test func editorWritesTheBodyOnATerminal() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.standardInputIsTerminal = true
        harness.variables["EDITOR"] = harness.script("fake-editor", "printf '편집기로 쓴 답변\\n# a comment line\\n' > \"$1\"")
        #expect(harness.run(["reply", ticket]).status == 0)
        #expect(harness.run(["escalate", ticket]).status == 0)
        let thread = harness.run(["show", ticket, "--json"]).stdout
        #expect(thread.contains("\"body\":\"편집기로 쓴 답변\""))
        #expect(thread.contains("escalated to L2: 편집기로 쓴 답변"))
        #expect(!thread.contains("a comment line"))
    }

    @Test func twoEditorCommandsAtOnceKeepTheirOwnDrafts() {
        // One process, two commands, each with an editor that takes its time: with a draft
        // named by the process id they wrote into each other's file.
        let harnesses = [Harness.withEmptyDesk(), Harness.withEmptyDesk()]
        let tickets = harnesses.map { $0.open() }
        for (index, harness) in harnesses.enumerated() {
            harness.standardInputIsTerminal = true
            harness.variables["CS_EDITOR"] = harness.script("slow", "sleep 0.3; echo 'draft of desk \(index)' > \"$1\"")
        }
        let results = Locked<[Int: RunResult]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = harnesses[index].run(["note", tickets[index]])
            results.update { $0[index] = result }
        }
        for (index, harness) in harnesses.enumerated() {
            #expect(results.value[index]?.status == 0, "\(results.value[index]?.stderr ?? "")")
            let shown = harness.run(["show", tickets[index], "--json"]).stdout
            #expect(shown.contains("draft of desk \(index)"), "desk \(index) got another command's draft")
        }
    }

    @Test func editorVariablesInGitOrder() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.standardInputIsTerminal = true
        harness.variables["EDITOR"] = harness.script("editor", "echo from-EDITOR > \"$1\"")
        harness.variables["VISUAL"] = harness.script("visual", "echo from-VISUAL > \"$1\"")
        harness.variables["CS_EDITOR"] = harness.script("cs-editor", "echo from-CS_EDITOR > \"$1\"")
        harness.run(["note", ticket])
        #expect(harness.run(["show", ticket, "--json"]).stdout.contains("from-CS_EDITOR"))
    }

    @Test func emptyEditorResultAbortsWithNothingAppended() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.standardInputIsTerminal = true
        harness.variables["EDITOR"] = harness.script("keep-template", "true")
        let before = harness.logBytes
        let result = harness.run(["reply", ticket])
        #expect(result.status == 1)
        #expect(result.stderr == "cs: aborting: the reply text is empty; nothing was written\n")
        #expect(harness.logBytes == before)

        harness.variables["EDITOR"] = harness.script("failing-editor", "exit 7")
        let failed = harness.run(["note", ticket])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("exited with status 7"))
        #expect(harness.logBytes == before)
    }

    @Test func noTerminalNoBodyFailsAtOnceWithoutAnEditor() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        let marker = harness.folder + "/editor-ran"
        harness.variables["EDITOR"] = harness.script("editor", "touch '\(marker)'")
        let result = harness.run(["reply", ticket])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func openOnATerminalAsksForTheFirstMessageUnlessBodyIsGiven() {
        let harness = Harness.withEmptyDesk()
        harness.standardInputIsTerminal = true
        harness.variables["EDITOR"] = harness.script("editor", "echo '처음 문의 내용' > \"$1\"")
        let id = harness.run(["open", "결제 오류", "--customer", "김민수", "-q"]).stdout.trimmingCharacters(in: .newlines)
        #expect(harness.run(["show", id, "--json"]).stdout.contains("\"body\":\"처음 문의 내용\""))
        let bare = harness.run(["open", "결제 오류", "--customer", "김민수", "--body", "", "-q"]).stdout.trimmingCharacters(
            in: .newlines)
        #expect(harness.run(["show", bare, "--json"]).stdout.contains("\"body\":\"결제 오류\""))
    }

    @Test(arguments: ["exit-codes", "log-format"])
    func helpTopics(_ topic: String) {
        let result = Harness().run(["help", topic])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("cs "))
    }

    @Test func storedControlCharactersCannotReachTheTerminal() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("\u{1B}[2Jwiped", ["--body", "hello\u{1B}]0;pwned\u{07}\nsecond line"])
        let shown = harness.run(["show", ticket]).stdout + harness.run(["list"]).stdout + harness.run(["log"]).stdout
        #expect(!shown.contains("\u{1B}"))
        #expect(!shown.contains("\u{07}"))
        #expect(harness.run(["show", ticket]).stdout.contains("hello^[]0;pwned^G\nsecond line"))
        #expect(
            harness.run(["show", ticket, "--json"]).stdout.contains("\\u001b"),
            "JSON keeps the text faithfully, escaped")
    }
}

/// A value shared between threads of a test.
final class Locked<Value>: @unchecked Sendable {
    private var stored: Value
    private let lock = NSLock()

    init(_ value: Value) { stored = value }

    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }

    func update(_ change: (inout Value) -> Void) { lock.lock(); change(&stored); lock.unlock() }
}

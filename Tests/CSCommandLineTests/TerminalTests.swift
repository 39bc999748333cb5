import Foundation
import Testing
import CSPlatform

/// `cs` at a real terminal, as a person meets it: through a pseudo-terminal, with the real
/// `less` and `vi`. A pipe cannot show a pager or editor that hangs because it was started
/// outside the terminal's foreground; these tests can. CI installs less and vi (`.ci/run`)
/// and sets CS_REQUIRE_TERMINAL_TOOLS=1, so there a missing one fails instead of skipping.
@Suite(.serialized) struct TerminalTests {
    static let required = ProcessInfo.processInfo.environment["CS_REQUIRE_TERMINAL_TOOLS"] == "1"
    static func installed(_ tool: String) -> Bool {
        ["/bin/", "/usr/bin/", "/usr/local/bin/"].contains { FileManager.default.isExecutableFile(atPath: $0 + tool) }
    }
    static let lessRuns = required || installed("less")
    static let viRuns = required || installed("vi")

    /// A desk copied from the fixture, a scratch TMPDIR (to see drafts left behind), and the
    /// environment of a person's shell.
    struct Desk {
        let harness = Harness.withFixtureDesk()
        var temporary: String { harness.folder + "/tmp" }
        var environment: [String: String] {
            [
                "PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": harness.folder, "TERM": "xterm", "LANG": "C.UTF-8",
                "TZ": "Asia/Seoul", "TZDIR": Paths.zoneinfo, "CS_NOW": "2026-11-23T00:00:00Z", "CS_AGENT": "park",
                "TMPDIR": temporary + "/", "LESSHISTFILE": "-",
            ]
        }

        init() {
            try! FileManager.default.createDirectory(atPath: harness.folder + "/tmp", withIntermediateDirectories: true)
        }

        func start(_ arguments: [String], rows: UInt16 = 24, extra: [String: String] = [:]) throws -> PseudoTerminal {
            let terminal = try PseudoTerminal(rows: rows, columns: 100)
            try terminal.start(
                BinaryTests.binary.path, arguments.map { Array($0.utf8) },
                environment: environment.merging(extra) { $1 }, in: harness.folder)
            return terminal
        }

        var drafts: [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }
    }

    /// Runs a reading command through `less`; presses `q` if it is still showing after a
    /// moment (more than a screen), and expects it to end, having shown `expected`.
    @Test(
        .enabled(if: lessRuns),
        arguments: [
            (["list", "--limit", "3"], "ID"), (["list", "--status", "all"], "SUBJECT"), (["show", "6S24"], "6S24CC08"),
            (["log"], "opened"), (["faq", "list"], "refund"),
        ] as [([String], String)])
    func readingCommandsPageAndReturn(_ arguments: [String], _ expected: String) throws {
        let desk = Desk()
        let terminal = try desk.start(arguments)
        let shown = terminal.read(until: { $0.contains(expected) }, seconds: 10)
        if terminal.waitForExit(seconds: 1) == nil {
            terminal.type("q")
            let status = terminal.waitForExit(seconds: 10)
            #expect(
                status == 0,
                "cs \(arguments.joined(separator: " ")) hung at the terminal; it showed: \(terminal.text.suffix(400))")
        }
        #expect(
            shown, "cs \(arguments.joined(separator: " ")) never showed '\(expected)': \(terminal.text.suffix(400))")
    }

    @Test(.enabled(if: lessRuns)) func qInThePagerReturnsAtOnceAndCtrlCLeavesTheTerminalSane() throws {
        let desk = Desk()
        let terminal = try desk.start(["log"], rows: 10)
        #expect(terminal.read(until: { $0.contains("opened") }), "the pager never showed the log: \(terminal.text)")
        usleep(300_000)  // as a person would: the pager has its first screen up and waits for a key
        terminal.type("\u{03}")  // Ctrl-C: for less to handle; cs must not die and leave less behind
        usleep(200_000)
        #expect(terminal.waitForExit(seconds: 0.5) == nil, "Ctrl-C in the pager must not end cs before the pager")
        terminal.type("q")
        #expect(terminal.waitForExit(seconds: 10) == 0, "q in the pager must end cs: \(terminal.text.suffix(300))")
        let modes = try #require(terminal.modes())
        #expect(
            modes.c_lflag & tcflag_t(ECHO) != 0 && modes.c_lflag & tcflag_t(ICANON) != 0,
            "the terminal is left without echo or line editing")
    }

    @Test func aPagerThatCannotBeFoundDoesNotSwallowTheOutput() throws {
        let desk = Desk()
        desk.harness.open("페이저 없는 조회")
        let terminal = try desk.start(["list"], extra: ["PAGER": "no-such-pager-here"])
        #expect(terminal.waitForExit(seconds: 10) == 0)
        #expect(terminal.text.contains("페이저 없는 조회"), "the list was lost: \(terminal.text.suffix(300))")
    }

    @Test(.enabled(if: lessRuns)) func aPagerThatQuitsEarlyOnLongOutputDoesNotStallCs() throws {
        let desk = Desk()
        // More than a pipe holds (64 KiB), so cs is still writing when the pager quits.
        let ticket = desk.harness.open("긴 기록", ["--body", "x"])
        for index in 0..<200 {
            desk.harness.run(["note", ticket, "메모 \(index) " + String(repeating: "가", count: 300)])
        }
        let terminal = try desk.start(["show", ticket], rows: 10)
        #expect(terminal.read(until: { $0.contains("긴 기록") }))
        terminal.type("q")
        #expect(
            terminal.waitForExit(seconds: 10) == 0, "cs did not end after the pager quit: \(terminal.text.suffix(300))")
    }

    @Test func editorReadsTheTerminalAndSaves() throws {
        let desk = Desk()
        let editor = desk.harness.script(
            "ask-editor", "printf 'note please: '; IFS= read -r line; printf '%s\\n' \"$line\" > \"$1\"")
        let before = desk.harness.logBytes
        let terminal = try desk.start(["note", "6S24"], extra: ["CS_EDITOR": editor])
        #expect(
            terminal.read(until: { $0.contains("note please:") }), "the editor never got the terminal: \(terminal.text)"
        )
        terminal.type("터미널에서 쓴 메모\r")
        #expect(terminal.waitForExit() == 0, "\(terminal.text)")
        #expect(desk.harness.logBytes.count > before.count)
        #expect(desk.harness.run(["show", "6S24", "--json"]).stdout.contains("터미널에서 쓴 메모"))
        #expect(desk.drafts.isEmpty, "the draft was left behind: \(desk.drafts)")
    }

    @Test(.enabled(if: viRuns)) func realViOpensAndSaves() throws {
        let desk = Desk()
        let terminal = try desk.start(["reply", "6S24"], extra: ["CS_EDITOR": "vi"])
        #expect(
            terminal.read(until: { $0.contains("Write the reply text above") }),
            "vi never showed the template: \(terminal.text)")
        terminal.type("iAnswered from vi\u{1B}")
        usleep(200_000)
        terminal.type(":wq\r")
        #expect(terminal.waitForExit() == 0, "\(terminal.text.suffix(400))")
        #expect(desk.harness.run(["show", "6S24", "--json"]).stdout.contains("\"body\":\"Answered from vi\""))
        #expect(desk.drafts.filter { $0.hasPrefix("cs-") }.isEmpty, "the draft was left behind: \(desk.drafts)")
    }

    @Test func cancellingTheEditorAppendsNothing() throws {
        let desk = Desk()
        let before = desk.harness.logBytes
        // Quits without writing.
        let quitter = desk.harness.script("quit-editor", "exit 0")
        let quit = try desk.start(["note", "6S24"], extra: ["CS_EDITOR": quitter])
        #expect(quit.waitForExit() == 1)
        #expect(quit.text.contains("aborting: the note text is empty; nothing was written"))
        // Ctrl-C while the editor runs: the editor dies of it, cs reports and appends nothing.
        let sleeper = desk.harness.script("slow-editor", "printf 'editing'; exec sleep 30")
        let interrupted = try desk.start(["note", "6S24"], extra: ["CS_EDITOR": sleeper])
        #expect(interrupted.read(until: { $0.contains("editing") }))
        usleep(300_000)  // the editor is up and waiting, as when a person presses Ctrl-C
        interrupted.type("\u{03}")
        #expect(interrupted.waitForExit(seconds: 10) == 1, "\(interrupted.text)")
        #expect(interrupted.text.contains("exited with status 130; nothing was written"))
        #expect(desk.harness.logBytes == before)
        #expect(desk.drafts.isEmpty, "drafts left behind: \(desk.drafts)")
    }

    @Test func aFailingEditorKeepsWhatWasWrittenAndSaysWhere() throws {
        let desk = Desk()
        let before = desk.harness.logBytes
        let editor = desk.harness.script("crashing-editor", "printf '반쯤 쓴 답변\\n' > \"$1\"; exit 3")
        let terminal = try desk.start(["reply", "6S24"], extra: ["CS_EDITOR": editor])
        #expect(terminal.waitForExit() == 1)
        #expect(desk.harness.logBytes == before)
        let kept = try #require(desk.drafts.first, "the text written before the editor failed was lost")
        #expect(terminal.text.contains("(your text is kept in \(desk.temporary)/\(kept))"))
        #expect(try String(contentsOfFile: desk.temporary + "/" + kept, encoding: .utf8).hasPrefix("반쯤 쓴 답변"))
    }

    @Test func colourAtATerminalUnlessNoColor() throws {
        let desk = Desk()
        let coloured = try desk.start(["list"], extra: ["PAGER": "cat"])
        #expect(coloured.waitForExit() == 0)
        #expect(coloured.text.contains("\u{1B}[1;31murgent\u{1B}[0m"))
        let plain = try desk.start(["list"], extra: ["PAGER": "cat", "NO_COLOR": "1"])
        #expect(plain.waitForExit() == 0)
        #expect(!plain.text.contains("\u{1B}["))
    }

    @Test func argumentsThatAreNotUTF8AreRefused() throws {
        let desk = Desk()
        let before = desk.harness.logBytes
        let terminal = try PseudoTerminal()
        try terminal.start(
            BinaryTests.binary.path,
            [Array("open".utf8), [0x63, 0x61, 0x66, 0xE9], Array("--customer".utf8), Array("x".utf8)],
            environment: desk.environment, in: desk.harness.folder)
        #expect(terminal.waitForExit() == 2)
        #expect(terminal.text.contains("cs: argument 2 is not UTF-8 text ('caf\\xE9')"))
        #expect(desk.harness.logBytes == before)
    }
}

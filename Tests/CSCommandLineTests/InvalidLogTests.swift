import Foundation
import Testing

/// Each file in Fixtures/invalid/ is one kind of damage; reading it gives exactly this
/// error, exit status 4, and `cs verify` names the same line.
@Suite struct InvalidLogTests {
    static let cases: [(file: String, message: String)] = [
        ("bad-json.jsonl", "bad-json.jsonl:2: not valid JSON (expected ',' or '}')"),
        ("not-an-object.jsonl", "not-an-object.jsonl:1: not a JSON object"),
        ("unknown-type.jsonl", "unknown-type.jsonl:2: unknown event type 'refnd'"),
        (
            "unknown-version.jsonl",
            "unknown-version.jsonl:2: unknown format version 9 (this cs reads versions up to 2; a newer cs wrote it)"
        ),
        ("before-open.jsonl", "before-open.jsonl:1: event for ticket 'AAAA1111', which was never opened"),
        ("opened-twice.jsonl", "opened-twice.jsonl:2: ticket 'AAAA1111' is opened a second time"),
        ("missing-field.jsonl", "missing-field.jsonl:1: missing field 'subject'"),
        ("wrong-type.jsonl", "wrong-type.jsonl:2: field 'amount' should be a whole number"),
        ("bad-value.jsonl", "bad-value.jsonl:1: invalid value 'asap' in field 'priority'"),
        ("bad-time.jsonl", "bad-time.jsonl:1: invalid value '2026-13-01T00:00:00Z' in field 'at'"),
        ("bad-currency.jsonl", "bad-currency.jsonl:1: invalid value 'WON' in field 'currency'"),
        ("empty-line.jsonl", "empty-line.jsonl:2: empty line"),
        ("torn-tail.jsonl", "torn-tail.jsonl:2: the last line is incomplete (a write was cut off)"),
        ("invalid-utf8.jsonl", "invalid-utf8.jsonl:1: not valid JSON (invalid UTF-8 in a string)"),
        ("control-character.jsonl", "control-character.jsonl:1: not valid JSON (control character in a string)"),
        ("missing-checksum.jsonl", "missing-checksum.jsonl:2: no checksum (every line ends in a \"sum\" field)"),
        ("duplicate-event-id.jsonl", "duplicate-event-id.jsonl:3: event id 'E00000000000002' appears a second time"),
        ("edited-line.jsonl", "edited-line.jsonl:2: checksum mismatch: the line was changed after it was written"),
        (
            "crlf.jsonl",
            "crlf.jsonl:2: the line ends in a carriage return: the file was saved with Windows line endings "
                + "(convert them back to LF, for example with dos2unix)"
        ),
    ]

    /// Runs `arguments` against the damaged fixture `file`; returns the result and its expected message.
    func run(_ arguments: [String], on file: String) -> (RunResult, String) {
        let path = Paths.fixtures.appendingPathComponent("invalid/" + file).path
        return (Harness().run(["--log", path] + arguments), Self.cases.first { $0.file == file }!.message)
    }

    @Test(arguments: cases.map(\.file).filter { $0 != "torn-tail.jsonl" })
    func readingRefusesWithTheLine(_ file: String) {
        let (result, expected) = run(["list"], on: file)
        #expect(result.status == 4)
        #expect(result.stdout == "")
        // A log a newer cs wrote is whole: the way out is a newer cs, not a repair.
        let wayOut =
            file == "unknown-version.jsonl"
            ? "the log is not damaged: upgrade cs to read it" : "the log is damaged, see 'cs verify'"
        #expect(result.stderr.hasSuffix(expected + "; " + wayOut + "\n"), "\(result.stderr)")
    }

    @Test(arguments: cases.map(\.file))
    func verifyNamesTheLine(_ file: String) {
        let (result, expected) = run(["verify"], on: file)
        #expect(result.status == 4)
        #expect(result.stdout.contains(expected), "\(result.stdout)")
        #expect(result.stderr == "cs: the log has 1 problem, listed above; nothing was changed\n")
    }

    @Test func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: Paths.fixtures.appendingPathComponent("invalid").path
        )
        .filter { $0.hasSuffix(".jsonl") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test func writingToADamagedLogAppendsNothing() throws {
        let harness = Harness()
        let original = Paths.fixtures.appendingPathComponent("invalid/unknown-type.jsonl").path
        let copy = harness.folder + "/damaged.jsonl"
        try FileManager.default.copyItem(atPath: original, toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let result = harness.run(["--log", copy, "open", "x", "--customer", "y"])
        #expect(result.status == 4)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }
}

import Foundation
import Testing

/// Chained checksums: a line removed, added or moved shows, not only an edited one; logs
/// written before them still read, and `cs upgrade` chains them.
@Suite struct ChainTests {
    static let v1Desk = Paths.fixtures.appendingPathComponent("desk-v1.jsonl").path

    static func lines(_ harness: Harness) -> [String] {
        String(decoding: harness.logBytes, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func write(_ lines: [String], to harness: Harness) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: harness.logPath))
        try? FileManager.default.removeItem(atPath: harness.logPath + ".seen")
    }

    @Test func aRemovedLineShows() throws {
        let harness = Harness.withFixtureDesk()
        var lines = Self.lines(harness)
        // A refund line gone would make the refundable amount grow: it must not pass.
        let refund = try #require(lines.firstIndex { $0.contains(#""type":"refunded""#) })
        lines.remove(at: refund)
        try Self.write(lines, to: harness)
        let verify = harness.run(["verify"])
        #expect(verify.status == 4)
        #expect(
            verify.stdout.contains(
                ":\(refund + 1): checksum mismatch: the line was changed, or a line before it was removed"))
        #expect(harness.run(["list"]).status == 4)
    }

    /// Lines cut from the end break no chain: cs verify says the log is shorter than when
    /// cs last read it here, as a note (a git reset shortens a log too), and exits 0.
    @Test func linesCutFromTheEndAreNoted() throws {
        let harness = Harness.withFixtureDesk()
        #expect(harness.run(["list"]).status == 0)
        var lines = Self.lines(harness)
        let last = lines.removeLast()
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: harness.logPath))
        let verify = harness.run(["verify"])
        #expect(verify.status == 0)
        #expect(
            verify.stderr.contains(
                "note: .cs/events.jsonl is \(last.utf8.count + 1) bytes shorter than when cs last read it here"),
            "\(verify.stderr)")
    }

    @Test func swappedLinesShow() throws {
        let harness = Harness.withFixtureDesk()
        var lines = Self.lines(harness)
        lines.swapAt(100, 101)
        try Self.write(lines, to: harness)
        let verify = harness.run(["verify"])
        #expect(verify.status == 4 && verify.stdout.contains(":101: checksum mismatch"))
    }

    @Test func aLineAddedFromElsewhereShows() throws {
        let harness = Harness.withFixtureDesk()
        var lines = Self.lines(harness)
        lines.insert(lines[10], at: 20)
        try Self.write(lines, to: harness)
        #expect(harness.run(["verify"]).stdout.contains(":21: checksum mismatch"))
    }

    @Test func anOlderLogReadsTheSameAndSaysItIsNotChained() throws {
        let current = Harness.withFixtureDesk()
        let older = Harness.withFixtureDesk()
        try FileManager.default.removeItem(atPath: older.logPath)
        try FileManager.default.copyItem(atPath: Self.v1Desk, toPath: older.logPath)
        for arguments in [["list", "--status", "all", "--json"], ["stats", "--json"], ["show", "5S4X", "--json"]] {
            #expect(older.run(arguments).stdout == current.run(arguments).stdout, "\(arguments)")
        }
        let verify = older.run(["verify"])
        #expect(verify.status == 0 && verify.stderr.contains("266 lines were written before chained checksums"))
        // New lines chain on top of the old ones.
        #expect(older.run(["reply", "2QYK", "확인 중입니다"]).status == 0)
        #expect(Self.lines(older).last!.hasPrefix(#"{"v":2,"#))
        #expect(older.run(["verify"]).status == 0)
    }

    @Test func upgradeChainsAnOlderLogChangingOnlyVersionsAndSums() throws {
        let harness = Harness.withFixtureDesk()
        try FileManager.default.removeItem(atPath: harness.logPath)
        try FileManager.default.copyItem(atPath: Self.v1Desk, toPath: harness.logPath)
        let original = harness.logBytes
        let upgrade = harness.run(["upgrade"])
        #expect(upgrade.status == 0 && upgrade.stdout.contains("chained 266 lines"), "\(upgrade.stderr)")
        // The same events: only each line's version and sum changed.
        func withoutVersionAndSum(_ bytes: [UInt8]) -> [String] {
            String(decoding: bytes, as: UTF8.self).split(separator: "\n").map {
                String($0).replacing(/^\{"v":\d,/, with: "{").replacing(/,"sum":"[0-9a-f]{16}"\}$/, with: "}")
            }
        }
        #expect(withoutVersionAndSum(harness.logBytes) == withoutVersionAndSum(original))
        #expect(Self.lines(harness).allSatisfy { $0.hasPrefix(#"{"v":2,"#) })
        let backups = try FileManager.default.contentsOfDirectory(atPath: harness.folder + "/.cs").filter {
            $0.hasSuffix(".bak")
        }
        #expect(backups.count == 1)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: harness.folder + "/.cs/" + backups[0]))) == original)
        let again = harness.run(["upgrade"])
        #expect(again.status == 0 && again.stdout.contains("chained already"))
        #expect(!harness.run(["verify"]).stderr.contains("chained checksums"))
    }

    @Test func upgradeRefusesADamagedLogAndChangesNothing() throws {
        let harness = Harness.withFixtureDesk()
        var lines = Self.lines(harness)
        lines[5] = lines[5].replacingOccurrences(of: #""at":"2026"#, with: #""at":"2027"#)
        try Self.write(lines, to: harness)
        let before = harness.logBytes
        let upgrade = harness.run(["upgrade"])
        #expect(upgrade.status == 4 && harness.logBytes == before)
    }
}

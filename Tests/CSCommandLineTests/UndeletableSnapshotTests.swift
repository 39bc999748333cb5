import Foundation
import Testing

/// A damaged snapshot is removed and the command answered again from the log. When it cannot
/// be removed (immutable files here, as in a read-only folder or mount), the second run
/// must not read it again: it answered from the same damaged snapshot, an empty `cs list`
/// with exit 0 (found by a helper's trial).
/// `chattr +i`: a file even root cannot remove (on file systems that support it).
enum ImmutableFiles {
    static func chattr(_ flag: String, _ path: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let available: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
        let probe = NSTemporaryDirectory() + "cs-immutable-probe-\(getpid())"
        _ = FileManager.default.createFile(atPath: probe, contents: Data("x".utf8))
        defer { unlink(probe) }
        guard chattr("+i", probe) else { return false }
        return chattr("-i", probe)
    }()
}

@Suite(.enabled(if: ImmutableFiles.available, "needs root and chattr on this file system"))
struct UndeletableSnapshotTests {
    @Test(arguments: [
        ["list", "--status", "all", "--plain"], ["show", "T"], ["stats", "--json"], ["note", "T", "again"],
    ])
    func aDamagedSnapshotThatCannotBeRemovedIsNotReadAgain(_ command: [String]) throws {
        let harness = Harness.withEmptyDesk()
        for number in 0..<30 { _ = harness.open("Ticket \(number)") }
        let ticket = harness.open("QQQQQQQQ marked subject")
        let arguments = command.map { $0 == "T" ? ticket : $0 }
        let path = try harness.damageSnapshotRecord(at: "QQQQQQQQ")
        // The snapshot and `LOG.seen` both kept, as in a read-only folder.
        let seen = harness.logPath + ".seen"
        #expect(ImmutableFiles.chattr("+i", path) && ImmutableFiles.chattr("+i", seen))
        defer { _ = (ImmutableFiles.chattr("-i", path), ImmutableFiles.chattr("-i", seen)) }
        let linesBefore = harness.logBytes.split(separator: 0x0A).count

        let result = harness.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        if command[0] == "note" {
            #expect(harness.logBytes.split(separator: 0x0A).count == linesBefore + 1, "appended once")
        } else {
            harness.variables["CS_NO_DERIVED"] = "1"
            let expected = harness.run(arguments)
            harness.variables["CS_NO_DERIVED"] = nil
            #expect(result.stdout == expected.stdout)
            #expect(!result.stdout.isEmpty)
        }
        // And the next command too, the snapshot still there and still damaged.
        #expect(harness.run(["show", ticket]).stdout.contains("QQQQQQQQ marked subject"))
    }
}

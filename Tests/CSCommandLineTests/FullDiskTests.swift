import Foundation
import Testing
import CSPlatform

/// A full disk, for real: the kernel's own short write and ENOSPC (or EFBIG), not an
/// injected one. On a tiny tmpfs when CI made one (`CS_TINY_FS`, see `.ci/run`), else under a
/// file-size limit (`ulimit -f`) that the append runs into half way.
@Suite(.serialized) struct FullDiskTests {
    static let tinyFileSystem = ProcessInfo.processInfo.environment["CS_TINY_FS"]

    /// A desk with one ticket, on the tiny file system when there is one.
    func desk() throws -> (folder: String, ticket: String, cleanup: () -> Void) {
        let folder = (Self.tinyFileSystem ?? NSTemporaryDirectory()) + "/cs-full-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try BinaryTests().run(["init"], in: folder)
        let ticket = try BinaryTests().run(
            ["open", "디스크 가득", "--customer", "김민수", "-q"], in: folder,
            environment: ["CS_AGENT": "park"]
        ).stdout.trimmingCharacters(in: .newlines)
        return (folder, ticket, { try? FileManager.default.removeItem(atPath: folder) })
    }

    /// Runs cs with a file-size limit `headroom` bytes above the log's size, or of nothing at
    /// all (nil: no byte may be written anywhere). No limit on a tiny file system, which is
    /// full by itself once filled.
    func runLimited(_ arguments: [String], in folder: String, headroom: Int?) throws -> RunResult {
        let log = folder + "/.cs/events.jsonl"
        let size = (try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        // dash counts 512-byte blocks, bash 1024: either way the limit lands inside the append.
        let blocks = headroom.map { (size + $0) / 512 + 1 } ?? 0
        let limit = Self.tinyFileSystem == nil ? "ulimit -f \(blocks); " : ""
        return try BinaryTests().run(
            ["-c", "trap '' XFSZ; \(limit)exec \"$0\" \"$@\"", BinaryTests.binary.path] + arguments,
            in: folder, environment: ["CS_AGENT": "park"], executable: "/bin/sh")
    }

    /// Fills the tiny file system, leaving `room` bytes.
    func fill(_ folder: String, leaving room: Int) throws {
        guard let tiny = Self.tinyFileSystem else { return }
        var info = statvfs()
        statvfs(tiny, &info)
        let free = Int(info.f_bavail) * Int(info.f_frsize)
        try Data(repeating: 0x2E, count: max(0, free - room)).write(to: URL(fileURLWithPath: folder + "/filler"))
    }

    @Test func aFailedAppendLeavesTheLogByteIdentical() throws {
        let (folder, ticket, cleanup) = try desk()
        defer { cleanup() }
        let body = String(repeating: "가나다라마바사", count: 3000)  // 63 KB
        try body.write(toFile: folder + "/50k.txt", atomically: true, encoding: .utf8)
        try fill(folder, leaving: 8192)
        let log = folder + "/.cs/events.jsonl"
        let before = try Data(contentsOf: URL(fileURLWithPath: log))
        let result = try runLimited(["note", ticket, "--body-file", "50k.txt"], in: folder, headroom: 4096)
        #expect(result.status == 4, "\(result.stderr)")
        #expect(result.stderr.contains("nothing was appended (the log is as it was)"), "\(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before, "a failed append changed the log")
        // Room again: the desk works, nothing needs repairing.
        try? FileManager.default.removeItem(atPath: folder + "/filler")
        #expect(try BinaryTests().run(["verify"], in: folder).status == 0)
        #expect(
            try BinaryTests().run(["note", ticket, "공간 확보 후 메모"], in: folder, environment: ["CS_AGENT": "park"]).status
                == 0)
    }

    @Test func repairCutsATornTailWithoutFreeSpace() throws {
        let (folder, ticket, cleanup) = try desk()
        defer { cleanup() }
        let log = folder + "/.cs/events.jsonl"
        let handle = try #require(FileHandle(forWritingAtPath: log))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"id":"ABCDEFGHJKMNPQR","type":"noted","ticket":"\#(ticket)","bo"#.utf8))
        handle.closeFile()
        let torn = try Data(contentsOf: URL(fileURLWithPath: log))
        try fill(folder, leaving: 0)
        let result = try runLimited(["repair"], in: folder, headroom: nil)
        #expect(result.status == 0, "\(result.stderr)")
        let repaired = try Data(contentsOf: URL(fileURLWithPath: log))
        #expect(repaired.count < torn.count && torn.starts(with: repaired))
        #expect(try BinaryTests().run(["verify"], in: folder).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder + "/.cs").filter {
            $0.hasSuffix(".bak")
        }
        for backup in leftovers {
            #expect(
                (try? Data(contentsOf: URL(fileURLWithPath: folder + "/.cs/" + backup)))?.isEmpty == false,
                "an empty backup was left behind")
        }
        if leftovers.isEmpty { #expect(result.stderr.contains("could not save the")) }
    }
}

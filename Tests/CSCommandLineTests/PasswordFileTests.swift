import Foundation
import Testing

@testable import CSCommandLine

/// The actor's name when nothing else gives one comes from the password file itself, never
/// from the C library's name services (a static executable crashed in them).
@Suite struct PasswordFileTests {
    static let file = Array(
        """
        root:x:0:0:root:/root:/bin/bash
        # a comment line
        broken line without fields
        park:x:1000:1000:Park Jiwoo,,,:/home/park:/bin/bash
        :x:1001:1001::/:/bin/sh
        lee:x:10000:10000::/home/lee:/bin/sh
        """.utf8)

    @Test func theLineOfTheUserIdNamesIt() {
        #expect(PasswordFile.name(of: 0, in: Self.file[...]) == "root")
        #expect(PasswordFile.name(of: 1000, in: Self.file[...]) == "park")
        #expect(PasswordFile.name(of: 10000, in: Self.file[...]) == "lee", "not 1000's line by prefix")
    }

    @Test func aUserIdTheFileLacksHasNoName() {
        #expect(PasswordFile.name(of: 12345, in: Self.file[...]) == nil)
        #expect(PasswordFile.name(of: 1001, in: Self.file[...]) == nil, "an empty name is none")
        #expect(PasswordFile.name(of: 0, in: [][...]) == nil)
        #expect(PasswordFile.name(of: 0, path: "/nonexistent/passwd") == nil)
        #expect(PasswordFile.name(of: 0, path: "/") == nil, "a folder is no password file")
    }

    @Test func theRealFileIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passwd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("passwd").path
        try Data(Self.file).write(to: URL(fileURLWithPath: path))
        #expect(PasswordFile.name(of: 1000, path: path) == "park")
    }
}

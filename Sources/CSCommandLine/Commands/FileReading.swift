import CSDomain
import CSPlatform

/// Reads a whole file a user named (bodies, FAQ and import files), with a usage error that
/// names the file when it cannot be read. Only files, and only up to a limit: a device
/// (`/dev/zero`) or an endless pipe would otherwise be read until memory runs out.
enum FileReading {
    /// How much cs reads for each purpose, in megabytes.
    struct Limit {
        let megabytes: Int
        var bytes: Int { megabytes << 20 }

        /// A reply, note, body or answer: text a person wrote or pasted (or a draft); the
        /// one `TextLimit`, which imported fields keep too.
        static let body = Limit(megabytes: TextLimit.megabytes)
        /// A file of settings cs reads: a time zone, .gitattributes.
        static let settings = Limit(megabytes: 16)
        /// A FAQ file to import, or queries to search for one a line.
        static let faqFile = Limit(megabytes: 64)
        /// Tickets or exported events to import (a million events export to about 270 MB), or
        /// what git printed. An import holds about five times its file in memory while it
        /// checks every row (100 MB of rows: 500 MB), so more than this is refused.
        static let importFile = Limit(megabytes: 512)
        /// A copy of the log handed over by git: a log itself, as large as logs grow.
        static let log = Limit(megabytes: 65536)
    }

    /// `shownAs` is the path as the user typed it, for the error message.
    static func bytes(atPath path: String, shownAs: String, limit: Limit) throws(UsageError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw .unreadableFile(path: shownAs, reason: .system(errorNumber: errno))
        }
        defer { fclose(file) }
        var status = stat()
        if fstat(fileno(file), &status) == 0, let kind = FileKind(mode: status.st_mode), kind != .regular,
            kind != .fifo
        {
            throw .unreadableFile(path: shownAs, reason: .notAFile(kind))
        }
        if Int(status.st_size) > limit.bytes {
            throw .unreadableFile(path: shownAs, reason: .tooLarge(megabytes: limit.megabytes))
        }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { result.append(contentsOf: chunk[0..<count]) }
            // A pipe or a file still growing: stop at the limit rather than at the end.
            if result.count > limit.bytes {
                throw .unreadableFile(path: shownAs, reason: .tooLarge(megabytes: limit.megabytes))
            }
            if count < chunk.count {
                if ferror(file) != 0 { throw .unreadableFile(path: shownAs, reason: .system(errorNumber: errno)) }
                break
            }
        }
        return result
    }

    /// The file a user named, or standard input for `-`.
    static func named(_ path: String, in environment: CommandEnvironment, limit: Limit) throws(UsageError) -> [UInt8] {
        path == "-"
            ? try standardInput(environment, limit: limit)
            : try bytes(atPath: environment.absolute(path), shownAs: path, limit: limit)
    }

    /// All of standard input, up to `limit` (its name in messages: `-`).
    static func standardInput(_ environment: CommandEnvironment, limit: Limit) throws(UsageError) -> [UInt8] {
        let bytes = environment.readStandardInput(limit.bytes + 1)
        guard bytes.count <= limit.bytes else {
            throw .unreadableFile(path: "-", reason: .tooLarge(megabytes: limit.megabytes))
        }
        return bytes
    }
}

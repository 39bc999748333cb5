import CSDomain
/// Reads a whole file a user named (bodies, later FAQ files), with a usage error that
/// names the file when it cannot be read.
enum FileReading {
    /// `shownAs` is the path as the user typed it, for the error message.
    static func bytes(atPath path: String, shownAs: String) throws(UsageError) -> [UInt8] {
        guard let file = fopen(path, "rb") else {
            throw .unreadableFile(path: shownAs, reason: .system(errorNumber: errno))
        }
        defer { fclose(file) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&chunk, 1, chunk.count, file)
            if count > 0 { result.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { throw .unreadableFile(path: shownAs, reason: .system(errorNumber: errno)) }
                break
            }
        }
        return result
    }
}

import CSDomain

/// The editor's file: `cs-COMMAND-XXXXXX.txt` in the temporary folder, made by mkstemps
/// (owner-only, a name no other run has).
enum Draft {
    static func create(command: String, contents: String, in folder: String) throws(Failure) -> String {
        var template = Array((folder + "cs-\(command)-XXXXXX.txt").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { throw .commandLine(.cannotCreateDraft(errorNumber: errno)) }
        defer { close(descriptor) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let failure = Array(contents.utf8).withUnsafeBytes { System.writeAll(descriptor, $0) }
        guard failure == 0 else {
            unlink(path)
            throw .commandLine(.cannotCreateDraft(errorNumber: failure))
        }
        return path
    }

    static func read(_ path: String) -> String {
        (try? FileReading.bytes(atPath: path, shownAs: path, limit: .body)).map { String(decoding: $0, as: UTF8.self) }
            ?? ""
    }
}

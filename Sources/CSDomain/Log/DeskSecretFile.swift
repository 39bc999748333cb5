/// `LOG.secret` beside the log: 32 random bytes in hex, owner-only, made the first time a
/// key must be masked. Not derived from the log and not to be deleted: a digest made with
/// it can only be compared by it (without it, such a key is refused, never guessed).
enum DeskSecretFile {
    static func path(forLog log: String) -> String { log + ".secret" }

    /// The secret, made now if there is none yet. Two writers racing both end with the one
    /// that was linked first.
    static func load(forLog log: String) throws(LogError) -> DeskSecret {
        let path = path(forLog: log)
        if let existing = try readSecret(path) { return existing }
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &random) }
        let text = Array((SHA256.hex(bytes) + "\n").utf8)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            if errno == EEXIST, let raced = try readSecret(path) { return raced }
            throw .unreadable(path: path, reason: .system(.createSecret, errorNumber: errno))
        }
        defer { close(descriptor) }
        let failure = text.withUnsafeBytes { System.writeAll(descriptor, $0) }
        guard failure == 0, fsync(descriptor) == 0 else {
            let reason = failure == 0 ? errno : failure
            unlink(path)
            throw .unreadable(path: path, reason: .system(.writeSecret, errorNumber: reason))
        }
        return DeskSecret(bytes: bytes)
    }

    private static func readSecret(_ path: String) throws(LogError) -> DeskSecret? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: .system(.open, errorNumber: errno))
        }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 80)
        let count = read(descriptor, &buffer, buffer.count)
        let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self).trimmingCharacters(in: " \n")
        guard text.utf8.count == 64, let bytes = decodeHex(text) else {
            throw .unreadable(path: path, reason: .notADeskSecret)
        }
        return DeskSecret(bytes: bytes)
    }

    private static func decodeHex(_ text: String) -> [UInt8]? {
        var result: [UInt8] = []
        var high: UInt8?
        for byte in text.utf8 {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high { result.append(first << 4 | nibble); high = nil } else { high = nibble }
        }
        return result
    }
}

extension String {
    /// The text without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop.contains($0) }),
            let last = scalars.lastIndex(where: { !drop.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}

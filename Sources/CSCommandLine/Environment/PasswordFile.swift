import CSPlatform

/// The login name of a user id, read from `/etc/passwd` itself. Not through the C library's
/// `getpwuid_r`: a release build is one static executable, and a static glibc answers that
/// call by loading the shared name-service modules `/etc/nsswitch.conf` names (systemd, sss),
/// built for the shared glibc — a container whose user id is not in the file crashed in one.
/// Names kept only elsewhere (a directory service) are not found; cs then asks for `--as`,
/// as it does for a user id with no name at all. Read only when no `--as`, `CS_AGENT`, `USER`
/// or `LOGNAME` names the actor.
enum PasswordFile {
    static let path = "/etc/passwd"

    /// The name of `uid` in the file at `path`, if the file has a line for it.
    static func name(of uid: UInt32, path: String = path) -> String? {
        let descriptor = System.open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { _ = System.close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // A password file is a few kilobytes; what lies past 16 MiB is not read.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while bytes.count < 16 << 20 {
            let read = chunk.withUnsafeMutableBytes { System.read(descriptor, $0.baseAddress, $0.count) }
            guard read > 0 else { break }
            bytes += chunk[..<read]
        }
        return name(of: uid, in: bytes[...])
    }

    /// The name on the first line `name:password:uid:...` whose uid is `uid`.
    static func name(of uid: UInt32, in file: ArraySlice<UInt8>) -> String? {
        for line in file.split(separator: UInt8(ascii: "\n")) {
            let fields = line.split(separator: UInt8(ascii: ":"), maxSplits: 3, omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].isEmpty, String(decoding: fields[2], as: UTF8.self) == String(uid)
            else { continue }
            return String(validating: fields[0], as: UTF8.self)
        }
        return nil
    }
}

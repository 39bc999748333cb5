// The C library, in one place: Glibc on most Linux systems, Musl on Alpine's. Re-exported,
// so every module that imports CSPlatform has it by that one import; no other file names
// Glibc or Musl.
#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Musl)
    @_exported import Musl
#endif

/// The C library's calls whose names types of ours also use (`LogFile.close`, a sink's
/// `write`): named apart here, so callers need no module prefix (`Glibc.` fails on Musl).
public enum System {
    public static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        #if canImport(Glibc)
            return Glibc.open(path, flags, mode)
        #else
            return Musl.open(path, flags, mode)
        #endif
    }

    @discardableResult
    public static func close(_ descriptor: Int32) -> Int32 {
        #if canImport(Glibc)
            return Glibc.close(descriptor)
        #else
            return Musl.close(descriptor)
        #endif
    }

    public static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.write(descriptor, bytes, count)
        #else
            return Musl.write(descriptor, bytes, count)
        #endif
    }

    public static func read(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, bytes, count)
        #else
            return Musl.read(descriptor, bytes, count)
        #endif
    }

    /// Writes every byte, as many writes as it takes, retrying interrupted ones: 0, or the
    /// errno that stopped it (EIO for a write that made no progress). `write` is the call to
    /// use (the log's can be a test's, failing on purpose).
    public static func writeAll(
        _ descriptor: Int32, _ bytes: UnsafeRawBufferPointer,
        using write: (Int32, UnsafeRawBufferPointer) -> Int = { System.write($0, $1.baseAddress, $1.count) }
    )
        -> Int32
    {
        var offset = 0
        while offset < bytes.count {
            let wrote = write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[offset...]))
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return wrote == 0 ? EIO : errno }
            offset += wrote
        }
        return 0
    }

    /// The message for an errno value.
    public static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The environment of the process, as NAME=VALUE pairs.
    public static func environment() -> [String: String] {
        var result: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return result
    }

    /// The current working folder.
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The running program's own file (Linux's /proc/self/exe), or nil where it cannot be told.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Standard input to its end, or its first `limit` bytes (the caller refuses more).
    public static func readStandardInput(limit: Int) -> [UInt8] {
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while result.count < limit {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, min($0.count, limit - result.count)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            result += chunk[0..<count]
        }
        return result
    }

    /// Seconds since 1970 by the wall clock.
    public static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec)
    }

    /// The folder for temporary files: `TMPDIR`, else /tmp, with a trailing slash.
    public static func temporaryDirectory(_ variables: [String: String]) -> String {
        let folder = variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return folder.hasSuffix("/") ? folder : folder + "/"
    }
}

/// A mutex from the C library, so nothing here needs Foundation.
public final class PosixMutex: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    public init() { pthread_mutex_init(mutex, nil) }
    deinit { pthread_mutex_destroy(mutex); mutex.deallocate() }
    public func lock() { pthread_mutex_lock(mutex) }
    public func unlock() { pthread_mutex_unlock(mutex) }

    /// `body`, holding the lock.
    public func withLock<Value>(_ body: () -> Value) -> Value {
        lock()
        defer { unlock() }
        return body()
    }
}

/// How many cores the work may spread over (replay, sorting, index building).
extension System {
    /// Puts /dev/null, read-only, in place of any of descriptors 0, 1 and 2 that is closed
    /// (`cs list >&-`), as git does at start-up: the next file cs opened, the log itself, would
    /// otherwise become "standard output". Writes to it then fail (EBADF), so output that went
    /// nowhere is still reported as such, not written into a file.
    public static func holdStandardDescriptors() {
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let held = open("/dev/null", O_RDONLY)
            if held >= 0 && held != descriptor {
                dup2(held, descriptor)
                close(held)
            }
        }
    }
}

public enum Cores {
    public static let count: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
}

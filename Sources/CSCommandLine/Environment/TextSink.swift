import CSDomain

/// Where text goes: a file descriptor for the real process, a buffer in tests.
///
/// Standard output to a file or pipe is buffered, as C's stdio buffers it: `cs list --plain`
/// of 25,000 rows was 25,000 `write` calls. At a terminal every text is written at once.
/// Buffered text goes out when 64 KiB have gathered, before anything is written to standard
/// error (so `2>&1` keeps the order), before a child program starts (`ForegroundChild`), and
/// when the command ends (`failure` is read then).
public final class TextSink: @unchecked Sendable {
    /// Writes the bytes; returns 0, or the errno of a write that failed.
    private let send: (UnsafeRawBufferPointer) -> Int32
    private let lock = PosixMutex()
    private var buffer = ""
    private let keepsText: Bool
    private var firstFailure: Int32 = 0
    /// Bytes not yet written, when buffering.
    private var pending: [UInt8] = []
    /// Whether anything has reached the descriptor.
    private var wroteAny = false
    private let buffers: Bool
    /// A sink whose pending text goes out before this one writes.
    private let after: TextSink?
    static let bufferSize = 64 * 1024

    public init(
        buffered: Bool = false, after: TextSink? = nil, write: @escaping (UnsafeRawBufferPointer) -> Int32
    ) {
        send = write
        buffers = buffered
        self.after = after
        keepsText = false
    }

    /// A sink that keeps what is written, for tests.
    public init() {
        send = { _ in 0 }
        keepsText = true
        buffers = false
        after = nil
    }

    public func callAsFunction(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes UTF-8 bytes as they are (a large table rendered a piece at a time).
    public func write(bytes: UnsafeRawBufferPointer) {
        after?.flush()
        lock.lock()
        defer { lock.unlock() }
        if keepsText {
            buffer += String(decoding: bytes, as: UTF8.self)
        } else if firstFailure == 0 {
            // After one failure nothing more is written: the output is already incomplete.
            if buffers && bytes.count < Self.bufferSize {
                pending.append(contentsOf: bytes)
                if pending.count >= Self.bufferSize { writePending() }
            } else {
                // Bytes as many as the buffer holds go out as they are, after what is pending.
                writePending()
                guard firstFailure == 0 else { return }
                wroteAny = true
                firstFailure = send(bytes)
            }
        }
    }

    /// Writes what is buffered.
    public func flush() {
        lock.lock()
        defer { lock.unlock() }
        writePending()
    }

    private func writePending() {
        guard !pending.isEmpty else { return }
        wroteAny = true
        if firstFailure == 0 { firstFailure = pending.withUnsafeBytes { send($0) } }
        pending.removeAll(keepingCapacity: true)
    }

    /// Drops what was printed, when none of it has reached the descriptor yet (a command
    /// answered again from scratch); false when some has.
    public func discardUnwritten() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if keepsText {
            buffer = ""
            return true
        }
        guard !wroteAny else { return false }
        pending.removeAll(keepingCapacity: true)
        return true
    }

    /// The errno of the first write that failed (a full disk, a closed pipe), or nil, once
    /// what is buffered has been written. Output that did not arrive is an error:
    /// `cs list > /dev/full` must not exit 0.
    public var failure: Int32? {
        lock.lock()
        defer { lock.unlock() }
        writePending()
        return firstFailure == 0 ? nil : firstFailure
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    public static let standardOutput = TextSink(buffered: isatty(1) != 1) { System.writeAll(1, $0) }
    public static let standardError = TextSink(after: standardOutput) { System.writeAll(2, $0) }
}

import Foundation
import CSPlatform

/// The built `cs` run at a real terminal: a pseudo-terminal whose slave is the child's
/// controlling terminal (a new session, the child in its foreground process group), as a
/// person's shell would run it. What a pipe cannot show — a pager or editor stopped by the
/// kernel for reading the terminal from a background process group — shows here as a hang,
/// which `waitForExit` reports with what the screen showed.
final class PseudoTerminal {
    let master: Int32
    let slavePath: String
    private(set) var pid: pid_t = 0
    private(set) var screen: [UInt8] = []

    /// Linux's ioctl numbers for the pty master (the same on every architecture cs builds for).
    private static let unlockRequest: UInt = 0x4004_5431  // TIOCSPTLCK
    private static let numberRequest: UInt = 0x8004_5430  // TIOCGPTN
    private static let newSession: Int32 = 0x80  // POSIX_SPAWN_SETSID

    init(rows: UInt16 = 24, columns: UInt16 = 80) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw Failure("cannot open /dev/ptmx: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, Self.unlockRequest, &unlock) == 0, ioctl(master, Self.numberRequest, &number) == 0 else {
            throw Failure("cannot set up the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        if pid > 0 { kill(pid, SIGKILL); var status: Int32 = 0; waitpid(pid, &status, 0) }
        close(master)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Starts `program` with the slave as its standard streams and controlling terminal.
    /// `arguments` are raw bytes, so a test can pass what is not UTF-8.
    func start(_ program: String, _ arguments: [[UInt8]], environment: [String: String], in folder: String) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // No signal blocked, as under a shell (the test's own thread blocks most of them).
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(Self.newSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // The child runs in `folder`: a shell's `cd` before exec.
        let shell = "cd \"$1\" && shift && exec \"$@\""
        let argv: [UnsafeMutablePointer<CChar>?] =
            [
                strdup("/bin/sh"), strdup("-c"), strdup(shell), strdup("sh"),
                strdup(folder), strdup(program),
            ]
            + arguments.map { bytes in
                let copy = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
                for (index, byte) in bytes.enumerated() { copy[index] = CChar(bitPattern: byte) }
                copy[bytes.count] = 0
                return copy
            } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child = pid_t()
        let result = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure("cannot start \(program): \(String(cString: strerror(result)))") }
        pid = child
    }

    /// Types `text` at the keyboard.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads what the terminal shows until `done` says so or `seconds` pass; true when done.
    @discardableResult
    func read(until done: (String) -> Bool, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if done(text) { return true }
            drain(waitingMilliseconds: 50)
        }
        return done(text)
    }

    var text: String { String(decoding: screen, as: UTF8.self) }

    /// Waits for the child to exit; its exit status, or nil when it was still running after
    /// `seconds` (hung at the terminal: then it is killed).
    func waitForExit(seconds: Double = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        var status: Int32 = 0
        while Date() < deadline {
            drain(waitingMilliseconds: 20)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid {
                pid = 0
                drain(waitingMilliseconds: 50)
                let signal = status & 0x7F
                return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
        }
        return nil
    }

    /// The terminal's modes as the next program would find them.
    func modes() -> termios? {
        let descriptor = open(slavePath, O_RDWR | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var modes = termios()
        return tcgetattr(descriptor, &modes) == 0 ? modes : nil
    }

    private func drain(waitingMilliseconds: Int32) {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitingMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = System.read(master, &buffer, buffer.count)
        if count > 0 { screen += buffer[0..<count] }
    }
}

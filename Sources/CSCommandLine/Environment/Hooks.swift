import CSDomain

/// Programs the desk runs after its events are durably appended, as git runs its hooks:
/// executables in the `hooks` folder beside the log (`.cs/hooks/`). `post-event` runs for
/// every event, `post-TYPE` (`post-opened`, `post-escalated`, ...) for events of that type;
/// each gets the event as one JSON line on standard input. A missing or non-executable hook
/// is skipped; a failing one is reported on standard error and never undoes the write; one
/// that runs past the timeout is killed, its whole process group. `CS_NO_HOOKS=1` skips them.
enum Hooks {
    /// Seconds a hook may run (`CS_HOOK_TIMEOUT` changes it).
    static let defaultTimeout = 10

    static func run(after events: [Event], log path: String, variables: [String: String], output: Output) {
        // A hook's own cs commands run no hooks: a hook that writes cannot start a chain
        // that outlives its timeout (each cs's hooks have a process group of their own).
        let off = (variables["CS_NO_HOOKS"] ?? "").trimmingWhitespace()
        guard !events.isEmpty, off.isEmpty || off == "0", variables["CS_IN_HOOK"] == nil else { return }
        let folder = LogLocation.parent(of: path) + "/hooks"
        guard LogLocation.exists(folder) else { return }
        let given = variables["CS_HOOK_TIMEOUT"]
        let timeout = given.flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? defaultTimeout
        if let given, Int(given).map({ $0 > 0 }) != true {
            output.warn(.hookTimeoutIgnored(value: Terminal.singleLine(given), seconds: defaultTimeout))
        }
        for event in events {
            for name in ["post-event", "post-" + event.type] {
                let program = folder + "/" + name
                guard access(program, X_OK) == 0, !isFolder(program) else { continue }
                var environment = variables
                environment["CS_EVENT_TYPE"] = event.type
                environment["CS_EVENT_ID"] = event.id
                environment["CS_EVENT_SUBJECT"] = event.ticket
                if event.isTicket { environment["CS_TICKET"] = event.ticket }
                environment["CS_EVENT_BY"] = event.by
                environment["CS_LOG"] = path
                environment["CS_IN_HOOK"] = name
                let input = Array((event.encoded().text + "\n").utf8)
                switch runOne(program, input: input, environment: environment, timeout: timeout) {
                case .finished(0): continue
                case .finished(let status): output.warn(.hookFailed(name: name, status: status, event: event.id))
                case .timedOut: output.warn(.hookTimedOut(name: name, seconds: timeout, event: event.id))
                case .notStarted(let number): output.warn(.hookNotStarted(name: name, errorNumber: number))
                }
            }
        }
    }

    enum Outcome: Equatable {
        case finished(Int32)
        case timedOut
        case notStarted(Int32)
    }

    /// A clock that only moves forward (a clock set back must not extend a hook's time).
    private static func milliseconds() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int64(time.tv_sec) * 1000 + Int64(time.tv_nsec) / 1_000_000
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Runs one hook in a process group of its own, its input from a file (a hook that never
    /// reads it cannot block cs), its output on cs's standard error (cs's standard output
    /// belongs to the command's own report, which scripts read).
    static func runOne(_ program: String, input: [UInt8], environment: [String: String], timeout: Int) -> Outcome {
        var template = Array((System.temporaryDirectory(environment) + "cs-hook-XXXXXX").utf8CString)
        let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard file >= 0 else { return .notStarted(errno) }
        let inputPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer {
            _ = System.close(file)
            unlink(inputPath)
        }
        _ = input.withUnsafeBytes { System.writeAll(file, $0) }
        lseek(file, 0, SEEK_SET)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, file, 0)
        posix_spawn_file_actions_adddup2(&actions, 2, 1)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF))
        let argv = [strdup(program), nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard started == 0 else { return .notStarted(started) }
        let deadline = milliseconds() + Int64(timeout) * 1000
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { return .finished(127) }
            if milliseconds() >= deadline {
                // The whole group: a hook's own children (curl, a pipeline) go with it.
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            usleep(10_000)
        }
        let signal = status & 0x7F
        return .finished(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }
}

import CSDomain
/// A program cs hands the terminal to — the pager, the editor — started the way git starts
/// them: through `/bin/sh -c`, in cs's own process group, so it is in the terminal's
/// foreground and may read the keyboard. (Foundation's `Process` puts its child in a new
/// process group; at a terminal that child is stopped the moment it reads, and cs waits
/// for it forever.) While it runs, cs ignores Ctrl-C and Ctrl-\: the keys are the child's
/// to handle (less and vi use them), and cs must outlive it to restore nothing and report.
struct ForegroundChild {
    let pid: pid_t
    /// What SIGINT and SIGQUIT did before the child started, restored when it has ended.
    private let previousInterrupt: sigaction
    private let previousQuit: sigaction

    /// Signals the child gets back at their defaults, whatever cs did with them.
    private static let defaultSignals = [
        SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGTSTP, SIGTTIN, SIGTTOU, SIGCHLD, SIGXFSZ,
    ]

    /// Starts `/bin/sh -c command NAME ARGUMENTS...`. `standardInput`, when given, becomes the
    /// child's descriptor 0; the rest are inherited. Nil when it could not be started.
    static func start(
        _ command: String, name: String, arguments: [String], environment: [String: String],
        standardInput: Int32? = nil
    ) -> ForegroundChild? {
        // What cs has printed comes before anything the child prints.
        TextSink.standardOutput.flush()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let standardInput { posix_spawn_file_actions_adddup2(&actions, standardInput, 0) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in defaultSignals { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = (["/bin/sh", "-c", command, name] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        // Ignored from before the child starts (it gets them back at their defaults): a
        // Ctrl-C typed the instant it starts must not end cs and leave the child behind.
        var ignore = sigaction()
        ignore.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&ignore.sa_mask)
        var previousInterrupt = sigaction()
        var previousQuit = sigaction()
        sigaction(SIGINT, &ignore, &previousInterrupt)
        sigaction(SIGQUIT, &ignore, &previousQuit)
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, envp) == 0 else {
            sigaction(SIGINT, &previousInterrupt, nil)
            sigaction(SIGQUIT, &previousQuit, nil)
            return nil
        }
        return ForegroundChild(pid: pid, previousInterrupt: previousInterrupt, previousQuit: previousQuit)
    }

    /// Waits for the child to end (Ctrl-C and Ctrl-\ ignored since it started), then puts
    /// them back. Its exit status, or 128 + the signal that ended it (as a shell reports it).
    func wait() -> Int32 {
        var interrupt = previousInterrupt
        var quit = previousQuit
        defer {
            sigaction(SIGINT, &interrupt, nil)
            sigaction(SIGQUIT, &quit, nil)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return 127 }
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}

import CSDomain

/// Runs git, found on PATH, and collects what it says: teams share a desk through git, and
/// cs drives it as a person would (`git -C FOLDER ...`). Output goes through files, not
/// pipes, so a chatty git can never block on a pipe nobody reads yet.
enum Git {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        var succeeded: Bool { status == 0 }
        /// git's first line on standard error, for a message of one line.
        var firstError: String {
            errors.split(separator: "\n").first.map { String($0).trimmingWhitespace() } ?? "exit status \(status)"
        }

        /// What git said, on both streams, as one line: a failed merge names its files on
        /// standard output (`CONFLICT (content): Merge conflict in README.md`), a refused one
        /// lists them on lines of their own. git's hints are left out.
        var said: String {
            let lines = (errors + "\n" + output).split(separator: "\n").map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
            guard !lines.isEmpty else { return "exit status \(status)" }
            let joined = lines.prefix(6).joined(separator: "; ")
            return joined.count > 400 ? String(joined.prefix(400)) + "…" : joined
        }
    }

    /// Nil when git cannot be started at all (not installed).
    static func run(_ arguments: [String], in folder: String, variables: [String: String]) -> Result? {
        let scratch = System.temporaryDirectory(variables)
        var outTemplate = Array((scratch + "cs-git-out-XXXXXX").utf8CString)
        var errTemplate = Array((scratch + "cs-git-err-XXXXXX").utf8CString)
        let out = outTemplate.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let err = errTemplate.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        let outPath = outTemplate.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        let errPath = errTemplate.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        defer {
            System.close(out)
            System.close(err)
            unlink(outPath)
            unlink(errPath)
        }
        guard out >= 0, err >= 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out, 1)
        posix_spawn_file_actions_adddup2(&actions, err, 2)
        // No prompts: a script or a command waiting on a password would hang.
        var environment = variables
        environment["GIT_TERMINAL_PROMPT"] = "0"
        let argv = (["git", "-C", folder] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        guard posix_spawnp(&child, "git", &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        func text(_ path: String) -> String {
            (try? FileReading.bytes(atPath: path, shownAs: path, limit: .importFile)).map {
                String(decoding: $0, as: UTF8.self)
            } ?? ""
        }
        return Result(status: exit, output: text(outPath), errors: text(errPath))
    }

    /// The top of the git work tree holding `path`, if any: the nearest folder above it
    /// with a `.git` (a folder, or a file in a linked work tree).
    static func workTree(containing path: String) -> String? {
        var folder = LogLocation.parent(of: path)
        while true {
            if LogLocation.exists(folder + (folder == "/" ? "" : "/") + ".git") { return folder }
            guard folder != "/", !folder.isEmpty else { return nil }
            folder = LogLocation.parent(of: folder)
        }
    }
}

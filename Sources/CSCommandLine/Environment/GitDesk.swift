import CSDomain

/// A desk kept in a git repository, so a team shares it: git merges the log with cs's
/// merge driver (events, not lines), and never sees the files cs derives from the log.
enum GitDesk {
    static let driver = "cs-events"
    /// The command git runs to merge the log: this very cs, by its full path, so the merge
    /// works when cs is not on PATH (a build folder); `cs init` again after moving cs.
    static var driverCommand: String {
        let program =
            System.executablePath().map {
                "'" + $0.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
            } ?? "cs"
        return program + " merge-driver %O %A %B %P"
    }
    /// What cs derives beside the log, rebuilt when missing: never committed.
    static let ignored = [
        "*.snapshot", "*.seen", "*.faq-index", "*.faq-index.tmp-*", "*.tmp-*", "*.bak", "*.git-checked",
        "*.merge-*",
    ]

    /// Registers the merge driver for the log at `path` when it lies in a git work tree: the
    /// `.gitattributes` entry (committed with the desk) and the driver in the repository's
    /// config (which git keeps out of clones, so a fresh clone's `cs init` sets it again),
    /// and a `.gitignore` beside the log for the derived files. The work tree's top, or nil
    /// outside one. The log itself is not touched.
    static func register(log path: String, variables: [String: String]) throws(Failure) -> String? {
        guard let root = Git.workTree(containing: path) else { return nil }
        let relative = String(path.dropFirst(root == "/" ? 1 : root.count + 1))
        try ensureLines(["/" + relative + " merge=" + driver], in: root + "/.gitattributes")
        let folder = LogLocation.parent(of: path)
        try ensureLines(
            ["# Derived from the log by cs and rebuilt when missing: never committed."] + ignored,
            in: folder + "/.gitignore")
        for (key, value) in [("name", "cs event log (merged by events)"), ("driver", driverCommand)] {
            let command = ["config", "merge.\(driver).\(key)", value]
            guard let result = Git.run(command, in: root, variables: variables) else {
                throw .commandLine(.gitMissing)
            }
            guard result.succeeded else {
                throw .commandLine(
                    .gitFailed(
                        command: "git config merge.\(driver).\(key)", reason: result.firstError))
            }
        }
        return root
    }

    /// Says once per clone, on standard error, when the log is marked for cs's merge driver
    /// (`.gitattributes`) but this clone has no such driver (a fresh clone before `cs init`):
    /// git would merge the log as lines. A log in a repository that does not share it that
    /// way (a fixture, a backup) gets no warning.
    static func warnIfUnregistered(log path: String, variables: [String: String], output: Output) {
        let marker = path + ".git-checked"
        guard !LogLocation.exists(marker), let root = Git.workTree(containing: path) else { return }
        let attribute = Git.run(["check-attr", "merge", "--", path], in: root, variables: variables)
        guard let attribute, attribute.succeeded else { return }
        let marked = attribute.output.hasSuffix(": merge: \(driver)\n")
        let registered =
            marked
            && Git.run(["config", "--get", "merge.\(driver).driver"], in: root, variables: variables)?.succeeded == true
        // Checked once per clone, whatever the answer: the marker is a derived file.
        let descriptor = System.open(marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        if descriptor >= 0 { _ = System.close(descriptor) }
        if marked && !registered { output.warn(.gitDriverMissing(root: root)) }
    }

    /// git checks files out, and writes a merged log, readable by all (0644 under the usual
    /// umask): the desk's folder goes back to 0700 and the log to 0600, as `cs init` makes
    /// them, after a clone (`cs init`) and a pull (`cs sync`). Only a `.cs` folder is cs's
    /// to arrange (see `cs verify`).
    static func restrictModes(log path: String) {
        let folder = LogLocation.parent(of: path)
        guard folder.hasSuffix("/.cs") else { return }
        for (file, mode) in [(folder, 0o700 as mode_t), (path, 0o600 as mode_t)] {
            var info = stat()
            guard stat(file, &info) == 0, info.st_mode & 0o077 != 0 else { continue }
            _ = chmod(file, mode)
        }
    }

    /// Adds the lines a file lacks at its end (creating it), leaving the rest as it is.
    private static func ensureLines(_ lines: [String], in path: String) throws(Failure) {
        let existing =
            (try? FileReading.bytes(atPath: path, shownAs: path, limit: .settings)).map {
                String(decoding: $0, as: UTF8.self)
            } ?? ""
        let present = Set(existing.split(separator: "\n").map { String($0).trimmingWhitespace() })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        let text =
            (existing.isEmpty || existing.hasSuffix("\n") ? existing : existing + "\n")
            + missing.joined(separator: "\n") + "\n"
        try Failure.catching(log: MergedFile.replace(path, with: Array(text.utf8), mode: 0o644))
    }
}

import CSDomain

/// `cs sync`: shares this clone's desk with the team through git — commit, pull, push.
enum SyncCommand: Command {
    static let message = Option.text("message", short: "m", "TEXT", help: .syncMessage)

    static let path = ["sync"]
    static let spec = CommandSpec(
        path, group: .writing, abstract: .syncAbstract, discussion: .syncDiscussion, options: [message],
        examples: ["cs sync", "cs sync -m \"end of the night shift\""])

    /// What a sync did, as `--json` prints it.
    struct Outcome {
        var commit: String?
        var remote: String?
        var pulled = 0
        var pushed = false
        var openConflicts = 0
    }

    static func run(_ context: Context) throws(Failure) {
        let title = try context.input.text(message)
        let log = try context.desk.locateLog()
        let output = context.output
        guard let root = Git.workTree(containing: log.path) else {
            throw .commandLine(.notInGitWorkTree(path: output.displayPath(log.path)))
        }
        // This clone may lack the driver (git keeps it out of clones): without it the pull
        // would merge the log as lines.
        // Git's commits, pulls and pushes are not done twice: if a damaged snapshot is met
        // later, the command is not run again from the log (`CommandLineTool`).
        context.desk.damage.noteAppend()
        _ = try GitDesk.register(log: log.path, variables: context.environment.variables)
        var git = GitSync(root: root, variables: context.environment.variables)
        try git.signIfUnconfigured(as: try context.desk.actor())
        let relative = String(log.path.dropFirst(root == "/" ? 1 : root.count + 1))
        let folder = relative.contains("/") ? String(relative[..<relative.lastIndex(of: "/")!]) + "/" : ""
        let paths = [relative, ".gitattributes", folder + ".gitignore"]
        // Each step is said as it is done: a later step that fails leaves the earlier ones told.
        let say = { (message: Message) in if !output.quiet && !output.json { output.print(message) } }
        var outcome = Outcome()
        try Failure.catching(
            locked: log.holdingWritersLock { () throws(Failure) in
                let branch = try git.branch
                let current = try Failure.catching(log: log.withBytes { Array($0) })
                let atHead = try git.atHead(relative) ?? []
                let added = try Failure.catching(log: LogChanges.added(in: current, since: atHead, path: log.path))
                let summary = LogChanges.summary(of: added)
                let heading = title ?? "cs: " + (added.isEmpty ? LogChanges.settingsOnly : summary.title)
                outcome.commit = try git.commit(paths, message: [heading, ""] + summary.body)
                if let commit = outcome.commit {
                    say(
                        .syncCommitted(
                            commit: commit, summary: heading.hasPrefix("cs: ") ? String(heading.dropFirst(4)) : heading)
                    )
                } else {
                    say(.syncNothingToCommit)
                }
                let remotes = try git.remotes
                guard !remotes.isEmpty else { return say(.syncNoRemote) }
                guard let remote = try git.upstreamRemote(of: branch) ?? (remotes.count == 1 ? remotes[0] : nil) else {
                    throw .commandLine(.syncNoUpstream(branch: branch, remotes: remotes))
                }
                outcome.remote = remote
                if try git.remoteHas(remote, branch: branch) {
                    let before = try Failure.catching(log: log.withBytes { Array($0) })
                    // git writes the merged log readable by all; owner-only again, whatever happens.
                    defer { GitDesk.restrictModes(log: log.path) }
                    try git.pull(remote, branch: branch)
                    let after = try Failure.catching(log: log.withBytes { Array($0) })
                    outcome.pulled = try Failure.catching(
                        log: LogChanges.added(in: after, since: before, path: log.path)
                    ).count
                    say(
                        outcome.pulled > 0
                            ? .syncPulled(events: outcome.pulled, remote: remote) : .syncUpToDate(remote: remote))
                    if try git.isPushed(remote, branch: branch) { return say(.syncNothingToPush(remote: remote)) }
                }
                try git.push(remote, branch: branch)
                outcome.pushed = true
                say(.syncPushed(remote: remote, branch: branch))
            })
        outcome.openConflicts = try context.desk.readDesk().tickets.filter(\.hasOpenConflicts).count
        if output.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.optionalString("commit", outcome.commit)
            writer.optionalString("remote", outcome.remote)
            writer.int("pulled", Int64(outcome.pulled))
            writer.bool("pushed", outcome.pushed)
            writer.int("ticketsWithOpenConflicts", Int64(outcome.openConflicts))
            writer.endObject()
            output.print(writer.text)
        } else if outcome.openConflicts > 0 {
            output.warn(.syncOpenConflicts(tickets: outcome.openConflicts))
        }
    }
}

import CSDomain

/// `cs sync`: shares this clone's desk with the team through git — commit, pull, push.
enum SyncCommand: Command {
    static let message = Option.text("message", short: "m", "TEXT", help: .syncMessage)

    static let spec = CommandSpec(
        ["sync"], group: .writing, abstract: .syncAbstract, discussion: .syncDiscussion, options: [message],
        examples: ["cs sync", "cs sync -m \"end of the night shift\""])

    static func run(_ context: Context) throws {
        let title = try context.input.text(message)
        let log = try context.desk.locateLog()
        let output = context.output
        guard let root = Git.workTree(containing: log.path) else {
            throw CommandLineError.notInGitWorkTree(path: output.displayPath(log.path))
        }
        // This clone may lack the driver (git keeps it out of clones): without it the pull
        // would merge the log as lines.
        _ = try GitDesk.register(log: log.path, variables: context.environment.variables)
        var git = GitSync(root: root, variables: context.environment.variables)
        try git.signIfUnconfigured(as: try context.desk.actor())
        let relative = String(log.path.dropFirst(root == "/" ? 1 : root.count + 1))
        let folder = relative.contains("/") ? String(relative[..<relative.lastIndex(of: "/")!]) + "/" : ""
        let paths = [relative, ".gitattributes", folder + ".gitignore"]
        let reports: [Message] = try log.holdingWritersLock {
            var reports: [Message] = []
            let current = try log.withBytes { Array($0) }
            let added = try LogChanges.added(in: current, since: try git.atHead(relative) ?? [], path: log.path)
            let summary = LogChanges.summary(of: added)
            let heading = title ?? (added.isEmpty ? "cs: desk settings" : "cs: " + summary.title)
            if let commit = try git.commit(paths, message: [heading, ""] + summary.body) {
                reports.append(.syncCommitted(commit: commit, summary: title ?? summary.title))
            } else {
                reports.append(.syncNothingToCommit)
            }
            let remotes = try git.remotes
            guard !remotes.isEmpty else { return reports + [.syncNoRemote] }
            let branch = try git.branch
            guard let remote = try git.upstreamRemote(of: branch) ?? (remotes.count == 1 ? remotes[0] : nil) else {
                throw CommandLineError.syncFailed(
                    command: "git pull", reason: "branch \(branch) has no upstream and there are several remotes")
            }
            if try git.remoteHas(remote, branch: branch) {
                let before = try log.withBytes { Array($0) }
                try git.pull(remote, branch: branch)
                GitDesk.restrictModes(log: log.path)
                let after = try log.withBytes { Array($0) }
                let pulled = try LogChanges.added(in: after, since: before, path: log.path).count
                reports.append(pulled > 0 ? .syncPulled(events: pulled, remote: remote) : .syncUpToDate(remote: remote))
            }
            try git.push(remote, branch: branch)
            return reports + [.syncPushed(remote: remote, branch: branch)]
        }
        if !output.quiet { reports.forEach { output.print($0) } }
        let conflicted = try context.desk.readDesk().tickets.filter(\.hasOpenConflicts).count
        if conflicted > 0 { output.warn(.syncOpenConflicts(tickets: conflicted)) }
    }
}

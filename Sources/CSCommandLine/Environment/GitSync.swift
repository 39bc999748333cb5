import CSDomain

/// The git side of `cs sync`, run in the desk's work tree as a person would: commit the
/// desk's files, pull with the merge driver, push. Each step's failure is reported with
/// git's own first line.
struct GitSync {
    let root: String
    var variables: [String: String]

    /// Runs git; a failure throws `syncFailed` naming the command.
    @discardableResult
    func run(_ arguments: [String]) throws(Failure) -> Git.Result {
        let result = try attempt(arguments)
        guard result.succeeded else {
            throw .commandLine(
                .syncFailed(
                    command: "git " + arguments.joined(separator: " "), reason: result.said))
        }
        return result
    }

    /// Runs git, whatever it answers; only a git that cannot start throws.
    func attempt(_ arguments: [String]) throws(Failure) -> Git.Result {
        guard let result = Git.run(arguments, in: root, variables: variables) else { throw .commandLine(.gitMissing) }
        return result
    }

    /// A commit needs a name and an address: when git has none configured, the desk's agent
    /// signs it (`AGENT <AGENT@cs.invalid>`), as the events are signed.
    mutating func signIfUnconfigured(as agent: String) throws(Failure) {
        // Both asked, whatever the first says: git's answers are cheap, and `||` cannot carry a typed error.
        let hasAddress = try attempt(["config", "user.email"]).succeeded
        let hasName = try attempt(["config", "user.name"]).succeeded
        guard !hasAddress || !hasName else { return }
        for role in ["AUTHOR", "COMMITTER"] {
            variables["GIT_\(role)_NAME"] = variables["GIT_\(role)_NAME"] ?? agent
            variables["GIT_\(role)_EMAIL"] = variables["GIT_\(role)_EMAIL"] ?? "\(agent)@cs.invalid"
        }
    }

    /// Stages `paths` and commits them alone (other staged work is left staged); nil when
    /// they hold nothing new. The commit's short hash.
    func commit(_ paths: [String], message: [String]) throws(Failure) -> String? {
        let present = paths.filter { LogLocation.exists(root + "/" + $0) }
        try run(["add", "--"] + present)
        guard try attempt(["diff", "--cached", "--quiet", "--"] + present).status == 1 else { return nil }
        try run(["commit", "--quiet", "--no-verify", "-m", message.joined(separator: "\n")] + ["--"] + present)
        return try run(["rev-parse", "--short", "HEAD"]).output.trimmingWhitespace()
    }

    /// The file at HEAD, if HEAD has it (nil before the first commit).
    func atHead(_ path: String) throws(Failure) -> [UInt8]? {
        let result = try attempt(["show", "HEAD:" + path])
        return result.succeeded ? Array(result.output.utf8) : nil
    }

    var remotes: [String] {
        get throws(Failure) {
            try run(["remote"]).output.split(separator: "\n").map { String($0).trimmingWhitespace() }
                .filter { !$0.isEmpty }
        }
    }

    /// The branch checked out; a detached HEAD is refused before anything is committed
    /// (a commit there is left behind by the next checkout).
    var branch: String {
        get throws(Failure) {
            let result = try attempt(["symbolic-ref", "--quiet", "--short", "HEAD"])
            guard result.succeeded else { throw .commandLine(.syncDetachedHead) }
            return result.output.trimmingWhitespace()
        }
    }

    /// Whether HEAD is the commit `remote` has for `branch` (after a pull): nothing to push.
    func isPushed(_ remote: String, branch: String) throws(Failure) -> Bool {
        let local = try attempt(["rev-parse", "HEAD"]), remoteHead = try attempt(["rev-parse", "\(remote)/\(branch)"])
        return local.succeeded && remoteHead.succeeded && local.output == remoteHead.output
    }

    /// The remote of the branch's upstream, if it has one.
    func upstreamRemote(of branch: String) throws(Failure) -> String? {
        let result = try attempt(["config", "branch.\(branch).remote"])
        return result.succeeded ? result.output.trimmingWhitespace() : nil
    }

    /// Whether `remote` has `branch` yet (an empty remote has none).
    func remoteHas(_ remote: String, branch: String) throws(Failure) -> Bool {
        !(try run(["ls-remote", "--heads", remote, "refs/heads/" + branch]).output.isEmpty)
    }

    /// Merges, never rebases: the log's driver merges, and the history says who merged what.
    func pull(_ remote: String, branch: String) throws(Failure) {
        try run(["pull", "--quiet", "--no-rebase", "--no-edit", remote, branch])
    }

    /// Pushes and sets the upstream; a push refused because the remote moved meanwhile
    /// is answered once by pulling again.
    func push(_ remote: String, branch: String) throws(Failure) {
        let arguments = ["push", "--quiet", "--set-upstream", remote, branch]
        if try attempt(arguments).succeeded { return }
        try pull(remote, branch: branch)
        try run(arguments)
    }
}

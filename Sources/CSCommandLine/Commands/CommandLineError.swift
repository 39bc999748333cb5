import CSDomain

/// What the command line itself refuses, beyond parsing: the editor's outcome, the
/// built-in FAQ, a bad import file, a damaged log found by `cs verify`.
enum CommandLineError: Error, Equatable {
    /// The text written in the editor was empty (exit status 1).
    case emptyEditorText(BodyKind)
    /// The editor failed; `draft` keeps the text written so far, if any (exit status 1).
    case editorExited(editor: String, status: Int32, draft: String?)
    case cannotCreateDraft(errorNumber: Int32)
    /// A line of a `cs faq import` file (exit status 2).
    case badFAQLine(path: String, line: Int, problem: FAQLineProblem)
    /// A row of a `cs import` file (exit status 2).
    case badImportRow(path: String, line: Int, problem: ImportProblem)
    /// `cs verify` found damage; its lines were printed already (exit status 4).
    case verifyFailed(problems: Int)
    /// A git command cs ran for the team's desk failed (exit status 1).
    case gitFailed(command: String, reason: String)
    /// git is not installed, or not on PATH (exit status 1).
    case gitMissing
    /// A git command of `cs sync` failed: a merge to finish by hand, a push refused (exit status 1).
    case syncFailed(command: String, reason: String)
    /// `cs sync` for a desk outside any git work tree (exit status 1).
    case notInGitWorkTree(path: String)
    /// `cs sync` on a detached HEAD (exit status 1).
    case syncDetachedHead
    /// `cs sync` on a branch with no upstream, and several remotes to choose from (exit status 1).
    case syncNoUpstream(branch: String, remotes: [String])
}

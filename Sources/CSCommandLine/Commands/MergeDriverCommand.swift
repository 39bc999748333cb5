import CSDomain

/// `cs merge-driver BASE OURS THEIRS`: git's merge driver for the log (registered by
/// `cs init` in a git work tree). Writes the merge of the three into OURS, as git expects,
/// or nothing at all: a damaged side exits 4 and git reports a conflict.
enum MergeDriverCommand: Command {
    static let base = Argument.text("BASE", kind: .file, help: .mergeDriverBase)
    static let ours = Argument.text("OURS", kind: .file, help: .mergeDriverOurs)
    static let theirs = Argument.text("THEIRS", kind: .file, help: .mergeDriverTheirs)
    static let logPath = Argument.text("PATH", kind: .file, help: .mergeDriverPath).optional

    static let path = ["merge-driver"]
    static let spec = CommandSpec(
        path, group: .setup, abstract: .mergeDriverAbstract, arguments: [base, ours, theirs, logPath],
        examples: ["cs merge-driver %O %A %B %P"], hidden: true)

    static func run(_ context: Context) throws(Failure) {
        let invocation = context.invocation
        // git's copies are temporary files (.merge_file_XXXXXX): messages name the log by
        // its path in the work tree (%P), and which copy.
        let named = try invocation[logPath]
        var sides: [(path: String, bytes: [UInt8])] = []
        for (argument, side) in [(base, "base"), (ours, "ours"), (theirs, "theirs")] {
            let path = try invocation[argument]
            // git hands an empty base when both sides added the file.
            let bytes = try Failure.catching(
                usage: FileReading.bytes(atPath: context.environment.absolute(path), shownAs: path, limit: .log))
            sides.append((named.map { "\($0) (\(side))" } ?? path, bytes))
        }
        let merged = try Failure.catching(log: LogMerge.merge(sides))
        let path = context.environment.absolute(try invocation[ours])
        try Failure.catching(log: MergedFile.replace(path, with: merged))
    }
}

/// Writes a whole file beside the old one, then renames it over it: a reader sees the old
/// log or the merged one, never half of one.
enum MergedFile {
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t = 0o600) throws(LogError) {
        let temporary = path + ".merge-\(getpid())"
        let descriptor = System.open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .unreadable(path: temporary, reason: .system(.open, errorNumber: errno)) }
        let failure = bytes.withUnsafeBytes { System.writeAll(descriptor, $0) }
        let synced = failure == 0 && fsync(descriptor) == 0
        System.close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            let number = failure != 0 ? failure : errno
            unlink(temporary)
            throw .unreadable(path: path, reason: .system(.write, errorNumber: number))
        }
    }
}

import CSDomain
/// Finding the desk's log the way git finds `.git`, and saying exactly what is wrong when a
/// path cannot be a log: a folder, a FIFO (which would block), a device (`/dev/zero` would
/// read as an empty desk), a link to nothing, a folder that cannot be entered.
extension DeskAccess {
    /// `--log`, else `CS_LOG`, else `.cs/events.jsonl` in this folder or the nearest parent.
    func locateLog() throws(Failure) -> EventLog {
        if let explicit = invocation.globals.log ?? environment.variables["CS_LOG"].flatMap({ $0.isEmpty ? nil : $0 }) {
            guard !explicit.isEmpty else {
                throw .usage(.invalidValue(what: "--log", value: "", expected: .logPath))
            }
            let path = environment.absolute(explicit)
            try LogLocation.check(path, shownAs: explicit, mustExist: true)
            return EventLog(path: path, derived: derivedFiles)
        }
        var folder = environment.currentDirectory
        while true {
            let desk = (folder == "/" ? "" : folder) + "/.cs"
            if LogLocation.exists(desk) {
                try LogLocation.refuseDanglingLink(desk, shownAs: output.displayPath(desk))
                let candidate = desk + "/events.jsonl"
                try LogLocation.check(candidate, shownAs: output.displayPath(candidate), mustExist: false)
                if LogLocation.exists(candidate) { return EventLog(path: candidate, derived: derivedFiles) }
                throw .usage(.notALog(path: output.displayPath(desk), problem: .noEventsFile(folder: folder)))
            }
            guard folder != "/", !folder.isEmpty else { break }
            folder = LogLocation.parent(of: folder)
        }
        throw .usage(.noLog(searchedFrom: environment.currentDirectory))
    }

    /// The files beside the log that make commands fast; `CS_NO_DERIVED=1` turns them off
    /// (every command then replays the whole log, as the benchmarks' cold runs do), and
    /// `CS_SNAPSHOT_TAIL=BYTES` sets how far the log may run past its snapshot (tests).
    var derivedFiles: DerivedFiles {
        // Set to anything but 0 (as CS_NO_HOOKS): `CS_NO_DERIVED=true` must not be ignored.
        let off = (environment.variables["CS_NO_DERIVED"] ?? "").trimmingWhitespace()
        if !(off.isEmpty || off == "0") || environment.distrustsDerivedFiles { return .off }
        var files = DerivedFiles.on
        if let given = environment.variables["CS_SNAPSHOT_TAIL"], !given.isEmpty {
            if let bound = Int(given), bound >= 0 {
                files.fixedTailBound = bound
            } else {
                output.warn(.snapshotTailIgnored(value: Terminal.singleLine(given)))
            }
        }
        return files
    }
}

enum LogLocation {
    /// Whether anything (even a dangling link) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Refuses what cannot be a log; with `mustExist`, a missing file too.
    static func check(_ path: String, shownAs shown: String, mustExist: Bool) throws(Failure) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT {
                try refuseDanglingLink(path, shownAs: shown)
                if mustExist { throw .usage(.logNotFound(path: shown)) }
                return
            }
            if code == ENOTDIR { throw .usage(.notALog(path: shown, problem: .pathThroughFile)) }
            throw .log(.unreadable(path: path, reason: .system(.inspect, errorNumber: code)))
        }
        guard let kind = FileKind(mode: info.st_mode), kind != .regular else { return }
        let suggested = kind == .folder ? (shown.hasSuffix("/") ? shown : shown + "/") + "events.jsonl" : nil
        throw .usage(.notALog(path: shown, problem: .kind(kind, suggested: suggested)))
    }

    /// A symbolic link whose target is missing gets its own message: "no desk found" or
    /// "no log" would send people looking in the wrong place.
    static func refuseDanglingLink(_ path: String, shownAs shown: String) throws(Failure) {
        var info = stat()
        guard stat(path, &info) != 0, errno == ENOENT, let target = linkTarget(path) else { return }
        throw .usage(.notALog(path: shown, problem: .danglingLink(target: target)))
    }

    private static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        buffer[count] = 0
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(of folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/"), slash != folder.startIndex else { return "/" }
        return String(folder[..<slash])
    }
}

import CSDomain

enum VerifyCommand: Command {
    static let spec = CommandSpec(
        ["verify"], group: .reading,
        abstract: "check every line of the log and say where it is damaged",
        discussion: "Prints one line per problem as FILE:LINE: what, and exits 4 if there is any.",
        examples: ["cs verify"])

    static func run(_ context: Context) throws {
        let log = try context.locateLog()
        for warning in permissionWarnings(log.path) { context.warn("warning: " + context.displayPath(warning)) }
        let report = try log.withBytes { LogVerifier.verify($0, path: log.path, mapped: true) }
        let shown = context.displayPath(log.path)
        if context.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.int("events", Int64(report.eventCount))
            writer.key("problems")
            writer.beginArray()
            for problem in report.problems {
                writer.beginObject()
                writer.int("line", Int64(problem.line))
                writer.string("problem", ErrorText.describe(problem.problem))
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            context.print(writer.text)
        } else {
            for problem in report.problems { context.print("\(shown):\(problem.line): \(ErrorText.describe(problem.problem))") }
            if report.problems.isEmpty && !context.quiet {
                context.print("\(shown): \(report.eventCount) \(report.eventCount == 1 ? "event" : "events"), no problems")
            }
        }
        if !report.problems.isEmpty { throw VerifyFailed(count: report.problems.count) }
    }
}

extension VerifyCommand {
    /// The log holds customers' personal data: the `.cs` folder should be 0700 and the log
    /// 0600, as `cs init` makes them. Logs elsewhere (`--log`) are the user's own to arrange.
    static func permissionWarnings(_ path: String) -> [String] {
        var warnings: [String] = []
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard folder.hasSuffix("/.cs") else { return [] }
        for (file, wanted) in [(folder, 0o700 as UInt32), (path, 0o600 as UInt32)] where !file.isEmpty {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            let mode = UInt32(info.st_mode) & 0o777
            if mode & 0o077 != 0 {
                warnings.append("\(file) is open to other users (mode \(String(mode, radix: 8))); "
                    + "it holds personal data: chmod \(String(wanted, radix: 8)) \(file)")
            }
        }
        return warnings
    }
}

/// `cs verify` found damage: its lines were printed already; exit 4 with a summary.
struct VerifyFailed: Error {
    let count: Int
}

import CSDomain

enum VerifyCommand: Command {
    static let path = ["verify"]
    static let spec = CommandSpec(
        path, group: .reading, abstract: .verifyAbstract, discussion: .verifyDiscussion, examples: ["cs verify"])

    static func run(_ context: Context) throws(Failure) {
        let log = try context.desk.locateLog()
        for warning in permissionWarnings(log.path, shown: context.output.displayPath) { context.output.warn(warning) }
        let seen = log.sizeWhenLastSeen
        let (report, size) = try Failure.catching(
            log: log.withBytes { (LogVerifier.verify($0, path: log.path, mapped: true), $0.count) })
        if let seen, seen > size, !context.output.quiet {
            context.output.warn(.logShrank(path: context.output.displayPath(log.path), bytes: Int(seen) - size))
        }
        let shown = context.output.displayPath(log.path)
        if context.output.json {
            var writer = JSONWriter()
            writer.beginObject()
            writer.int("events", Int64(report.eventCount))
            writer.key("problems")
            writer.beginArray()
            for problem in report.problems {
                writer.beginObject()
                writer.int("line", Int64(problem.line))
                // JSON is the same in every language.
                writer.string("problem", English.problem(problem.problem))
                writer.endObject()
            }
            writer.endArray()
            writer.int("unchainedLines", Int64(report.unchainedLines))
            writer.key("conflicts")
            writer.beginArray()
            for found in report.conflicts {
                writer.beginObject()
                writer.int("line", Int64(found.line))
                writer.string("ticket", found.ticket)
                writer.key("conflict")
                TicketJSON.writeConflict(found.conflict, into: &writer)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
            context.output.print(writer.text)
        } else {
            for problem in report.problems {
                context.output.print("\(shown):\(problem.line): " + context.catalogue.problem(problem.problem))
            }
            if report.problems.isEmpty && !context.output.quiet {
                context.output.print(.verified(path: shown, events: report.eventCount))
            }
            if report.problems.isEmpty && report.unchainedLines > 0 && !context.output.quiet {
                context.output.warn(.unchainedLines(report.unchainedLines))
            }
            // Open conflicts: where each is, then how many; the exit status stays 0.
            for found in report.conflicts {
                context.output.print(
                    "\(shown):\(found.line): "
                        + Terminal.singleLine(
                            context.catalogue.text(.conflictAt(ticket: found.ticket, conflict: found.conflict))))
            }
            if !report.conflicts.isEmpty && !context.output.quiet {
                let tickets = Set(report.conflicts.map(\.ticket)).count
                context.output.print(.conflictsFound(conflicts: report.conflicts.count, tickets: tickets))
            }
        }
        if !report.problems.isEmpty { throw .commandLine(.verifyFailed(problems: report.problems.count)) }
    }
}

extension VerifyCommand {
    /// The log holds customers' personal data: the `.cs` folder should be 0700 and the log
    /// 0600, as `cs init` makes them. Logs elsewhere (`--log`) are the user's own to arrange.
    static func permissionWarnings(_ path: String, shown: (String) -> String) -> [Message] {
        var warnings: [Message] = []
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard folder.hasSuffix("/.cs") else { return [] }
        for (file, wanted) in [(folder, 0o700 as UInt32), (path, 0o600 as UInt32)] where !file.isEmpty {
            var info = stat()
            guard stat(file, &info) == 0 else { continue }
            let mode = UInt32(info.st_mode) & 0o777
            if mode & 0o077 != 0 {
                warnings.append(
                    .openToOtherUsers(path: shown(file), mode: String(mode, radix: 8), wanted: String(wanted, radix: 8))
                )
            }
        }
        return warnings
    }
}

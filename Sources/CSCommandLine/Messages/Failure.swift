import CSDomain

/// Every way a command can fail, one case per layer: the one funnel errors pass through on
/// their way to a message and an exit status. Each layer throws its own enum, and a command
/// throws only this (`Command.run` is `throws(Failure)`), so the compiler checks that every
/// error is one of these; `internal` is a broken promise inside cs, with its own status.
enum Failure: Error {
    case usage(UsageError)
    case refused(DomainError)
    case notFound(LookupError)
    case log(LogError)
    case commandLine(CommandLineError)
    case `internal`(String)

    var exitStatus: ExitStatus {
        switch self {
        case .usage: return .usage
        case .refused: return .refused
        case .notFound: return .notFound
        case .log: return .damaged
        case .commandLine(let failure):
            switch failure {
            case .emptyEditorText, .editorExited, .cannotCreateDraft, .gitFailed, .gitMissing,
                .syncFailed, .notInGitWorkTree, .syncDetachedHead, .syncNoUpstream:
                return .refused
            case .badFAQLine, .badImportRow: return .usage
            case .verifyFailed: return .damaged
            }
        case .internal: return .internalError
        }
    }
}

// MARK: - Crossing into the funnel

/// A layer's typed error, carried into the funnel where a command calls that layer. Swift
/// does not convert one thrown type into another, so each crossing is written once, here;
/// the label says which layer's error the call may throw.
extension Failure {
    static func catching<T>(usage body: @autoclosure () throws(UsageError) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw .usage(error) }
    }

    static func catching<T>(refusal body: @autoclosure () throws(DomainError) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw .refused(error) }
    }

    static func catching<T>(lookup body: @autoclosure () throws(LookupError) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw .notFound(error) }
    }

    static func catching<T>(log body: @autoclosure () throws(LogError) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw .log(error) }
    }

    static func catching<T>(commandLine body: @autoclosure () throws(CommandLineError) -> T) throws(Failure) -> T {
        do { return try body() } catch { throw .commandLine(error) }
    }

    /// Work done under the log's lock: the log's failure, or the work's own (already a `Failure`).
    static func catching<T>(locked body: @autoclosure () throws(WorkError<Failure>) -> T) throws(Failure) -> T {
        do {
            return try body()
        } catch {
            switch error {
            case .log(let log): throw .log(log)
            case .work(let failure): throw failure
            }
        }
    }
}

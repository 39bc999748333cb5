import CSDomain

/// Every way a command can fail, one case per layer: the one funnel errors pass through on
/// their way to a message and an exit status. Each layer throws its own enum; anything else
/// is a bug in cs, and says so with its own status.
enum Failure {
    case usage(UsageError)
    case refused(DomainError)
    case notFound(LookupError)
    case log(LogError)
    case commandLine(CommandLineError)
    case `internal`(String)

    init(_ error: any Error) {
        switch error {
        case let usage as UsageError: self = .usage(usage)
        case let refused as DomainError: self = .refused(refused)
        case let lookup as LookupError: self = .notFound(lookup)
        case let log as LogError: self = .log(log)
        case let commandLine as CommandLineError: self = .commandLine(commandLine)
        default: self = .internal(String(describing: error))
        }
    }

    var exitStatus: ExitStatus {
        switch self {
        case .usage: return .usage
        case .refused: return .refused
        case .notFound: return .notFound
        case .log: return .damaged
        case .commandLine(let failure):
            switch failure {
            case .emptyEditorText, .editorExited, .cannotCreateDraft, .builtInFAQEntry, .gitFailed, .gitMissing,
                .syncFailed, .notInGitWorkTree, .syncDetachedHead, .syncNoUpstream:
                return .refused
            case .badFAQLine, .badImportRow: return .usage
            case .verifyFailed: return .damaged
            }
        case .internal: return .internalError
        }
    }
}

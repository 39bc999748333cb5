import CSDomain
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Everything `cs` takes from the world, injected so tests can run the whole command
/// line in-process with exact streams, clock, ids and terminal.
public struct CommandEnvironment: Sendable {
    public var arguments: [String]
    public var variables: [String: String]
    public var currentDirectory: String
    public var readStandardInput: @Sendable () -> [UInt8]
    public var standardInputIsTerminal: Bool
    public var standardOutputIsTerminal: Bool
    /// Columns of the terminal on standard output, when it is one.
    public var terminalWidth: Int?
    public var output: TextSink
    public var errors: TextSink
    /// The clock when `CS_NOW` is not set.
    public var clock: @Sendable () -> Timestamp
    /// Fresh randomness for ids when `CS_NOW` is not set.
    public var randomSeed: @Sendable () -> UInt64
    public var loginName: String

    public init(arguments: [String], variables: [String: String], currentDirectory: String,
                readStandardInput: @escaping @Sendable () -> [UInt8], standardInputIsTerminal: Bool,
                standardOutputIsTerminal: Bool, terminalWidth: Int? = nil, output: TextSink, errors: TextSink,
                clock: @escaping @Sendable () -> Timestamp, randomSeed: @escaping @Sendable () -> UInt64,
                loginName: String) {
        self.arguments = arguments
        self.variables = variables
        self.currentDirectory = currentDirectory
        self.readStandardInput = readStandardInput
        self.standardInputIsTerminal = standardInputIsTerminal
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.terminalWidth = terminalWidth
        self.output = output
        self.errors = errors
        self.clock = clock
        self.randomSeed = randomSeed
        self.loginName = loginName
    }

    /// A path as messages show it: relative when it lies below the current folder.
    public func displayPath(_ path: String) -> String {
        let folder = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    /// The real process: argv, the environment, the streams, the wall clock.
    public static func process() -> CommandEnvironment {
        let variables = ProcessInfo.processInfo.environment
        return CommandEnvironment(
            arguments: Array(CommandLine.arguments.dropFirst()),
            variables: variables,
            currentDirectory: FileManager.default.currentDirectoryPath,
            readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
            standardInputIsTerminal: isatty(0) == 1,
            standardOutputIsTerminal: isatty(1) == 1,
            terminalWidth: currentTerminalWidth(),
            output: TextSink.standardOutput,
            errors: TextSink.standardError,
            clock: { Timestamp(secondsSince1970: Int64(Date().timeIntervalSince1970)) },
            randomSeed: { UInt64.random(in: .min ... .max) },
            loginName: variables["USER"] ?? variables["LOGNAME"] ?? String(cString: getlogin() ?? strdup("staff"))
        )
    }
}

private func currentTerminalWidth() -> Int? {
    var size = winsize()
    guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

/// Where text goes: a file descriptor for the real process, a buffer in tests.
public final class TextSink: @unchecked Sendable {
    private let write: (String) -> Void
    private let lock = NSLock()
    private var buffer = ""
    private let keepsText: Bool

    public init(write: @escaping (String) -> Void) {
        self.write = write
        keepsText = false
    }

    /// A sink that keeps what is written, for tests.
    public init() {
        write = { _ in }
        keepsText = true
    }

    public func callAsFunction(_ text: String) {
        if keepsText {
            lock.lock()
            buffer += text
            lock.unlock()
        } else {
            write(text)
        }
    }

    public var text: String {
        lock.lock()
        defer { lock.unlock() }
        return buffer
    }

    public static let standardOutput = TextSink { writeAll($0, to: 1) }
    public static let standardError = TextSink { writeAll($0, to: 2) }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let wrote = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return }  // a closed pipe: nobody is reading
            offset += wrote
        }
    }
}

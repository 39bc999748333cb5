import CSDomain
/// Everything `cs` takes from the world, injected so tests can run the whole command
/// line in-process with exact streams, clock, ids and terminal.
public struct CommandEnvironment: Sendable {
    public var arguments: [String]
    public var variables: [String: String]
    public var currentDirectory: String
    /// Standard input to its end, or its first `limit` bytes.
    public var readStandardInput: @Sendable (_ limit: Int) -> [UInt8]
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
    /// Who is at the keyboard when neither `--as` nor `CS_AGENT` says: USER, LOGNAME, else
    /// the password database's name for the user id; nil when none of them knows.
    public var loginName: String? {
        get { findLoginName() }
        set { findLoginName = { newValue } }
    }
    /// Asked only when a command needs an actor and neither `--as` nor `CS_AGENT` names one:
    /// the password database is not read by commands that never ask (0.1 ms of start-up).
    private var findLoginName: @Sendable () -> String?
    /// The 1-based position of the first argument that was not UTF-8 (the real process
    /// only: its words arrive as bytes). Such a line is refused, never repaired.
    public var undecodableArgument: (position: Int, bytes: [UInt8])?
    /// The first variable cs stores or reads as data (`checkedVariables`) whose value is not
    /// UTF-8: refused too (CS_AGENT=$'\xff' would sign events with U+FFFD).
    public var undecodableVariable: (name: String, bytes: [UInt8])?
    static let checkedVariables = ["CS_LOG", "CS_AGENT", "CS_NOW"]
    /// Set for a command run again from the log because a snapshot it read was damaged and
    /// could not be removed (a read-only folder, an immutable file): the files beside the log
    /// are then neither read nor written, as with `CS_NO_DERIVED=1`.
    var distrustsDerivedFiles = false

    public init(
        arguments: [String], variables: [String: String], currentDirectory: String,
        readStandardInput: @escaping @Sendable (_ limit: Int) -> [UInt8], standardInputIsTerminal: Bool,
        standardOutputIsTerminal: Bool, terminalWidth: Int? = nil, output: TextSink, errors: TextSink,
        clock: @escaping @Sendable () -> Timestamp, randomSeed: @escaping @Sendable () -> UInt64,
        loginName: @autoclosure @escaping @Sendable () -> String?
    ) {
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
        findLoginName = loginName
    }

    /// A path as messages show it: relative when it lies below the current folder.
    /// A path as typed, made absolute from the current folder.
    public func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : currentDirectory + "/" + path
    }

    public func displayPath(_ path: String) -> String {
        let folder = currentDirectory.hasSuffix("/") ? currentDirectory : currentDirectory + "/"
        return path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
    }

    /// The real process: argv, the environment, the streams, the wall clock.
    public static func process() -> CommandEnvironment {
        System.holdStandardDescriptors()
        let variables = System.environment()
        let raw = (1..<Int(CommandLine.argc)).map { index in
            CommandLine.unsafeArgv[index].map {
                Array(
                    UnsafeBufferPointer(
                        start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                        count: strlen($0)))
            } ?? []
        }
        var environment = CommandEnvironment(
            arguments: raw.map { String(decoding: $0, as: UTF8.self) },
            variables: variables,
            currentDirectory: System.currentDirectory(),
            readStandardInput: { System.readStandardInput(limit: $0) },
            standardInputIsTerminal: isatty(0) == 1,
            standardOutputIsTerminal: isatty(1) == 1,
            terminalWidth: currentTerminalWidth(),
            output: TextSink.standardOutput,
            errors: TextSink.standardError,
            clock: { Timestamp(secondsSince1970: System.now()) },
            randomSeed: { UInt64.random(in: .min ... .max) },
            loginName: [variables["USER"], variables["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
                ?? passwordDatabaseName()
        )
        if let position = raw.firstIndex(where: { String(validating: $0, as: UTF8.self) == nil }) {
            environment.undecodableArgument = (position + 1, raw[position])
        }
        for name in checkedVariables {
            guard let value = getenv(name) else { continue }
            let bytes = Array(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value)))
            if String(validating: bytes, as: UTF8.self) == nil {
                environment.undecodableVariable = (name, bytes)
                break
            }
        }
        return environment
    }
}

/// The user id's name in the password file, if it has one (`PasswordFile`).
private func passwordDatabaseName() -> String? {
    PasswordFile.name(of: getuid()).flatMap { $0.isEmpty ? nil : $0 }
}

private func currentTerminalWidth() -> Int? {
    var size = winsize()
    guard isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
}

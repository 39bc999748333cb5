import CSDomain

/// What a running command works with, one value per concern: the invocation and the
/// environment, what goes out (`output`), what comes in beyond the arguments (`input`),
/// the time (`clock`), and the desk's log (`desk`).
public struct Context {
    public let invocation: Invocation
    public let environment: CommandEnvironment
    /// Standard output and error, in the reader's language.
    let output: Output
    /// Bodies and free text: arguments, files, standard input, the editor.
    let input: Input
    /// Now (or `CS_NOW`), and the zone times are shown in.
    let clock: Clock
    /// The log: found the way git finds `.git`, read, and appended to.
    let desk: DeskAccess

    public init(invocation: Invocation, environment: CommandEnvironment) {
        self.init(invocation: invocation, environment: environment, damage: DerivedDamageWatch())
    }

    init(invocation: Invocation, environment: CommandEnvironment, damage: DerivedDamageWatch) {
        // Standard input read once cannot be read again: a command that read it is not run
        // a second time (see `CommandLineTool`).
        var environment = environment
        let read = environment.readStandardInput
        environment.readStandardInput = { limit in
            damage.noteInputRead()
            return read(limit)
        }
        self.invocation = invocation
        self.environment = environment
        output = Output(invocation: invocation, environment: environment, damage: damage)
        input = Input(invocation: invocation, environment: environment, output: output)
        clock = Clock(environment: environment, output: output)
        desk = DeskAccess(
            invocation: invocation, environment: environment, output: output, clock: clock, damage: damage)
    }

    /// The words for people (also what completions and help are rendered in).
    var catalogue: Catalogue { output.catalogue }
}

/// Values kept until the process exits. `cs` runs one command and exits; freeing a desk
/// replayed from a million events object by object costs about a tenth of a large
/// `cs list`, while the kernel takes the whole heap back at exit for nothing (compilers
/// skip such frees the same way). In-process tests keep a few small desks this way.
enum ProcessLifetime {
    private static let lock = PosixMutex()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.lock()
        kept.append(value)
        lock.unlock()
    }
}

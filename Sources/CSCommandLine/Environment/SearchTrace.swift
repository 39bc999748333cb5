/// `CS_TRACE_SEARCH=1`: each query's time inside the process, in microseconds, on standard
/// error as `search-us N` (what `bench/faq` reads; the whole process's time would hide it).
struct SearchTrace {
    private let environment: CommandEnvironment
    private let enabled: Bool

    init(_ environment: CommandEnvironment) {
        self.environment = environment
        enabled = environment.variables["CS_TRACE_SEARCH"] == "1"
    }

    func timing<Result>(_ search: () -> Result) -> Result {
        guard enabled else { return search() }
        let started = ContinuousClock.now
        let result = search()
        let took = ContinuousClock.now - started
        let microseconds = took.components.seconds * 1_000_000 + took.components.attoseconds / 1_000_000_000_000
        environment.errors("search-us \(microseconds)\n")
        return result
    }
}

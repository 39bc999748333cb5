/// What can fail in work done under the log's lock: the log itself, or the caller's own
/// work (a command's decision). Each keeps its type, so the caller's error reaches its
/// funnel typed, not as `any Error`.
public enum WorkError<Work: Error>: Error {
    case log(LogError)
    case work(Work)

    /// The log's part of the work: its failure, told as this error's `log` case.
    static func logging<T>(_ body: @autoclosure () throws(LogError) -> T) throws(WorkError) -> T {
        do { return try body() } catch { throw .log(error) }
    }
}

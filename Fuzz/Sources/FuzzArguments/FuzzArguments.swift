import FuzzDriver
import CSCommandLine

/// Feeds arbitrary argv to the parser and the error wording: any input must end in a
/// parsed line or a UsageError, never a trap. Words are split at NUL bytes; invalid UTF-8
/// is repaired as the real process's argv would be.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let words = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    do {
        _ = try ArgumentParser.parse(words, table: CommandTable.specs)
    } catch {
        _ = ErrorText.describe(error) { $0 }
    }
    return 0
}

/// The entry point SwiftPM expects (see FuzzDriver).
@_cdecl("FuzzArguments_main")
public func FuzzArgumentsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in data.map { fuzzArguments($0, size) } ?? 0 }
}

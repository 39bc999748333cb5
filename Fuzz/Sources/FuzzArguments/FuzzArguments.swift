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

/// SwiftPM links executables with `main` aliased to `FuzzArguments_main`, which `-parse-as-library`
/// never emits; this is that entry point, and it hands over to libFuzzer's own driver.
@_cdecl("FuzzArguments_main")
public func FuzzArgumentsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzArguments(data, size)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

import FuzzDriver
import CSDomain

/// Feeds arbitrary bytes to the log reader as a whole log: decoding, replay, tolerant
/// replay and verification must end in events or a LogError naming a line, never a trap.
/// The same bytes are fed again with every line given a valid checksum, so mutations
/// reach the JSON parser and the event decoders behind the checksum gate.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEventLines(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var sealed: [UInt8] = []
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        sealed += LineChecksum.seal(Array(line) + [UInt8(ascii: "}")]) + [0x0A]
    }
    for input in [bytes, sealed] {
        _ = try? LogReader.replay(input, path: "fuzz.jsonl")
        _ = try? LogReader.replayTolerating(input, path: "fuzz.jsonl")
        _ = LogVerifier.verify(input, path: "fuzz.jsonl")
    }
    return 0
}

/// The entry point SwiftPM expects (see FuzzDriver).
@_cdecl("FuzzEventLines_main")
public func FuzzEventLinesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in data.map { fuzzEventLines($0, size) } ?? 0 }
}

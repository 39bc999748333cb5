import FuzzDriver
import CSDomain

/// Feeds arbitrary bytes to the snapshot loader, as a file and wrapped in a valid container
/// (see `SnapshotProbe`): it must refuse them or read them, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSnapshot(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    SnapshotProbe.exercise(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// The entry point SwiftPM expects (see FuzzDriver).
@_cdecl("FuzzSnapshot_main")
public func FuzzSnapshotMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in data.map { fuzzSnapshot($0, size) } ?? 0 }
}

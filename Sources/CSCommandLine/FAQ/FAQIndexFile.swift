import CSDomain
import CSSearch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The FAQ's search index saved next to the log (`events.jsonl.faq-index`): derived,
/// disposable, never needed for correctness. It is stamped with the log it was built from
/// (which file, how many bytes, the last bytes of them). It still answers for a log that
/// has since grown, as long as every line added is a whole event that is not a FAQ change:
/// tickets come and go without the FAQ index being rebuilt.
struct FAQIndexFile {
    let path: String

    init(log: EventLog) { path = log.path + ".faq-index" }

    /// Where an index's content came from: the log's first `length` bytes, in the file
    /// `device`/`inode`, ending in `anchor`.
    struct Stamp: Equatable {
        static let anchorLength = 32

        var device: UInt64
        var inode: UInt64
        var length: UInt64
        var anchor: [UInt8]

        var bytes: [UInt8] {
            var result: [UInt8] = []
            for value in [device, inode, length, UInt64(anchor.count)] {
                withUnsafeBytes(of: value.littleEndian) { result.append(contentsOf: $0) }
            }
            return result + anchor + [UInt8](repeating: 0, count: Self.anchorLength - anchor.count)
        }

        init(device: UInt64, inode: UInt64, length: Int, anchor: [UInt8]) {
            self.device = device
            self.inode = inode
            self.length = UInt64(length)
            self.anchor = anchor
        }

        init?(_ bytes: [UInt8]) {
            guard bytes.count == 32 + Self.anchorLength else { return nil }
            func word(_ at: Int) -> UInt64 { bytes[at..<(at + 8)].reversed().reduce(0) { $0 << 8 | UInt64($1) } }
            // A damaged file may hold any numbers here: refuse, never trap.
            guard let length = Int(exactly: word(16)), word(24) <= UInt64(Self.anchorLength) else { return nil }
            self.init(device: word(0), inode: word(8), length: length, anchor: Array(bytes[32..<(32 + Int(word(24)))]))
        }

        /// The stamp of a log's first `length` bytes.
        static func of(_ log: UnsafeBufferPointer<UInt8>, length: Int, file: stat) -> Stamp {
            Stamp(device: UInt64(file.st_dev), inode: UInt64(file.st_ino), length: length,
                  anchor: Array(log[max(0, length - anchorLength)..<length]))
        }
    }

    /// The saved index, if it still describes the log's FAQ.
    func load(for log: EventLog) -> SearchIndex? {
        guard let image = IndexImage(mapping: path), let index = SearchIndex(image: image),
              let stamp = Stamp(index.stamp), let file = Self.status(of: log.path),
              UInt64(file.st_dev) == stamp.device, UInt64(file.st_ino) == stamp.inode else { return nil }
        let fresh = try? log.withBytes { bytes -> Stamp? in
            guard Self.stillDescribes(bytes, stamp: stamp) else { return nil }
            return Stamp.of(bytes, length: bytes.count, file: file)
        }
        guard let current = fresh ?? nil else { return nil }
        // Past a few hundred kilobytes of ticket events, stamp the index anew so later
        // searches need not read them again.
        if current.length - stamp.length > Self.restampAfter, let restamped = image.replacingSection(0, with: current.bytes) {
            writeAtomically(restamped)
        }
        return index
    }

    static let restampAfter: UInt64 = 256 * 1024

    /// True when the log begins with the stamped bytes and everything after them is whole
    /// events that leave the FAQ alone.
    private static func stillDescribes(_ log: UnsafeBufferPointer<UInt8>, stamp: Stamp) -> Bool {
        let length = Int(stamp.length)
        guard length <= log.count, log[max(0, length - stamp.anchor.count)..<length].elementsEqual(stamp.anchor) else { return false }
        var start = length
        while start < log.count {
            let end = LogReader.endOfLine(log, from: start)
            guard end < log.count,
                  let event = try? LogReader.decodeLine(UnsafeBufferPointer(rebasing: log[start..<end]), path: "", line: 0),
                  case .ticket = event.body else { return false }
            start = end + 1
        }
        return true
    }

    /// Saves an index built from the log's first `length` bytes. Failing to save (a
    /// read-only folder, a full disk) only costs the next search a rebuild.
    func save(_ documents: [SearchIndex.Document], log: EventLog, length: Int) -> SearchIndex {
        let stamp = try? log.withBytes { bytes -> Stamp? in
            guard length <= bytes.count, let file = Self.status(of: log.path) else { return nil }
            return Stamp.of(bytes, length: length, file: file)
        }
        let image = SearchIndex.build(documents, stamp: stamp?.bytes ?? [])
        if stamp != nil { writeAtomically(image) }
        return SearchIndex(image: IndexImage(image)!)!
    }

    /// Writes beside the final name and renames, so a reader never maps half a file.
    private func writeAtomically(_ image: [UInt8]) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return }
        let written = image.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        if written != image.count || rename(temporary, path) != 0 { unlink(temporary) }
    }

    private static func status(of path: String) -> stat? {
        var file = stat()
        return stat(path, &file) == 0 ? file : nil
    }
}

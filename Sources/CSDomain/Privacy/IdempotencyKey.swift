/// A refund's idempotency key as the desk keeps it. A key is stored as typed, unless it
/// holds a card or resident registration number: then it is stored masked, like all text,
/// and identified by a keyed digest of what was typed. Masking alone would make two
/// different keys equal (`900101-1234567` and `850101-2234567` both end in `***4567`), and
/// the second refund would be taken for a retry of the first.
public struct IdempotencyKey: Equatable, Sendable {
    /// What the log stores in `idempotencyKey`.
    public let stored: String
    /// For a masked key, `hmac-sha256:SECRET_ID:DIGEST` (the log's `keyDigest`); else nil.
    public let digest: String?

    /// What makes two keys the same key: the digest when there is one, else the key itself.
    public var identity: String { digest ?? stored }

    /// The id of the secret a digest was made with (nil for a key stored as typed).
    public var secretID: String? { digest.flatMap(Self.secretID(ofDigest:)) }

    public init(stored: String, digest: String?) {
        self.stored = stored
        self.digest = digest
    }

    /// The key for what was typed; `secret` is asked for only when the key must be masked.
    public init<E: Error>(typed: String, secret: () throws(E) -> DeskSecret) throws(E) {
        let masked = SensitiveData.mask(typed)
        guard !masked.masked.isEmpty else {
            self.init(stored: typed, digest: nil)
            return
        }
        let key = try secret()
        let mac = SHA256.hmac(key: key.bytes, message: Array(typed.utf8))
        self.init(stored: masked.text, digest: "hmac-sha256:\(key.id):" + SHA256.hex(Array(mac.prefix(16))))
    }

    static func secretID(ofDigest digest: String) -> String? {
        let parts = digest.split(separator: ":")
        return parts.count == 3 ? String(parts[1]) : nil
    }
}

/// The desk's own secret for digests of masked keys. It lives beside the log, never in it,
/// so a copy of the log (a backup, a git remote, a bug report) carries no digest anyone can
/// test guesses against.
public struct DeskSecret: Equatable, Sendable {
    public let bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// A short name for the secret, recorded in every digest made with it, so a digest made
    /// under another secret is recognised as one that cannot be compared.
    public var id: String {
        SHA256.hex(Array(SHA256.hmac(key: bytes, message: Array("cs desk secret".utf8)).prefix(4)))
    }
}

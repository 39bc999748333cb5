/// The most text cs takes for one body, note, reply, answer or imported field: 1 MB, far
/// beyond what a person writes, and small enough that a mistaken file (`/dev/zero`, an
/// image) is refused rather than read until memory runs out.
public enum TextLimit {
    public static let megabytes = 1
    public static var bytes: Int { megabytes << 20 }
    /// A line of JSON that holds one such text, with room for escapes and other fields.
    public static var lineBytes: Int { 8 * bytes }
}

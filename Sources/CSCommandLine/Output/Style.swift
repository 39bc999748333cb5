import CSDomain

/// Colour for people: only on a terminal (or with --color always), never with NO_COLOR or
/// --color never. Escape codes are added after alignment, so columns stay true.
public struct Style: Sendable {
    public let enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// `--color always|never|auto`; auto means a terminal and no `NO_COLOR`.
    public static func decide(flag: ColorWhen?, noColor: String?, isTerminal: Bool) -> Style {
        switch flag ?? .auto {
        case .always: return Style(enabled: true)
        case .never: return Style(enabled: false)
        case .auto: return Style(enabled: isTerminal && (noColor ?? "").isEmpty)
        }
    }

    public func paint(_ text: String, _ code: String?) -> String {
        guard let (start, end) = delimiters(code) else { return text }
        return start + text + end
    }

    /// What goes before and after a text painted `code`; nil when nothing is painted.
    public func delimiters(_ code: String?) -> (start: String, end: String)? {
        guard enabled, let code else { return nil }
        return ("\u{1B}[\(code)m", "\u{1B}[0m")
    }

    public static func code(for status: Status) -> String? {
        switch status {
        case .new: return "36"  // cyan: nobody has answered
        case .open: return "32"  // green: being worked on
        case .pending: return "33"  // yellow: waiting on the customer
        case .solved: return "34"  // blue
        case .closed: return "2"  // dim
        }
    }

    public static func code(for priority: Priority) -> String? {
        switch priority {
        case .urgent: return "1;31"  // bold red: jumps the queue
        case .high: return "31"
        case .normal: return nil
        case .low: return "2"
        }
    }
}

/// The closed vocabularies of a ticket. Their raw values are what the log and the
/// command line spell, so they never change once released.

public enum Status: String, CaseIterable, Sendable, Comparable {
    case new, open, pending, solved, closed

    /// The statuses staff set by hand (`cs status`); a ticket is new until someone works
    /// on it, and closing and reopening have commands (and events) of their own.
    public static let settable: [Status] = [.open, .pending, .solved]

    /// Queue order: what still needs work first.
    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Priority: String, CaseIterable, Sendable, Comparable {
    case low, normal, high, urgent

    public static func < (lhs: Priority, rhs: Priority) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

public enum Category: String, CaseIterable, Sendable {
    case payment, account, refund, usage, security, other
}

public enum Channel: String, CaseIterable, Sendable {
    case phone, email, chat, web, visit
}

/// Support tiers: L1 answers, L2 investigates, L3 is engineering or the payment partner.
public enum Tier: String, CaseIterable, Sendable, Comparable {
    case l1 = "L1", l2 = "L2", l3 = "L3"

    public static func < (lhs: Tier, rhs: Tier) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var next: Tier? {
        switch self {
        case .l1: return .l2
        case .l2: return .l3
        case .l3: return nil
        }
    }

    /// Accepts `l2` as well as `L2`.
    public init?(spelling: String) { self.init(rawValue: spelling.uppercased()) }
}

public struct Customer: Equatable, Sendable {
    public var name: String
    public var email: String?
    public var phone: String?

    public init(name: String, email: String? = nil, phone: String? = nil) {
        self.name = name
        self.email = email
        self.phone = phone
    }
}

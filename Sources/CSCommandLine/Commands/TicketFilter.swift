import CSDomain

/// `cs list`'s filters, read from the invocation once and applied to each ticket.
struct TicketFilter {
    var statuses: Set<Status>
    var priorities: Set<String>
    var categories: Set<String>
    var channels: Set<String>
    var assignees: [String]
    var tiers: Set<String>
    var tags: [String]
    var customer: String?
    var since: Timestamp?
    var until: Timestamp?
    var overdueAt: Timestamp?

    init(_ invocation: Invocation, now: Timestamp) throws(UsageError) {
        var statuses = Set<Status>()
        let words = invocation.values("status")
        for word in words.isEmpty ? ["active"] : words {
            switch word {
            case "all": statuses.formUnion(Status.allCases)
            case "active": statuses.formUnion(Status.allCases.filter { $0 != .closed })
            default: statuses.insert(Status(rawValue: word)!)
            }
        }
        self.statuses = statuses
        priorities = Set(invocation.values("priority"))
        categories = Set(invocation.values("category"))
        channels = Set(invocation.values("channel"))
        assignees = invocation.values("assignee")
        tiers = Set(invocation.values("tier"))
        tags = invocation.values("tag")
        customer = invocation.value("customer")?.lowercased()
        since = try invocation.value("since").map { (text) throws(UsageError) in try ValueParsing.time(text, option: "--since", now: now) }
        until = try invocation.value("until").map { (text) throws(UsageError) in try ValueParsing.time(text, option: "--until", now: now) }
        overdueAt = invocation.flag("overdue") ? now : nil
    }

    func matches(_ ticket: Ticket) -> Bool {
        guard statuses.contains(ticket.status) else { return false }
        if !priorities.isEmpty && !priorities.contains(ticket.priority.rawValue) { return false }
        if !categories.isEmpty && !categories.contains(ticket.category.rawValue) { return false }
        if !channels.isEmpty && !channels.contains(ticket.channel.rawValue) { return false }
        if !tiers.isEmpty && !tiers.contains(ticket.tier.rawValue) { return false }
        if !assignees.isEmpty && !assignees.contains(where: { $0 == (ticket.assignee ?? "none") }) { return false }
        if !tags.allSatisfy(ticket.tags.contains) { return false }
        if let customer {
            let fields = [ticket.customer.name, ticket.customer.email ?? "", ticket.customer.phone ?? ""]
            if !fields.contains(where: { $0.lowercased().contains(customer) }) { return false }
        }
        if let since, ticket.createdAt < since { return false }
        if let until, ticket.createdAt >= until { return false }
        if let overdueAt, !ServiceLevel.isOverdue(ticket, now: overdueAt) { return false }
        return true
    }
}

/// The orders `cs list --sort` offers. Every order ends in creation time then id, so
/// output never depends on dictionary order.
enum TicketOrder {
    static func sorted(_ tickets: [Ticket], by field: String) -> [Ticket] {
        tickets.sorted { a, b in
            switch field {
            case "created": return tie(a, b)
            case "updated": if a.updatedAt != b.updatedAt { return a.updatedAt > b.updatedAt }
            case "priority": if a.priority != b.priority { return a.priority > b.priority }
            case "status": if a.status != b.status { return a.status < b.status }
            case "id": return a.id < b.id
            case "customer": if a.customer.name != b.customer.name { return a.customer.name < b.customer.name }
            default:  // queue: unsolved work first, urgent first, oldest first
                let aWaiting = a.status == .solved || a.status == .closed
                let bWaiting = b.status == .solved || b.status == .closed
                if aWaiting != bWaiting { return !aWaiting }
                if a.priority != b.priority { return a.priority > b.priority }
            }
            return tie(a, b)
        }
    }

    private static func tie(_ a: Ticket, _ b: Ticket) -> Bool {
        a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id
    }
}

/// A priority's service-level targets change (`cs sla policy`).
public struct SLAPolicySet: DeskEventKind, Equatable {
    public static let type = "sla-policy-set"

    public var priority: Priority
    public var target: ServiceLevelPolicy.Target

    public init(priority: Priority, target: ServiceLevelPolicy.Target) {
        self.priority = priority
        self.target = target
    }

    public init(from fields: EventFields) throws(EventDecodingError) {
        priority = try fields.value("priority", as: Priority.self)
        let firstResponse = try fields.int("firstResponseSeconds")
        let resolution = try fields.int("resolutionSeconds")
        guard firstResponse > 0 else { throw .badValue(field: "firstResponseSeconds", value: String(firstResponse)) }
        guard resolution > 0 else { throw .badValue(field: "resolutionSeconds", value: String(resolution)) }
        target = ServiceLevelPolicy.Target(firstResponse: firstResponse, resolution: resolution)
    }

    public func encode(into writer: inout JSONWriter) {
        writer.string("priority", priority.rawValue)
        writer.int("firstResponseSeconds", target.firstResponse)
        writer.int("resolutionSeconds", target.resolution)
    }

    public func apply(to settings: inout DeskSettings) {
        settings.policy.set(target, for: priority)
    }
}

@testable import CSDomain

extension Desk {
    /// For rules tests, whose events come from no log: they are placed at offset 0.
    mutating func apply(_ event: Event) throws(ReplayError) { try apply(event, at: 0) }
}

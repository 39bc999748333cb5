import Foundation
import Testing

/// `cs merge` in a person's hands: what the duplicate had keeps working through the
/// survivor, and the duplicate's own history stays reachable by its id.
@Suite struct MergeTests {
    @Test func aDuplicatesFollowUpsThreadAndConflictsStayReachable() throws {
        let harness = Harness.withEmptyDesk()
        harness.variables["CS_NOW"] = "2026-11-24T01:00:00Z"
        let a = harness.open("중복 결제", ["--payment", "P-1", "--amount", "100"])
        harness.variables["CS_NOW"] = "2026-11-24T01:01:00Z"
        let b = harness.open("중복 결제 다시", ["--payment", "P-1", "--amount", "100"])
        harness.variables["CS_NOW"] = "2026-11-24T01:02:00Z"
        let c = harness.open("세 번째 문의")
        harness.variables["CS_NOW"] = nil
        harness.run(["refund", a, "30", "--reason", "first"], at: "2026-11-24T01:03:00Z")
        harness.run(["follow-up", a, "--in", "3d", "--note", "입금 확인"], at: "2026-11-24T01:04:00Z")
        #expect(harness.run(["merge", a, b, "--reason", "same"], at: "2026-11-24T01:05:00Z").status == 0)
        // The follow-up moved: due on the survivor, none left on the closed duplicate.
        let due = harness.run(["list", "--follow-ups", "all", "--plain"], at: "2026-11-24T01:06:00Z").stdout
        #expect(due.split(separator: "\n").map { String($0.prefix(8)) } == [b])
        // A write to the old id says where it goes.
        let noted = harness.run(["note", a, "via old id"], at: "2026-11-24T01:07:00Z")
        #expect(noted.stderr == "cs: note: \(a) was merged into \(b); this goes to \(b)\n")
        // Undo stops at the merge rather than reaching past it.
        harness.run(["merge", b, c, "--reason", "again"], at: "2026-11-24T01:08:00Z")
        // (C's last change is the follow-up that moved with B; the one before, the merge.)
        #expect(harness.run(["undo", c], at: "2026-11-24T01:09:00Z").status == 0)
        let undo = harness.run(["undo", c], at: "2026-11-24T01:09:30Z")
        #expect(undo.status == 1 && undo.stderr.contains("is a merge"), "\(undo.stderr)")
        // Through a chain of merges: A's refund and message are in C's thread.
        let shown = harness.run(["show", a, "--json"], at: "2026-11-24T01:10:00Z").stdout
        let object = try JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any]
        #expect(object?["id"] as? String == c && object?["refundedTotal"] as? Int == 30)
        let from = Set(((object?["thread"] as? [[String: Any]]) ?? []).compactMap { $0["from"] as? String })
        #expect(from == [a, b])
        // One case in the figures: the duplicates are the survivor's, their refunds counted once.
        let stats = harness.run(["stats", "--json"], at: "2026-11-24T01:11:00Z").stdout
        let figures = try JSONSerialization.jsonObject(with: Data(stats.utf8)) as? [String: Any]
        #expect(figures?["opened"] as? Int == 1 && figures?["closed"] as? Int == 0, "\(stats)")
        #expect((figures?["refunds"] as? [[String: Any]])?.first?["total"] as? Int == 30)
        // The duplicate's own events, by its id.
        let log = harness.run(["log", a]).stdout
        #expect(log.contains("merged") && log.contains("refunded") && !log.contains("absorbed"), "\(log)")
    }
}

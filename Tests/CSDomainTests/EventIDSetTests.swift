@testable import CSDomain
import Testing

/// The duplicate guard of replay: every id inserted is found again, through every resize.
@Suite struct EventIDSetTests {
    @Test func everyIDInsertedIsFoundAfterTheTableGrows() {
        var generator = SeededGenerator(seed: 7)
        var set = EventIDSet()
        var ids: [String] = []
        for _ in 0..<5_000 {
            let id = Identifier.make(length: Identifier.eventLength, using: &generator)
            let inserted = set.insert(id)
            #expect(inserted)
            ids.append(id)
        }
        #expect(ids.allSatisfy(set.contains))
        var again = set
        var insertedAgain = 0
        for id in ids where again.insert(id) { insertedAgain += 1 }
        #expect(insertedAgain == 0)
        #expect(!set.contains(Identifier.make(length: Identifier.eventLength, using: &generator)))
        #expect(set.count == 5_000)
    }
}

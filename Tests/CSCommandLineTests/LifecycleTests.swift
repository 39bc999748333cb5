import CSCommandLine
import CSDomain
import Foundation
import Testing

/// A ticket's life through the command line, checked against replayed state (`show --json`).
@Suite struct LifecycleTests {
    func state(_ harness: Harness, _ ticket: String) throws -> [String: Any] {
        let result = harness.run(["show", ticket, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func procedureFromNewToClosed() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        var ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "new")
        #expect(ticketState["firstResponseAt"] is NSNull)

        harness.run(["reply", ticket, "확인하겠습니다"], at: "2026-11-23T00:10:00Z")
        ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "open")
        #expect(ticketState["firstResponseAt"] as? String == "2026-11-23T00:10:00Z")

        harness.run(["reply", ticket, "두 번째 답변"], at: "2026-11-23T00:20:00Z")
        #expect(try state(harness, ticket)["firstResponseAt"] as? String == "2026-11-23T00:10:00Z")

        harness.run(["status", ticket, "pending"])
        harness.run(["reply", ticket, "--from-customer", "아직이요"])
        #expect(try state(harness, ticket)["status"] as? String == "open")

        harness.run(["status", ticket, "solved"], at: "2026-11-23T01:00:00Z")
        ticketState = try state(harness, ticket)
        #expect(ticketState["resolvedAt"] as? String == "2026-11-23T01:00:00Z")
        harness.run(["reply", ticket, "--from-customer", "또 문제가 생겼어요"])
        ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "open")
        #expect(ticketState["resolvedAt"] is NSNull)

        harness.run(["close", ticket, "--reason", "done"], at: "2026-11-23T02:00:00Z")
        ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "closed")
        #expect(ticketState["resolvedAt"] as? String == "2026-11-23T02:00:00Z")

        harness.run(["reopen", ticket])
        ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "open")
        #expect(ticketState["resolvedAt"] is NSNull)
    }

    @Test func assigningANewTicketOpensIt() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["assign", ticket, "lee"])
        let ticketState = try state(harness, ticket)
        #expect(ticketState["status"] as? String == "open")
        #expect(ticketState["assignee"] as? String == "lee")
    }

    @Test func escalationRaisesTierAndTransfers() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["escalate", ticket, "--reason", "PG 확인"])
        #expect(try state(harness, ticket)["tier"] as? String == "L2")
        harness.run(["escalate", ticket, "--to", "kim", "--reason", "supervisor"])
        let ticketState = try state(harness, ticket)
        #expect(ticketState["tier"] as? String == "L3")
        #expect(ticketState["assignee"] as? String == "kim")
    }

    @Test func refundsAddUpAndIdempotencyKeysDoNotRepeat() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("중복 결제", ["--payment", "PAY-1", "--amount", "59,000"])
        #expect(harness.run(["refund", ticket, "9000", "--reason", "부분 취소", "--idempotency-key", "k1"]).status == 0)
        let before = harness.logBytes
        let again = harness.run(["refund", ticket, "9000", "--reason", "부분 취소", "--idempotency-key", "k1"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("already issued"))
        #expect(harness.logBytes == before, "a repeated idempotency key appended an event")
        #expect(harness.run(["refund", ticket, "50000", "--reason", "나머지"]).status == 0)
        let ticketState = try state(harness, ticket)
        #expect(ticketState["refundedTotal"] as? Int == 59000)
        #expect(ticketState["refundable"] as? Int == 0)
        #expect((ticketState["refunds"] as? [Any])?.count == 2)
        #expect(harness.run(["refund", ticket, "1", "--reason", "x"]).status == 1)
    }

    @Test func usdAmountsAreMinorUnits() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("Double charge")
        harness.run(["payment", ticket, "ORD-1", "12.50", "--currency", "usd"])
        harness.run(["refund", ticket, "2.25", "--currency", "USD", "--reason", "partial"])
        let payment = try #require(try state(harness, ticket)["payment"] as? [String: Any])
        #expect(payment["amount"] as? Int == 1250)
        #expect(payment["currency"] as? String == "USD")
        #expect(try state(harness, ticket)["refundedTotal"] as? Int == 225)
    }

    @Test func noOpChangesAppendNothing() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["assign", ticket, "lee"])
        harness.run(["tag", ticket, "+vip"])
        let before = harness.logBytes
        for arguments in [
            ["assign", ticket, "lee"], ["priority", ticket, "normal"], ["tag", ticket, "+vip"],
            ["status", ticket, "open"],
        ] {
            let result = harness.run(arguments)
            #expect(result.status == 0)
            #expect(result.stdout.contains("nothing changed") || result.stdout.contains("unchanged"))
        }
        #expect(harness.logBytes == before)
    }

    @Test func tagsTakeDashWordsAsRemovals() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("x", ["--tag", "vip", "--tag", "card"])
        harness.run(["tag", ticket, "-vip", "+refund", "plain"])
        #expect(try state(harness, ticket)["tags"] as? [String] == ["card", "plain", "refund"])
    }

    @Test func bodiesComeFromStandardInputAndFiles() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        harness.run(["note", ticket, "-"], stdin: "표준 입력의 메모\n")
        try "파일의 답변\n".write(toFile: harness.folder + "/answer.txt", atomically: true, encoding: .utf8)
        harness.run(["reply", ticket, "--body-file", "answer.txt"])
        harness.run(["reply", ticket, "--body-file", "-"], stdin: "stdin reply")
        let thread = try #require(try state(harness, ticket)["thread"] as? [[String: Any]])
        #expect(thread.map { $0["body"] as? String } == ["결제 오류", "표준 입력의 메모", "파일의 답변", "stdin reply"])
        #expect(thread.map { $0["kind"] as? String } == ["message", "note", "reply", "reply"])
    }

    @Test func reasonsComeFromStandardInputWithADash() throws {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open("x", ["--payment", "P1", "--amount", "1000"])
        harness.run(["escalate", ticket, "--reason", "-"], stdin: "PG사 확인 필요\n")
        harness.run(["refund", ticket, "100", "--reason", "-"], stdin: "부분 환불")
        let thread = try #require(try state(harness, ticket)["thread"] as? [[String: Any]])
        #expect(
            thread.map { $0["body"] as? String }.suffix(2) == ["escalated to L2: PG사 확인 필요", "refunded 100 KRW: 부분 환불"])
    }

    @Test func anyUniquePrefixNamesATicket() {
        let harness = Harness.withEmptyDesk()
        let ticket = harness.open()
        for prefix in [String(ticket.prefix(1)), String(ticket.prefix(4)).lowercased(), ticket] {
            #expect(harness.run(["show", prefix]).status == 0)
        }
    }

    @Test func quietOpenPrintsOnlyTheIdAndJSONPrintsTheTicket() throws {
        let harness = Harness.withEmptyDesk()
        let quiet = harness.run(["open", "x", "--customer", "y", "-q"])
        #expect(quiet.stdout.count == 9)
        #expect(Identifier.isWellFormed(String(quiet.stdout.dropLast()), length: 8))
        let json = harness.run(["open", "x", "--customer", "y", "--json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "new")
        #expect(object["thread"] == nil)
    }

    @Test func initTwiceChangesNothing() {
        let harness = Harness.withEmptyDesk()
        _ = harness.open()
        let before = harness.logBytes
        let result = harness.run(["init"])
        #expect(result.status == 0)
        #expect(result.stdout == "a desk already exists at .cs/events.jsonl; its log was left as it was\n")
        #expect(harness.logBytes == before)
    }

    @Test func initMakesOwnerOnlyFiles() throws {
        let harness = Harness.withEmptyDesk()
        let folder = try FileManager.default.attributesOfItem(atPath: harness.folder + "/.cs")
        let log = try FileManager.default.attributesOfItem(atPath: harness.logPath)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect((log[.posixPermissions] as? Int) == 0o600)
    }

    @Test func logIsFoundInAParentFolder() throws {
        let harness = Harness.withEmptyDesk()
        _ = harness.open()
        try FileManager.default.createDirectory(atPath: harness.folder + "/a/b", withIntermediateDirectories: true)
        let nested = Harness()
        nested.variables = harness.variables
        let result = runIn(harness.folder + "/a/b", ["list", "--json"], variables: harness.variables)
        #expect(result.status == 0)
        #expect(result.stdout.contains("결제 오류"))
    }

    @Test func sameScriptUnderCSNowWritesTheSameBytes() {
        func script() -> [UInt8] {
            let harness = Harness.withEmptyDesk()
            let ticket = harness.open()
            harness.run(["reply", ticket, "hi"])
            return harness.logBytes
        }
        #expect(script() == script())
    }

    private func runIn(_ folder: String, _ arguments: [String], variables: [String: String]) -> RunResult {
        let output = TextSink()
        let errors = TextSink()
        let environment = CommandEnvironment(
            arguments: arguments, variables: variables, currentDirectory: folder, readStandardInput: { _ in [] },
            standardInputIsTerminal: false, standardOutputIsTerminal: false, output: output, errors: errors,
            clock: { Timestamp(secondsSince1970: 0) }, randomSeed: { 1 }, loginName: "tester")
        let status = CommandLineTool.run(environment: environment)
        return RunResult(stdout: output.text, stderr: errors.text, status: status)
    }
}

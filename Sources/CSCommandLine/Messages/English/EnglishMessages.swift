import CSDomain

extension English {
    static func text(_ message: Message) -> String {
        switch message {
        case .opened(let ticket, let subject): return "opened ticket \(ticket): \(subject)"
        case .replied(let ticket): return "replied on \(ticket)"
        case .repliedWithFAQ(let ticket, let faq): return "replied on \(ticket) with FAQ entry \(faq)"
        case .recordedCustomerMessage(let ticket, let status):
            return "recorded the customer's message on \(ticket) (now \(status.rawValue))"
        case .noted(let ticket): return "added an internal note to \(ticket)"
        case .assigned(let ticket, let agent, let tier): return "assigned \(ticket) to \(agent) (\(tier.rawValue))"
        case .alreadyAssigned(let ticket, let agent):
            return "\(ticket) is already assigned to \(agent); nothing changed"
        case .escalated(let ticket, let tier, let agent):
            return "escalated \(ticket) to \(tier.rawValue)" + (agent.map { ", assigned to \($0)" } ?? "")
        case .priorityChanged(let ticket, let priority): return "\(ticket) is now \(priority.rawValue) priority"
        case .priorityUnchanged(let ticket, let priority):
            return "\(ticket) is already \(priority.rawValue) priority; nothing changed"
        case .statusChanged(let ticket, let status): return "\(ticket) is now \(status.rawValue)"
        case .statusChangedWithFollowUp(let ticket, let status, let due):
            return "\(ticket) is now \(status.rawValue); follow-up due \(due)"
        case .statusUnchanged(let ticket, let status): return "\(ticket) is already \(status.rawValue); nothing changed"
        case .tagsChanged(let ticket, let tags): return "tags of \(ticket): " + list(tags)
        case .tagsUnchanged(let ticket, let tags): return "tags of \(ticket) unchanged: " + list(tags)
        case .closed(let ticket): return "closed \(ticket)"
        case .reopened(let ticket): return "reopened \(ticket)"
        case .paymentRecorded(let ticket, let ref, let amount):
            return "recorded payment \(ref) of \(amount.formatted) on \(ticket)"
        case .refunded(let ticket, let amount, let refundable):
            return "refunded \(amount.formatted) on \(ticket); refundable now \(refundable?.formatted ?? "-")"
        case .refundAlreadyIssued(let ticket, let key, let amount, let at):
            return "refund with key '\(key)' was already issued on \(ticket) "
                + "(\(amount.formatted) at \(at.rfc3339)); nothing refunded again"
        case .rated(let ticket, let score):
            return "recorded a rating of \(score)/\(Rating.scores.upperBound) on \(ticket)"
        case .faqAdded(let id): return "added FAQ entry \(id)"
        case .faqUpdated(let id): return "updated FAQ entry \(id)"
        case .faqUnchanged(let id): return "FAQ entry \(id) already reads so; nothing changed"
        case .faqRemoved(let id): return "removed FAQ entry \(id)"
        case .faqImported(let source, let added, let updated, let unchanged):
            return "imported \(source): \(added) added, \(updated) updated, \(unchanged) unchanged"
        case .builtInFAQName: return "the built-in FAQ"
        case .deskCreated(let path): return "created an empty desk at \(path)"
        case .deskExists(let path): return "a desk already exists at \(path); its log was left as it was"
        case .gitRegistered(let root):
            return "the git repository at \(root) merges the log by events now (merge driver cs-events; "
                + ".gitattributes and .gitignore to commit)"
        case .noSettingsChanges:
            return "the service levels were never changed: the defaults are in force (cs sla policy, cs sla hours)"
        case .gitDriverMissing(let root):
            return "warning: the git repository at \(root) has no merge driver for the log, so git would merge it "
                + "line by line; run 'cs init' in this clone (the log is not touched)"
        case .snapshotTailIgnored(let value):
            return "warning: CS_SNAPSHOT_TAIL '\(value)' is not a number of bytes (0 or more); the snapshot keeps "
                + "its usual bound"

        case .followUpScheduled, .followUpDone, .followUpCancelled, .followUpEntry, .followUpClosedEntry,
            .openFollowUp, .undid, .undoneChange, .undoneNote, .undoneMark, .retractedMark, .hookFailed, .hookTimedOut,
            .hookNotStarted,
            .hookTimeoutIgnored:
            return followUpText(message)
        case .importedTickets, .importPreviewTickets, .importedEvents, .importPreviewEvents, .merged, .mergedRedirect,
            .fromDuplicate, .writingToSurvivor:
            return importText(message)
        case .conflictMark, .refundVoid, .conflictsSettled, .conflictAt, .conflictsFound, .syncCommitted,
            .syncNothingToCommit, .syncNoRemote, .syncPulled, .syncPushed, .syncUpToDate, .syncOpenConflicts,
            .syncNothingToPush:
            return teamText(message)
        case .nothingToRepair(let path): return "\(path): nothing to repair"
        case .completedLastLine(let path, let line):
            return "\(path):\(line): the last event was whole but lacked its newline; completed it"
        case .cutTornLine(let path, let line, let bytes, let backup):
            return "\(path):\(line): cut an incomplete last line (\(bytes) bytes)"
                + (backup.map { "; the cut bytes are saved as \($0)" } ?? "")
        case .verified(let path, let events):
            return "\(path): \(events) \(events == 1 ? "event" : "events"), no problems"
        case .alreadyChained(let path): return "\(path): every line is chained already; nothing changed"
        case .chained(let path, let lines, let backup):
            return "\(path): chained \(lines) \(lines == 1 ? "line" : "lines"); the log as it was is kept as \(backup)"
        case .logShrank(let path, let bytes):
            return "note: \(path) is \(bytes) bytes shorter than when cs last read it here; unless a git checkout, "
                + "reset or merge, or cs repair, explains it, lines were removed from its end, "
                + "which checksums cannot show"
        case .unchainedLines(let count):
            return
                "note: \(count) \(count == 1 ? "line was" : "lines were") written before chained checksums, so a line "
                + "removed or moved among them would not show; 'cs upgrade' chains them"

        case .cutBytesNotSaved(let bytes, let reason):
            return "warning: could not save the \(bytes) cut bytes (\(logFailure(reason))); they were an incomplete "
                + "event that no command reported as written"
        case .tornLastLineShownWithout(let path, let line):
            return "warning: \(path):\(line): the last line is incomplete (a write was cut off); "
                + "showing the log without it; run 'cs repair'"
        case .unknownTimeZone(let name):
            return "warning: unknown time zone '\(name)' in TZ; showing times in UTC "
                + "(use a zone name such as Asia/Seoul, or a POSIX rule such as KST-9)"
        case .unreadableZoneFile(let path):
            return "warning: '\(path)' is not a zone file that can be read; showing times in UTC"
        case .masked(let kind, let field):
            return
                "masked a \(sensitiveKind(kind)) in \(fieldName(field)) before writing it "
                + "(only the last four digits are kept)"
        case .deskFAQStarted:
            return "this desk now has a FAQ of its own, so search no longer uses the built-in FAQ "
                + "('cs faq import --builtin' copies it in)"
        case .deskFAQEmptied: return "this desk has no FAQ entries left; search uses the built-in FAQ again"
        case .openToOtherUsers(let path, let mode, let wanted):
            return
                "warning: \(path) is open to other users (mode \(mode)); it holds personal data: "
                + "chmod \(wanted) \(path)"
        case .faqOffer(let ticket): return "FAQ entries that may answer it (cs reply \(ticket) --faq ID):"

        case .noTicketsMatch: return "no tickets match"
        case .noFAQEntriesMatch: return "no FAQ entries match"
        case .noFAQEntryMatches(let query): return "no FAQ entry matches '\(query)'"
        case .faqQueryWithoutTopic(let query):
            return "nothing to search for in '\(query)': add a word that says what it is about, such as refund or "
                + "password (words every question has, such as how or 어떻게, are not enough)"
        case .noFAQEntryMatchesTicket(let ticket): return "no FAQ entry matches ticket \(ticket)"

        case .editorInstructions(let kind): return "Write the \(body(kind)) above. Lines starting with '#' are ignored."
        case .editorAbortHint(let kind): return "An empty \(body(kind)) aborts; nothing is written to the log."
        case .editorHintTicket(let ticket): return "For ticket \(ticket)."
        case .editorHintEscalation(let ticket): return "Why is ticket \(ticket) escalated?"
        case .editorHintQuestion(let question): return "The question: \(question)"
        case .editorHintFAQEntry(let id, let question): return "FAQ entry \(id): \(question)"
        case .editorHintOpening(let subject): return "Opening: \(subject). Use --body '' for none."

        case .label(let label): return self.label(label)
        case .header(let header): return self.header(header)
        case .threadEvent(let content): return content.text
        case .threadLabel(let kind):
            switch kind {
            case .message: return "(customer)"
            case .reply: return "(reply)"
            case .note: return "(internal note — not visible to the customer)"
            default: return "(\(kind.rawValue))"
            }
        case .none: return "(none)"

        case .age(let age):
            switch age {
            case .now: return "now"
            case .minutes(let count): return "\(count)m"
            case .hours(let count): return "\(count)h"
            case .days(let count): return "\(count)d"
            case .months(let count): return "\(count)mo"
            case .years(let count): return "\(count)y"
            }
        case .ago(let age): return age == .now ? "(just now)" : "(\(text(.age(age))) ago)"
        case .duration(let seconds): return Self.duration(seconds, units: ("d", "h", "m", "s"))

        case .clockName(let kind): return kind == .firstResponse ? "first response" : "resolution"
        case .clockStanding(let standing): return standing.rawValue
        case .clockElapsed(let elapsed, let target): return text(.duration(elapsed)) + " of " + text(.duration(target))
        case .clockBreachedAt(let time): return "breached " + time
        case .clockStoppedAt(let time): return "stopped " + time
        case .clockDue(let time, let left): return "due \(time) (\(text(.duration(left))) left)"
        case .clockPausedFor(let seconds): return "paused " + text(.duration(seconds))
        case .intervalState(let state): return state.rawValue
        case .slaPolicySet(let priority, let target):
            return "\(priority.rawValue): first response within \(text(.duration(target.firstResponse))), "
                + "resolution within \(text(.duration(target.resolution)))"
        case .slaHoursSet(.always): return "service levels count around the clock"
        case .slaHoursSet(.schedule(let schedule)):
            return "service levels count " + Self.days(schedule.days) + " " + SLAHoursSet.clock(schedule.opens) + "–"
                + SLAHoursSet.clock(schedule.closes) + " " + schedule.zone
                + (schedule.holidays.isEmpty ? "" : " except " + schedule.holidays.joined(separator: ", "))
        case .unknownScheduleZone(let zone):
            return "warning: the desk's hours name the time zone '\(zone)', which this machine does not know; "
                + "counting them in UTC (set them again with 'cs sla hours')"

        case .statsTitle(let since, let until, let at, let asOf):
            let window = since.map { "from \($0)" } ?? "from the start"
            return "Tickets opened \(window) " + (until.map { "until \($0)" } ?? (asOf ? "until then" : "until now"))
                + (asOf ? ", as of \(at)" : ", at \(at)")
        case .statsLabel(let label):
            switch label {
            case .tickets: return "tickets"
            case .firstResponse: return "first response"
            case .resolution: return "resolution"
            case .wait: return "customer wait"
            case .reopenRate: return "reopen rate"
            case .satisfaction: return "satisfaction"
            case .serviceLevels: return "service levels"
            case .refunds: return "refunds"
            case .backlogAge: return "backlog by age"
            case .openedPerDay: return "opened per day"
            case .comments: return "customers' comments"
            case .followUps: return "follow-ups"
            }
        case .statsCounts(let opened, let solved, let closed, let reopened, let backlog):
            return
                "\(opened) opened, \(solved) solved, \(closed) closed, \(reopened) reopened, \(backlog) in the backlog"
        case .statsDistribution(let median, let p90, let count): return "median \(median), p90 \(p90) (\(count))"
        case .statsRate(let rate): return "resolved \(rate)"
        case .statsLongestWaiting(let ticket, let wait): return "longest waiting now: \(wait) (\(ticket))"
        case .statsSatisfaction(let average, let responses, let rate):
            return "\(average) of 5 from \(responses) \(responses == 1 ? "rating" : "ratings") (\(rate) of resolved)"
        case .statsLevelHeld(let clock, let met, let breached): return "\(clock) met \(met) (\(breached) breached)"
        case .statsRefunds(let count, let total): return "\(total) in \(count) refund\(count == 1 ? "" : "s")"
        case .statsFollowUps(let onTime, let late, let open, let overdue, let cancelled):
            return "\(onTime + late) done (\(onTime) on time, \(late) late), \(open) open "
                + "(\(overdue) overdue), \(cancelled) cancelled"
        case .backlogAgeBucket(let age): return age.rawValue
        case .groupHeader(let grouping): return grouping.rawValue.uppercased()
        case .blameField(let field): return field.rawValue
        }
    }

    private static func list(_ tags: [String]) -> String { tags.isEmpty ? text(.none) : tags.joined(separator: ", ") }

    static func body(_ kind: BodyKind) -> String {
        switch kind {
        case .reply: return "reply text"
        case .note: return "note text"
        case .customerMessage: return "message text"
        case .firstMessage: return "customer's first message"
        case .answer: return "answer"
        case .escalationReason: return "reason"
        }
    }

    static func sensitiveKind(_ kind: SensitiveData.Kind) -> String {
        switch kind {
        case .cardNumber: return "card number"
        case .residentRegistrationNumber: return "resident registration number"
        }
    }

    /// A stored field's name as a person knows it from the command line.
    static func fieldName(_ field: String) -> String {
        switch field {
        case "body": return "the text"
        case "subject": return "the subject"
        case "customer.name": return "the customer's name"
        case "customer.email": return "--email"
        case "customer.phone": return "--phone"
        case "ref", "payment.ref": return "the payment reference"
        case "tags", "added", "removed": return "a tag"
        case "agent": return "the agent's name"
        case "by": return "the acting staff name (--as, CS_AGENT)"
        case "reason": return "--reason"
        case "comment": return "--comment"
        case "idempotencyKey": return "--idempotency-key"
        case "question", "answer", "title", "category": return "the FAQ entry's \(field)"
        default: return "the field '\(field)'"
        }
    }

    static func label(_ label: Message.Label) -> String {
        switch label {
        case .status: return "status"
        case .priority: return "priority"
        case .category: return "category"
        case .channel: return "channel"
        case .tier: return "tier"
        case .customer: return "customer"
        case .assignee: return "assignee"
        case .tags: return "tags"
        case .created: return "created"
        case .firstResponse: return "first response"
        case .resolved: return "resolved"
        case .payment: return "payment"
        case .refunded: return "refunded"
        case .refundable: return "refundable"
        case .rating: return "rating"
        case .faqUsed: return "faq used"
        case .question: return "question"
        case .language: return "language"
        case .source: return "source"
        case .followUps: return "follow-ups"
        }
    }

    static func header(_ header: Message.Header) -> String {
        switch header {
        case .id: return "ID"
        case .status: return "STATUS"
        case .priority: return "PRIORITY"
        case .age: return "AGE"
        case .assignee: return "ASSIGNEE"
        case .customer: return "CUSTOMER"
        case .subject: return "SUBJECT"
        case .source: return "SOURCE"
        case .lang: return "LANG"
        case .category: return "CATEGORY"
        case .question: return "QUESTION"
        case .opened: return "OPENED"
        case .firstResponse: return "1ST RESPONSE"
        case .wait: return "WAIT"
        case .resolved: return "RESOLVED"
        case .reopened: return "REOPENED"
        case .satisfaction: return "CSAT"
        case .slaMet: return "SLA MET"
        case .field: return "FIELD"
        case .value: return "VALUE"
        case .event: return "EVENT"
        case .time: return "AT"
        case .by: return "BY"
        case .due: return "DUE"
        }
    }

    /// The two largest units: `2d 3h`, `1h 30m`, `15m`, `45s`; a negative duration keeps its sign.
    static func duration(
        _ seconds: Int64, units: (day: String, hour: String, minute: String, second: String),
        separator: String = " "
    ) -> String {
        let sign = seconds < 0 ? "-" : ""
        let total = abs(seconds)
        let parts: [(Int64, String)] = [
            (total / 86_400, units.day), (total % 86_400 / 3600, units.hour), (total % 3600 / 60, units.minute),
            (total % 60, units.second),
        ]
        guard let first = parts.firstIndex(where: { $0.0 > 0 }) else { return "0" + units.second }
        let shown = parts[first...].prefix(2).filter { $0.0 > 0 }
        return sign + shown.map { "\($0.0)\($0.1)" }.joined(separator: separator)
    }

    /// `mon–fri`, or `mon, wed, fri`.
    static func days(_ days: [Weekday]) -> String {
        let indices = days.map { Weekday.allCases.firstIndex(of: $0)! }
        if indices.count > 2, indices.last! - indices.first! == indices.count - 1 {
            return days.first!.rawValue + "–" + days.last!.rawValue
        }
        return days.map(\.rawValue).joined(separator: ", ")
    }
}

import CSDomain

/// Every line and label cs shows people, other than errors and help: one case each, with
/// the facts it needs. `English` and `Korean` word each case in an exhaustive switch, so a
/// message without a text in either language does not compile.
enum Message: Equatable {
    // Reports of writes (standard output; `-q` silences them, `--json` replaces them).
    case opened(ticket: String, subject: String)
    case replied(ticket: String)
    case repliedWithFAQ(ticket: String, faq: String)
    case recordedCustomerMessage(ticket: String, status: Status)
    case noted(ticket: String)
    case assigned(ticket: String, agent: String, tier: Tier)
    case alreadyAssigned(ticket: String, agent: String)
    case escalated(ticket: String, tier: Tier, agent: String?)
    case priorityChanged(ticket: String, priority: Priority)
    case priorityUnchanged(ticket: String, priority: Priority)
    case statusChanged(ticket: String, status: Status)
    case statusChangedWithFollowUp(ticket: String, status: Status, due: String)
    case statusUnchanged(ticket: String, status: Status)
    case tagsChanged(ticket: String, tags: [String])
    case tagsUnchanged(ticket: String, tags: [String])
    case closed(ticket: String)
    case reopened(ticket: String)
    case paymentRecorded(ticket: String, ref: String, amount: Money)
    case refunded(ticket: String, amount: Money, refundable: Money?)
    case refundAlreadyIssued(ticket: String, key: String, amount: Money, at: Timestamp)
    case rated(ticket: String, score: Int)
    case faqAdded(id: String)
    case faqUpdated(id: String)
    case faqUnchanged(id: String)
    case faqRemoved(id: String)
    case faqImported(source: String, added: Int, updated: Int, unchanged: Int)
    /// The name of the built-in FAQ in `faqImported`.
    case builtInFAQName
    case deskCreated(path: String)
    case deskExists(path: String)
    case gitRegistered(root: String)
    case gitDriverMissing(root: String)
    case snapshotTailIgnored(value: String)
    /// `cs log sla` on a desk whose service levels were never set.
    case noSettingsChanges

    // `cs repair` and `cs verify`.
    case nothingToRepair(path: String)
    case completedLastLine(path: String, line: Int)
    case cutTornLine(path: String, line: Int, bytes: Int, backup: String?)
    case verified(path: String, events: Int)
    case alreadyChained(path: String)
    case chained(path: String, lines: Int, backup: String)
    case unchainedLines(Int)
    /// `cs verify`: the log is shorter than when cs last saw it here.
    case logShrank(path: String, bytes: Int)

    // Conflicts of a merged desk (`cs show`, `cs verify`, `cs resolve`) and `cs sync`.
    /// The line under a thread entry whose event is a conflict; `refund`: how the refund
    /// stands, when the event is one.
    case conflictMark(ticket: String, conflict: Conflict, refund: Refund.Standing?)
    /// The line under a refund a settlement voided.
    case refundVoid
    case conflictsSettled(ticket: String, settled: Int, refundable: Money?)
    /// `cs verify`: one open conflict, after `PATH:LINE: `.
    case conflictAt(ticket: String, conflict: Conflict)
    case conflictsFound(conflicts: Int, tickets: Int)
    case syncCommitted(commit: String, summary: String)
    case syncNothingToCommit
    case syncNoRemote
    case syncPulled(events: Int, remote: String)
    case syncPushed(remote: String, branch: String)
    case syncUpToDate(remote: String)
    case syncNothingToPush(remote: String)
    case syncOpenConflicts(tickets: Int)

    // `cs import`.
    case importedTickets(source: String, tickets: Int, skipped: Int)
    case importPreviewTickets(tickets: Int, skipped: Int)
    case importedEvents(source: String, events: Int, skipped: Int)
    case importPreviewEvents(events: Int, skipped: Int)

    // `cs merge`.
    case merged(duplicate: String, survivor: String)
    /// Before `cs show DUPLICATE`: whose ticket is shown instead.
    case mergedRedirect(duplicate: String, survivor: String)
    /// After a thread entry of a survivor that came from a duplicate.
    case fromDuplicate(String)
    /// On standard error, when a write named a merged duplicate.
    case writingToSurvivor(duplicate: String, survivor: String)

    /// `cs undo`: what was taken back, and the thread's mark on it.
    case undid(ticket: String, what: String)
    /// An undone change as the thread says it: its own line, or "the note" for a note.
    case undoneChange(String)
    case undoneNote
    case undoneMark(by: String)
    case retractedMark(by: String)

    // Follow-ups (`cs follow-up`, `cs show`, `cs list --follow-ups`).
    case followUpScheduled(ticket: String, due: String)
    case followUpDone(ticket: String, due: String)
    case followUpCancelled(ticket: String, due: String)
    /// A follow-up in `cs show`: when it is due, with its note.
    case followUpEntry(due: String, note: String?)
    case followUpClosedEntry(due: String, outcome: FollowUpClosed.Outcome)
    /// In `cs show`'s header: the open ones.
    case openFollowUp(due: String, note: String?)

    // Notes and warnings on standard error (after `cs: `).
    case cutBytesNotSaved(bytes: Int, reason: LogFailure)
    case tornLastLineShownWithout(path: String, line: Int)
    case unknownTimeZone(String)
    case unreadableZoneFile(path: String)
    case masked(kind: SensitiveData.Kind, field: String)
    case deskFAQStarted
    case deskFAQEmptied
    case openToOtherUsers(path: String, mode: String, wanted: String)
    case faqOffer(ticket: String)
    case hookFailed(name: String, status: Int32, event: String)
    case hookTimedOut(name: String, seconds: Int, event: String)
    case hookNotStarted(name: String, errorNumber: Int32)
    case hookTimeoutIgnored(value: String, seconds: Int)

    // Empty results.
    case noTicketsMatch
    case noFAQEntriesMatch
    case noFAQEntryMatches(query: String)
    /// A query of words every question has (어떻게 하나요, how do I), and nothing else.
    case faqQueryWithoutTopic(query: String)
    case noFAQEntryMatchesTicket(String)

    // The editor's template (each line after `# `).
    case editorInstructions(BodyKind)
    case editorAbortHint(BodyKind)
    case editorHintTicket(String)
    case editorHintEscalation(ticket: String)
    case editorHintQuestion(String)
    case editorHintFAQEntry(id: String, question: String)
    case editorHintOpening(subject: String)

    // Labels of `cs show`, `cs faq show` and the tables.
    case label(Label)
    case header(Header)
    /// A thread entry that is not a message, reply or note: "status open → pending".
    case threadEvent(ThreadEntry.Content)
    case threadLabel(ThreadEntry.Kind)
    case none

    // Times for people.
    case age(Age)
    case ago(Age)
    /// `1h 30m`, `15m`, `2d 3h`, `45s`.
    case duration(Int64)

    // Service levels (`cs sla`, `cs sla policy`, `cs sla hours`).
    case clockName(ServiceLevelClock.Kind)
    case clockStanding(ClockText.Standing)
    case clockElapsed(elapsed: Int64, target: Int64)
    case clockBreachedAt(String)
    case clockStoppedAt(String)
    case clockDue(at: String, left: Int64)
    case clockPausedFor(Int64)
    case intervalState(ServiceLevelClock.State)
    case slaPolicySet(priority: Priority, target: ServiceLevelPolicy.Target)
    case slaHoursSet(BusinessHours)
    case unknownScheduleZone(String)

    // `cs stats`.
    case statsTitle(since: String?, until: String?, at: String, asOf: Bool)
    case statsLabel(StatsLabel)
    case statsCounts(opened: Int, solved: Int, closed: Int, reopened: Int, backlog: Int)
    case statsDistribution(median: String, p90: String, count: Int)
    case statsRate(String)
    case statsLongestWaiting(ticket: String, wait: String)
    case statsSatisfaction(average: String, responses: Int, rate: String)
    case statsLevelHeld(clock: String, met: String, breached: Int)
    /// Refunds in one currency: how many, and their total (formatted).
    case statsRefunds(count: Int, total: String)
    case statsFollowUps(onTime: Int, late: Int, open: Int, overdue: Int, cancelled: Int)
    /// A backlog age bucket of the report (`<1h`, `1시간 미만`).
    case backlogAgeBucket(DeskFigures.BacklogAge)
    case groupHeader(StatsGrouping)

    // `cs blame`.
    case blameField(BlameCommand.Field)

    /// How long ago, in the largest whole unit.
    enum Age: Equatable {
        case now
        case minutes(Int64), hours(Int64), days(Int64), months(Int64), years(Int64)
    }

    enum Label: CaseIterable {
        case status, priority, category, channel, tier, customer, assignee, tags, created, firstResponse, resolved
        case payment, refunded, refundable, rating, faqUsed, question, language, source, followUps
    }

    enum Header: CaseIterable {
        case id, status, priority, age, assignee, customer, subject, source, lang, category, question
        case opened, firstResponse, wait, resolved, reopened, satisfaction, slaMet
        case field, value, event, time, by, due
    }

    enum StatsLabel: CaseIterable {
        case tickets, firstResponse, resolution, wait, reopenRate, satisfaction, serviceLevels, refunds, backlogAge
        case openedPerDay, comments, followUps
    }
}

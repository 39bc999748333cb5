/// What a desk is judged by, over a set of tickets at a moment: how many came and went, how
/// fast the first response and the resolution were, how long customers waited, how often
/// tickets came back, how satisfied customers were, how the service levels held, what was
/// refunded and how old the backlog is. Nothing to measure is nil, never 0.
public struct DeskFigures: Equatable, Sendable {
    public var opened = 0
    public var solved = 0
    public var closed = 0
    public var reopened = 0
    public var backlog = 0
    /// From opening to the first agent reply (wall clock).
    public var firstResponse = Distribution([])
    /// From opening to the first solved or closed (wall clock).
    public var resolution = Distribution([])
    /// Resolved ÷ opened; nil when none were opened.
    public var resolutionRate: Double?
    /// From each customer message (the opening too) to the reply that answered it.
    public var wait = Distribution([])
    /// The customer waiting longest for an answer now, on a ticket still being worked.
    public var longestWaiting: (ticket: String, seconds: Int64)?
    /// Reopened ÷ resolved.
    public var reopenRate: Double?
    public var csat = Satisfaction()
    public var firstResponseLevel = LevelHeld()
    public var resolutionLevel = LevelHeld()
    /// By currency code, sorted: how many refunds and their total in minor units.
    public var refunds: [RefundTotal] = []
    /// The backlog by age at the moment, in `BacklogAge.allCases` order.
    public var backlogAge: [Int] = Array(repeating: 0, count: BacklogAge.allCases.count)
    public var followUps = FollowUps()

    /// Check-backs: done by their due time or after it, and those still open (overdue: due
    /// already). Cancelled ones count in none of these.
    public struct FollowUps: Equatable, Sendable {
        public var onTime = 0
        public var late = 0
        public var open = 0
        public var overdue = 0
        public var cancelled = 0
        public var done: Int { onTime + late }

        public init() {}
    }

    public struct Satisfaction: Equatable, Sendable {
        public var responses = 0
        public var average: Double?
        /// Rated ÷ resolved.
        public var responseRate: Double?
        /// Ratings by score, 1 to 5.
        public var distribution: [Int] = Array(repeating: 0, count: Rating.scores.count)
        /// What customers said with their ratings, by ticket id: the friendliness an
        /// agent's figures cannot show.
        public var comments: [Comment] = []
    }

    public struct Comment: Equatable, Sendable {
        public var ticket: String
        public var score: Int
        public var text: String
    }

    /// How one service level held: tickets whose clock was decided (stopped, or breached).
    public struct LevelHeld: Equatable, Sendable {
        public var met = 0
        public var breached = 0
        /// Met ÷ decided; nil when none is decided yet.
        public var metRate: Double? { met + breached == 0 ? nil : Double(met) / Double(met + breached) }
    }

    public struct RefundTotal: Equatable, Sendable {
        public var currency: String
        public var count: Int
        public var total: Int64
    }

    public enum BacklogAge: String, CaseIterable, Sendable {
        case underAnHour = "<1h", underFourHours = "1h-4h", underADay = "4h-24h", underThreeDays = "1d-3d"
        case underAWeek = "3d-7d", overAWeek = ">7d"

        static func of(seconds: Int64) -> BacklogAge {
            switch seconds {
            case ..<3600: return .underAnHour
            case ..<(4 * 3600): return .underFourHours
            case ..<86_400: return .underADay
            case ..<(3 * 86_400): return .underThreeDays
            case ..<(7 * 86_400): return .underAWeek
            default: return .overAWeek
            }
        }
    }

    public static func == (lhs: DeskFigures, rhs: DeskFigures) -> Bool {
        lhs.opened == rhs.opened && lhs.solved == rhs.solved && lhs.closed == rhs.closed
            && lhs.reopened == rhs.reopened && lhs.backlog == rhs.backlog && lhs.firstResponse == rhs.firstResponse
            && lhs.resolution == rhs.resolution && lhs.resolutionRate == rhs.resolutionRate && lhs.wait == rhs.wait
            && lhs.longestWaiting?.ticket == rhs.longestWaiting?.ticket
            && lhs.longestWaiting?.seconds == rhs.longestWaiting?.seconds && lhs.reopenRate == rhs.reopenRate
            && lhs.csat == rhs.csat && lhs.firstResponseLevel == rhs.firstResponseLevel
            && lhs.resolutionLevel == rhs.resolutionLevel && lhs.refunds == rhs.refunds
            && lhs.backlogAge == rhs.backlogAge && lhs.followUps == rhs.followUps
    }

    public init() {}

    /// The figures of `tickets` at `now`; `clocks` reads a ticket's service-level clocks
    /// (under the desk's policy and hours) at that moment.
    public init(_ tickets: [TicketFacts], now: Timestamp, clocks: (TicketFacts) -> [ServiceLevelClock]) {
        var tally = Tally(now: now)
        for ticket in tickets { tally.add(ticket, clocks: clocks(ticket)) }
        self = tally.figures
    }

    /// Figures gathered one ticket at a time, so a desk of any size is measured without
    /// holding its tickets.
    public struct Tally: Sendable {
        let now: Timestamp
        private var counted = DeskFigures()
        private var firstResponses: [Int64] = [], resolutions: [Int64] = [], waits: [Int64] = []
        private var resolved = 0, scoreSum = 0
        private var refundTotals: [String: RefundTotal] = [:]

        public init(now: Timestamp) { self.now = now }

        public mutating func add(_ ticket: TicketFacts, clocks: [ServiceLevelClock]) {
            // A merged duplicate is the survivor's case: only the money refunded on it counts.
            if ticket.merged {
                addRefunds(ticket.refunds)
                return
            }
            counted.opened += 1
            switch ticket.status {
            case .solved: counted.solved += 1
            case .closed: counted.closed += 1
            default:
                counted.backlog += 1
                let age = BacklogAge.of(seconds: now.secondsSince1970 - ticket.createdAt.secondsSince1970)
                counted.backlogAge[BacklogAge.allCases.firstIndex(of: age)!] += 1
                if let since = ticket.history.waitingSince {
                    let seconds = now.secondsSince1970 - since.secondsSince1970
                    let longest = counted.longestWaiting
                    if longest.map({ seconds > $0.seconds || (seconds == $0.seconds && ticket.id < $0.ticket) }) ?? true
                    {
                        counted.longestWaiting = (ticket.id, seconds)
                    }
                }
            }
            if ticket.history.reopenCount > 0 { counted.reopened += 1 }
            if let first = ticket.firstResponseAt {
                firstResponses.append(first.secondsSince1970 - ticket.createdAt.secondsSince1970)
            }
            if let done = ticket.history.firstResolvedAt {
                resolved += 1
                resolutions.append(done.secondsSince1970 - ticket.createdAt.secondsSince1970)
            }
            waits += ticket.history.waits
            if let score = ticket.score, Rating.scores.contains(score) {
                counted.csat.responses += 1
                scoreSum += score
                counted.csat.distribution[score - Rating.scores.lowerBound] += 1
                if let comment = ticket.comment {
                    counted.csat.comments.append(Comment(ticket: ticket.id, score: score, text: comment))
                }
            }
            addRefunds(ticket.refunds)
            for followUp in ticket.followUps {
                switch followUp.state {
                case .open:
                    counted.followUps.open += 1
                    if followUp.due < now { counted.followUps.overdue += 1 }
                case .done(let at, _):
                    if at <= followUp.due { counted.followUps.onTime += 1 } else { counted.followUps.late += 1 }
                case .cancelled: counted.followUps.cancelled += 1
                }
            }
            for clock in clocks {
                let decided = clock.breached ? \LevelHeld.breached : clock.isRunning ? nil : \LevelHeld.met
                guard let decided else { continue }
                if clock.kind == .firstResponse {
                    counted.firstResponseLevel[keyPath: decided] += 1
                } else {
                    counted.resolutionLevel[keyPath: decided] += 1
                }
            }
        }

        private mutating func addRefunds(_ refunds: [Money]) {
            for amount in refunds {
                let code = amount.currency.code
                var total = refundTotals[code] ?? RefundTotal(currency: code, count: 0, total: 0)
                total.count += 1
                total.total += amount.minorUnits
                refundTotals[code] = total
            }
        }

        public var figures: DeskFigures {
            var figures = counted
            figures.firstResponse = Distribution(firstResponses)
            figures.resolution = Distribution(resolutions)
            figures.wait = Distribution(waits)
            figures.resolutionRate = figures.opened == 0 ? nil : Double(resolved) / Double(figures.opened)
            figures.reopenRate = resolved == 0 ? nil : Double(figures.reopened) / Double(resolved)
            figures.csat.average = figures.csat.responses == 0 ? nil : Double(scoreSum) / Double(figures.csat.responses)
            figures.csat.responseRate = resolved == 0 ? nil : Double(figures.csat.responses) / Double(resolved)
            figures.refunds = refundTotals.values.sorted { $0.currency < $1.currency }
            figures.csat.comments.sort { $0.ticket < $1.ticket }
            return figures
        }
    }
}

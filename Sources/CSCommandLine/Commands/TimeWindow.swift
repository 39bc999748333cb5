import CSDomain

/// `--since TIME --until TIME` of a listing or a report: read in the user's zone, relative to
/// the moment the command looks from, and refused when the window is empty (since not before
/// until), which is a typo, never a question with an empty answer.
enum TimeWindow {
    static func read(
        since: Option<String>, until: Option<String>, in invocation: Invocation, now: Timestamp, zone: Zone
    ) throws(Failure) -> (since: Timestamp?, until: Timestamp?) {
        let from = try invocation[since].map { (text) throws(Failure) in
            try Failure.catching(usage: ValueParsing.time(text, option: "--" + since.spec.long, now: now, zone: zone))
        }
        let to = try invocation[until].map { (text) throws(Failure) in
            try Failure.catching(usage: ValueParsing.time(text, option: "--" + until.spec.long, now: now, zone: zone))
        }
        if let from, let to, from >= to {
            throw .usage(
                .invalidValue(
                    what: "--" + since.spec.long, value: invocation.word(since) ?? "",
                    expected: .timeBefore(invocation.word(until) ?? "")))
        }
        return (from, to)
    }
}

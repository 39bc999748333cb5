import CSDomain

/// Now, and the zone times are shown in.
struct Clock {
    let environment: CommandEnvironment
    let output: Output

    /// `CS_NOW` when set (fixture logs and tests are reproducible), else the clock.
    func now() throws(Failure) -> Timestamp {
        guard let fixed = environment.variables["CS_NOW"], !fixed.isEmpty else { return environment.clock() }
        guard let time = Timestamp(rfc3339: fixed) else {
            throw .usage(.invalidValue(what: "CS_NOW", value: fixed, expected: .rfc3339Time))
        }
        return time
    }

    func humanTime() throws(Failure) -> HumanTime {
        humanTime(at: try now())
    }

    /// Times shown as seen from `moment` (`--as-of` looks from then).
    func humanTime(at moment: Timestamp) -> HumanTime {
        HumanTime(now: moment, zone: zone(), catalogue: output.catalogue)
    }

    /// A zone by name, read as `TZ` is (from `TZDIR` or the system's database).
    func zone(named name: String) -> Result<Zone, Zone.Problem> {
        Zone.named(
            name, zoneDirectory: environment.variables["TZDIR"],
            readFile: { path in try? FileReading.bytes(atPath: path, shownAs: path, limit: .settings) })
    }

    /// The zone of `TZ` (see `Zone.named`). One that cannot be read is said once, on
    /// standard error, and times are shown in UTC, named so.
    func zone() -> Zone {
        let variables = environment.variables
        switch Zone.named(
            variables["TZ"], zoneDirectory: variables["TZDIR"],
            readFile: { path in
                try? FileReading.bytes(atPath: path, shownAs: path, limit: .settings)
            })
        {
        case .success(let zone):
            return zone
        case .failure(.unknown(let name)):
            output.warn(.unknownTimeZone(Terminal.singleLine(name)))
            return .utc
        case .failure(.unreadable(let path)):
            output.warn(.unreadableZoneFile(path: path))
            return .utc
        }
    }
}

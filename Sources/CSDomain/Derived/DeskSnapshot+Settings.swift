// The snapshot's service-level settings (section 8): each priority's targets and the
// business hours, as replay left them.
extension DeskSnapshot {
    /// The settings as the writer stores them.
    static func settingsSection(_ settings: DeskSettings) -> [UInt8] {
        var writer = BinaryWriter()
        for priority in Priority.allCases {
            writer.i64(settings.policy.target(priority).firstResponse)
            writer.i64(settings.policy.target(priority).resolution)
        }
        switch settings.hours {
        case .always:
            writer.u8(0)
        case .schedule(let schedule):
            writer.u8(1)
            writer.strings(schedule.days.map(\.rawValue))
            writer.u32(UInt32(schedule.opens))
            writer.u32(UInt32(schedule.closes))
            writer.string(schedule.zone)
            writer.strings(schedule.holidays)
        }
        return writer.bytes
    }

    /// The settings as stored; nil when a target or the hours cannot be what replay made.
    static func readSettings(_ section: UnsafeRawBufferPointer) -> DeskSettings? {
        var reader = BinaryReader(section)
        var settings = DeskSettings()
        for priority in Priority.allCases {
            guard let first = reader.i64(), let resolution = reader.i64(), first > 0, resolution > 0 else { return nil }
            settings.policy.set(.init(firstResponse: first, resolution: resolution), for: priority)
        }
        guard let kind = reader.u8() else { return nil }
        if kind == 1 {
            guard let dayWords = reader.strings(), let opens = reader.u32(), let closes = reader.u32(),
                let zone = reader.string(), let holidays = reader.strings(), opens < closes, closes <= 24 * 60
            else { return nil }
            let days = dayWords.compactMap(Weekday.init)
            guard days.count == dayWords.count, !days.isEmpty else { return nil }
            settings.hours = .schedule(
                .init(days: days, opens: Int(opens), closes: Int(closes), zone: zone, holidays: holidays))
        } else if kind != 0 {
            return nil
        }
        return settings
    }
}

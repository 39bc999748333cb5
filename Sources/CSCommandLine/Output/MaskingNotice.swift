import CSDomain

/// What the masking writer changed, told on standard error: one line per kind of number
/// and field, naming the field as the person typed it.
extension Output {
    func reportMasking(_ masked: [MaskedField]) {
        var seen = Set<String>()
        for item in masked {
            let line = say(.masked(kind: item.kind, field: item.field))
            if seen.insert(line).inserted { environment.errors("cs: " + line + "\n") }
        }
    }
}

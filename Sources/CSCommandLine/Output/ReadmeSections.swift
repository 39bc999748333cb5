/// The README's generated sections, rendered from the same sources as help and the man
/// page (a test compares them with README.md; `CS_RECORD=1 swift test` rewrites them).
enum ReadmeSections {
    /// Section name → its Markdown, between `<!-- generated: NAME -->` and `<!-- end: NAME -->`.
    static func all(_ catalogue: Catalogue = .english) -> [(name: String, text: String)] {
        [
            ("exit-status", exitStatusTable(catalogue)), ("environment", environmentTable(catalogue)),
            ("service-levels", serviceLevels(catalogue)),
        ]
    }

    static func exitStatusTable(_ catalogue: Catalogue) -> String {
        var lines = ["| code | meaning |", "| --- | --- |"]
        for status in ExitStatus.allCases {
            lines.append("| \(status.rawValue) | \(cell(catalogue.exitStatusMeaning(status))) |")
        }
        return lines.joined(separator: "\n")
    }

    static func environmentTable(_ catalogue: Catalogue) -> String {
        var lines = ["| variable | meaning |", "| --- | --- |"]
        for variable in EnvironmentVariable.allCases {
            lines.append(
                "| " + variable.names.map { "`\($0)`" }.joined(separator: ", ") + " | "
                    + cell(catalogue.environmentMeaning(variable)) + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func serviceLevels(_ catalogue: Catalogue) -> String {
        catalogue.help(.listDiscussion)
    }

    /// One table cell: one line, pipes escaped.
    private static func cell(_ text: String) -> String {
        text.replacing("\n", with: " ").replacing("|", with: "\\|")
    }
}

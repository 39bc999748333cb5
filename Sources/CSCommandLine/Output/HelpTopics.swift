/// `cs help exit-codes` and `cs help log-format`: the contracts scripts rely on.
enum HelpTopic: String, CaseIterable {
    case exitCodes = "exit-codes"
    case logFormat = "log-format"
}

extension HelpText {
    func topic(_ topic: HelpTopic) -> String {
        switch topic {
        case .exitCodes:
            let rows = ExitStatus.allCases.map { status in
                let code = String(status.rawValue)
                let text = catalogue.exitStatusMeaning(status).replacing(
                    "\n", with: "\n" + String(repeating: " ", count: 5))
                return String(repeating: " ", count: 3 - code.count) + code + "  " + text
            }
            return ([catalogue.help(.exitCodesTitle), ""] + rows + ["", catalogue.help(.exitCodesFooter)]).joined(
                separator: "\n")
        case .logFormat:
            return catalogue.logFormatTopic()
        }
    }
}

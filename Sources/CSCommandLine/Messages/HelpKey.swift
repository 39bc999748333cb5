/// Every piece of help text: command abstracts and discussions, arguments, options, headings,
/// the man page's sections. Declarations name a key; `English.help` and `Korean.help` switch
/// over every key, so help without a text in either language does not compile.
public enum HelpKey: CaseIterable, Sendable {
    // Headings and the overview.
    case overviewTitle, overviewMore, usageHeading, argumentsHeading, optionsHeading, globalOptionsHeading
    case examplesHeading, commandsHeading, requiredSuffix, repeatableSuffix
    case groupSetup, groupWriting, groupReading, groupHelp
    case exitCodesTitle, exitCodesFooter

    // The man page.
    case manSection, manName, manSummary, manSynopsis, manDescriptionHeading, manDescription, manGlobalOptionsHeading
    case manCommandsHeading, manEnvironmentHeading, manExitStatusHeading, manSentenceEnd

    // Global options and shared declarations.
    case globalLog, globalAs, globalJSON, globalQuiet, globalColor, globalHelp, globalVersion
    case ticketArgument, faqLanguageFilter, faqLimit

    // One group per command.
    case initAbstract, initDiscussion
    case completionAbstract, completionDiscussion, completionShell
    case completeAbstract, completeWhat
    case repairAbstract, repairDiscussion
    case upgradeAbstract, upgradeDiscussion
    case mergeDriverAbstract, mergeDriverBase, mergeDriverOurs, mergeDriverTheirs, mergeDriverPath
    case openAbstract, openDiscussion, openSubject, openCustomer, openEmail, openPhone, openCategory, openChannel
    case openPriority, openTag, openPayment, openAmount, openCurrency, openBody, openBodyFile
    case replyAbstract, replyDiscussion, replyText, replyBodyFile, replyFromCustomer, replyFAQ
    case noteAbstract, noteText, noteBodyFile
    case assignAbstract, assignDiscussion, assignAgent, assignReason
    case escalateAbstract, escalateDiscussion, escalateReason, escalateTo
    case priorityAbstract, priorityPriority
    case tagAbstract, tagDiscussion, tagChange
    case statusAbstract, statusDiscussion, statusStatus
    case closeAbstract, closeReason
    case reopenAbstract, reopenReason
    case paymentAbstract, paymentDiscussion, paymentRef, paymentAmount, paymentCurrency
    case refundAbstract, refundDiscussion, refundAmount, refundReason, refundCurrency, refundIdempotencyKey
    case rateAbstract, rateScore, rateComment
    case showAbstract
    case listAbstract, listDiscussion, listStatus, listPriority, listCategory, listChannel, listAssignee, listTier
    case listTag, listCustomer, listSince, listUntil, listOverdue, listConflicts, listSort, listReverse, listLimit,
        listPlain
    case logAbstract, logDiscussion, logTicket
    case verifyAbstract, verifyDiscussion
    case faqSearchAbstract, faqSearchDiscussion, faqSearchQuery
    case faqShowAbstract, faqEntryID
    case faqListAbstract, faqListDiscussion, faqListCategory, faqListSource
    case faqAddAbstract, faqAddDiscussion, faqAddID
    case faqQuestion, faqAnswer, faqAnswerFile, faqTitle, faqTag, faqCategory, faqLanguage
    case faqEditAbstract, faqEditDiscussion
    case faqRemoveAbstract, faqRemoveDiscussion
    case faqImportAbstract, faqImportDiscussion, faqImportFile, faqImportBuiltIn
    case suggestAbstract, suggestDiscussion
    case helpAbstract, helpDiscussion, helpCommand
    case manPageAbstract
    case asOf
    case slaAbstract, slaDiscussion
    case slaPolicyAbstract, slaPolicyDiscussion, slaPolicyPriority, slaPolicyFirstResponse, slaPolicyResolution
    case slaHoursAbstract, slaHoursDiscussion, slaHoursAlways, slaHoursDays, slaHoursHours, slaHoursZone,
        slaHoursHoliday
    case statsAbstract, statsDiscussion, statsSince, statsUntil, statsBy, statsCSV
    case blameAbstract, blameDiscussion
    case resolveAbstract, resolveDiscussion, resolveVoid, resolveReason
    case syncAbstract, syncDiscussion, syncMessage
    case followUpAbstract, followUpDiscussion, followUpIn, followUpAt, followUpNote, followUpDone, followUpCancel
    case statusFollowUp, listFollowUps
    case undoAbstract, undoDiscussion, undoEvent
    case mergeAbstract, mergeDiscussion, mergeDuplicate, mergeInto, mergeReason
    case importAbstract, importDiscussion, importFile, importFormat, importDryRun
    case exportAbstract, exportDiscussion, exportTickets, exportEvents, exportFormat, exportBOM
}

/// The environment variables cs reads, for the man page and the README.
public enum EnvironmentVariable: CaseIterable, Sendable {
    case log, agent, now, language, editor, pager, noColor, columns, timeZone, noHooks, hookTimeout, noDerived

    public var names: [String] {
        switch self {
        case .log: return ["CS_LOG"]
        case .agent: return ["CS_AGENT"]
        case .now: return ["CS_NOW"]
        case .language: return ["CS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        case .editor: return ["CS_EDITOR", "VISUAL", "EDITOR"]
        case .pager: return ["CS_PAGER", "PAGER"]
        case .noColor: return ["NO_COLOR"]
        case .columns: return ["COLUMNS"]
        case .timeZone: return ["TZ"]
        case .noHooks: return ["CS_NO_HOOKS"]
        case .hookTimeout: return ["CS_HOOK_TIMEOUT"]
        case .noDerived: return ["CS_NO_DERIVED"]
        }
    }
}

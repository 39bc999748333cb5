import Foundation
import Testing

/// The two variables that say how the files beside the log are kept: `CS_NO_DERIVED`, and
/// `CS_SNAPSHOT_TAIL` (for tests). A value cs cannot use is said, never silently ignored.
@Suite struct DerivedFileSettingsTests {
    /// `CS_NO_DERIVED` set to anything but 0, as `CS_NO_HOOKS`: `true` is not silently ignored.
    @Test(arguments: [("1", false), ("true", false), ("yes", false), ("0", true), ("", true)])
    func noDerivedFilesWhenAskedInAnyWords(_ value: String, _ written: Bool) {
        let harness = Harness.withFixtureDesk()
        harness.variables["CS_NO_DERIVED"] = value
        #expect(harness.run(["list"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: harness.logPath + ".snapshot") == written, "'\(value)'")
    }

    /// `CS_SNAPSHOT_TAIL` (for tests) that is not a number of bytes is said once, not ignored.
    @Test(arguments: [["list"], ["note", "2QYK", "hello"], ["show", "2QYK"]])
    func aSnapshotTailThatIsNotANumberIsSaidOnce(_ command: [String]) {
        let harness = Harness.withFixtureDesk()
        for value in ["abc", "-1", "1e9"] {
            harness.variables["CS_SNAPSHOT_TAIL"] = value
            let result = harness.run(command)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(
                result.stderr == "cs: warning: CS_SNAPSHOT_TAIL '\(value)' is not a number of bytes (0 or more); "
                    + "the snapshot keeps its usual bound\n")
        }
        harness.variables["CS_SNAPSHOT_TAIL"] = "100"
        #expect(harness.run(command).stderr.isEmpty)
    }
}

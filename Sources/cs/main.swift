import CSCommandLine
import CSPlatform

// The real world handed to the command line, and its answer handed back as the exit status.
exit(CommandLineTool.run(environment: .process()))

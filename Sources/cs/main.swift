import CSCommandLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// The real world handed to the command line, and its answer handed back as the exit status.
exit(CommandLineTool.run(environment: .process()))

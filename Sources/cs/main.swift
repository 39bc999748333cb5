import CAllocator
import CSCommandLine
import CSPlatform

// Large arrays reused from the heap rather than mapped afresh each time (allocator.c).
cs_keep_freed_memory()
// The real world handed to the command line, and its answer handed back as the exit status.
exit(CommandLineTool.run(environment: .process()))

// The C library comes through the one platform shim; re-exported so the command line, which
// builds on the domain, reaches it the same way.
@_exported import CSPlatform

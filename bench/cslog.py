"""cs's line checksum in Python, for the scripts that write logs without cs (the workload
translator, the damaged-fixture generator). Must match Sources/CSDomain/Log/LineChecksum.swift;
the fixtures' tests fail if it does not."""

M = (1 << 64) - 1


def _mix(z):
    z = (z * 0xBF58476D1CE4E5B9) & M
    z = ((z ^ (z >> 31)) * 0x94D049BB133111EB) & M
    return z ^ (z >> 29)


def checksum(data):
    h = 0x9E3779B97F4A7C15 ^ len(data)
    i = 0
    while i + 8 <= len(data):
        h = _mix(h ^ int.from_bytes(data[i:i + 8], "little"))
        i += 8
    tail = int.from_bytes(data[i:], "little") if i < len(data) else 0
    return _mix(h ^ tail ^ 0xFF)


def seal(line):
    """A compact JSON object (str or bytes, ending in '}') with its "sum" field appended."""
    body = (line if isinstance(line, bytes) else line.encode())[:-1]
    return body + b',"sum":"' + format(checksum(body), "016x").encode() + b'"}'

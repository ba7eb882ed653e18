"""Whether `marshal.loads` can be given a payload without unbounded work.

marshal makes room for a tuple, list or set, and for the digits of a long integer, as soon as
it reads the count in front of them: a payload that says "a tuple of 1.7 billion items" in its
31 KB takes seconds and gigabytes before marshal finds out that the items are not there. Each
item takes a byte at least, so a count that is larger than the bytes left can only be damage.

marshal data is written in prefix order (a container's header, then each of its items), so one
pass over the bytes, header by header, sees every count. Only the kinds of value a cache entry
holds are known here (None, booleans, numbers, strings, bytes, tuples, lists, sets, dicts);
anything else is refused, as damage.
"""

# What follows a type code (with or without marshal's "remember this value" bit, 0x80): a fixed
# number of bytes, or one of these. A table, as this runs over every value of every entry read.
_SHORT = -1  # a one-byte length, then that many bytes
_SIZED = -2  # a four-byte length, then that many bytes
_COUNTED = -3  # a four-byte count, then the items: a tuple, list, set or frozenset
_SMALL_TUPLE = -4  # a one-byte count, then the items
_LONG = -5  # a signed four-byte count of two-byte digits
_UNKNOWN = -6
_AFTER = [_UNKNOWN] * 256
for _codes, _after in (
    (b"NFT.S0{", 0), (b"ir", 4), (b"g", 8), (b"y", 16), (b"zZf", _SHORT), (b"suatA", _SIZED),
    (b"([<>", _COUNTED), (b")", _SMALL_TUPLE), (b"l", _LONG),
):  # fmt: skip
    for _code in _codes:
        _AFTER[_code] = _AFTER[_code | 0x80] = _after


def is_bounded(payload: bytes) -> bool:
    """Whether every count in `payload` fits in the bytes after it, and `payload` is made of
    known kinds of value only, to its last byte."""
    after, at, end = _AFTER, 0, len(payload)
    try:
        while at < end:
            step = after[payload[at]]
            at += 1
            if step >= 0:
                at += step
            elif step == _COUNTED:  # the most frequent after the fixed sizes: no slice made
                count = payload[at] | payload[at + 1] << 8 | payload[at + 2] << 16
                count |= payload[at + 3] << 24
                if count > end - at - 4:
                    return False
                at += 4
            elif step == _SHORT:
                at += 1 + payload[at]
            elif step == _SMALL_TUPLE:
                at += 1
            elif step == _SIZED:
                at += 4 + int.from_bytes(payload[at : at + 4], "little")
            elif step == _LONG:
                at += 4 + 2 * abs(int.from_bytes(payload[at : at + 4], "little", signed=True))
            else:
                return False
    except IndexError:  # a length or count cut short by the end
        return False
    return at == end

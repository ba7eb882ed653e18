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

_FLAG_REF = 0x80  # "remember this value": no byte of its own
_SIZE = {  # bytes after the type code, for the kinds of a fixed size
    ord("N"): 0, ord("F"): 0, ord("T"): 0, ord("."): 0, ord("S"): 0, ord("0"): 0, ord("{"): 0,
    ord("i"): 4, ord("r"): 4, ord("g"): 8, ord("y"): 16,
}  # fmt: skip
_SHORT = {ord("z"), ord("Z"), ord("f")}  # a one-byte length, then that many bytes
_SIZED = {ord("s"), ord("u"), ord("t"), ord("a"), ord("A")}  # a four-byte length, then bytes
_COUNTED = {ord("("), ord("["), ord("<"), ord(">")}  # a four-byte count, then the items
_SMALL_TUPLE = ord(")")  # a one-byte count, then the items
_LONG = ord("l")  # a signed four-byte count of two-byte digits


def is_bounded(payload: bytes) -> bool:
    """Whether every count in `payload` fits in the bytes after it, and `payload` is made of
    known kinds of value only, to its last byte."""
    at, end = 0, len(payload)
    while at < end:
        code = payload[at] & ~_FLAG_REF
        at += 1
        size = _SIZE.get(code)
        if size is not None:
            at += size
        elif code in _SHORT:
            at += 1 + (payload[at] if at < end else 0)
        elif code in _SIZED:
            at += 4 + int.from_bytes(payload[at : at + 4], "little")
        elif code in _COUNTED:
            if int.from_bytes(payload[at : at + 4], "little") > end - at - 4:
                return False
            at += 4
        elif code == _SMALL_TUPLE:
            at += 1
        elif code == _LONG:
            digits = abs(int.from_bytes(payload[at : at + 4], "little", signed=True))
            at += 4 + 2 * digits
        else:
            return False
    return at == end

"""Whether `marshal.loads` can be given a payload without unbounded work.

marshal makes room for a tuple, list or set, and for the digits of a long integer, as soon as
it reads the count in front of them: a payload that says "a tuple of 1.7 billion items" in its
31 KB takes seconds and gigabytes before marshal finds out that the items are not there. Each
item takes a byte at least, so a count that is larger than the bytes left can only be damage.

marshal data is written in prefix order (a container's header, then each of its items), so one
pass over the bytes, header by header, sees every count. Only the kinds of value a cache entry
holds are known here (None, booleans, numbers, strings, bytes, tuples, lists, sets, dicts);
anything else is refused, as damage. So is a reference to a container that holds anything
(see is_bounded): marshal would read it at once, but whatever walks what it gave back would
visit that container once for each reference, without end if it holds itself.
"""

# What follows a type code (with or without marshal's "remember this value" bit, 0x80): a fixed
# number of bytes, or one of these. A table, as this runs over every value of every entry read.
_SHORT = -1  # a one-byte length, then that many bytes
_SIZED = -2  # a four-byte length, then that many bytes
_COUNTED = -3  # a four-byte count, then the items: a tuple, list, set or frozenset
_SMALL_TUPLE = -4  # a one-byte count, then the items
_LONG = -5  # a signed four-byte count of two-byte digits
_UNKNOWN = -6
# A container with the bit (never in what encoding.py writes, but what a reference may point at):
_COUNTED_KEPT = -7
_SMALL_TUPLE_KEPT = -8
_DICT_KEPT = -9  # (a dict's items follow, up to a "0")
_AFTER = [_UNKNOWN] * 256
for _codes, _after in (
    (b"NFT.S0{", 0), (b"ir", 4), (b"g", 8), (b"y", 16), (b"zZf", _SHORT), (b"suatA", _SIZED),
    (b"([<>", _COUNTED), (b")", _SMALL_TUPLE), (b"l", _LONG),
):  # fmt: skip
    for _code in _codes:
        _AFTER[_code] = _AFTER[_code | 0x80] = _after
for _codes, _after in ((b"([<>", _COUNTED_KEPT), (b")", _SMALL_TUPLE_KEPT), (b"{", _DICT_KEPT)):
    for _code in _codes:
        _AFTER[_code | 0x80] = _after
_REF = ord("r")


def is_bounded(payload: bytes) -> bool:
    """Whether every count in `payload` fits in the bytes after it, no reference in it is to a
    container that holds anything, and `payload` is made of known kinds of value only, to its
    last byte.

    marshal gives a value it remembers (one with the bit) a number, and may give that value
    again by its number: what it writes for a string or a number used twice. A reference to a
    tuple or a list would make one container stand in many places, or inside itself, so that a
    few hundred bytes could describe more items than any reader of them could ever visit."""
    after, at, end = _AFTER, 0, len(payload)
    kept = False  # a container with the bit, holding something: references are then looked at
    try:
        while at < end:
            step = after[payload[at]]
            at += 1
            if step >= 0:
                at += step
            elif step == _COUNTED or step == _COUNTED_KEPT:  # the most frequent: no slice made
                count = payload[at] | payload[at + 1] << 8 | payload[at + 2] << 16
                count |= payload[at + 3] << 24
                if count > end - at - 4:
                    return False
                if step == _COUNTED_KEPT and count:
                    kept = True
                at += 4
            elif step == _SHORT:
                at += 1 + payload[at]
            elif step == _SMALL_TUPLE or step == _SMALL_TUPLE_KEPT:
                if step == _SMALL_TUPLE_KEPT and payload[at]:
                    kept = True
                at += 1
            elif step == _SIZED:
                at += 4 + int.from_bytes(payload[at : at + 4], "little")
            elif step == _LONG:
                at += 4 + 2 * abs(int.from_bytes(payload[at : at + 4], "little", signed=True))
            elif step == _DICT_KEPT:
                kept = True
            else:
                return False
    except IndexError:  # a length or count cut short by the end
        return False
    return at == end and not (kept and _refers_to_a_container(payload))


def _refers_to_a_container(payload: bytes) -> bool:
    """Whether a reference in `payload`, whose counts are known to fit, is to a container that
    holds something (or to a dict): a second pass, numbering the values with the bit as marshal
    does, in the order their headers come."""
    at, numbered, containers = 0, 0, set()
    while at < len(payload):
        code = payload[at]
        step = _AFTER[code]
        at += 1
        if code == _REF and int.from_bytes(payload[at : at + 4], "little") in containers:
            return True
        if code & 0x80:
            if step == _DICT_KEPT or (step == _COUNTED_KEPT and payload[at : at + 4] != _NONE):
                containers.add(numbered)
            elif step == _SMALL_TUPLE_KEPT and payload[at]:
                containers.add(numbered)
            numbered += 1
        at += _header(step, payload, at)
    return False


_NONE = bytes(4)  # a count of 0


def _header(step: int, payload: bytes, at: int) -> int:
    """How many bytes the header of a value takes after its type code, at `at`."""
    if step >= 0:
        return step
    if step == _SHORT:
        return 1 + payload[at]
    if step == _SIZED:
        return 4 + int.from_bytes(payload[at : at + 4], "little")
    if step == _LONG:
        return 4 + 2 * abs(int.from_bytes(payload[at : at + 4], "little", signed=True))
    return {_COUNTED: 4, _COUNTED_KEPT: 4, _SMALL_TUPLE: 1, _SMALL_TUPLE_KEPT: 1}.get(step, 0)

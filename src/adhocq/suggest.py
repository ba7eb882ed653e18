"""What to say of a value that is not one of the choices: the nearest choice, or the choices."""

from collections.abc import Collection, Sequence

# difflib compares a value with each choice in time that grows with the product of their
# lengths, so a suggestion is only looked for where that stays cheap (a few ms: about 4 ms for
# 2,000 words); a dataset's ids, and the words of its titles, are below both limits.
SUGGEST_MAX_LENGTH = 40
SUGGEST_MAX_CHOICES = 2000
LIST_MAX_CHOICES = 50


def closest(value: str, choices: Collection[str]) -> str | None:
    """The valid choice nearest to a mistyped `value`, if any is close enough; None without
    looking when `value` is long or the choices are many."""
    if len(value) > SUGGEST_MAX_LENGTH or len(choices) > SUGGEST_MAX_CHOICES:
        return None
    import difflib

    matches = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def unknown_value(what: str, value: str, choices: Sequence[str]) -> str:
    """'unknown type 'stafing' (did you mean 'staffing'?)' or a list of the valid values (their
    number, when they are too many to list); `what` is a noun of adhocq's (marked with N_), so
    that the message can be said in another language (see adhocq.messages.phrase)."""
    from adhocq.messages import N_, phrase

    if not choices:
        return phrase(N_("unknown {what} {value!r} (none is declared)"), what=what, value=value)
    guess = closest(value.lower(), [c.lower() for c in choices])
    if guess is not None:
        original = next(c for c in choices if c.lower() == guess)
        return phrase(
            N_("unknown {what} {value!r} (did you mean {original!r}?)"),
            what=what,
            value=value,
            original=original,
        )
    if len(choices) > LIST_MAX_CHOICES:
        return phrase(
            N_("unknown {what} {value!r} (not one of the {n} declared)"),
            what=what,
            value=value,
            n=len(choices),
        )
    return phrase(
        N_("unknown {what} {value!r} (expected one of: {choices})"),
        what=what,
        value=value,
        choices=", ".join(choices),
    )

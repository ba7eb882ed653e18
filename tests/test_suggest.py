from adhocq.suggest import SUGGEST_MAX_LENGTH, closest, unknown_value


def test_the_nearest_choice_is_suggested() -> None:
    assert closest("stafing", ["staffing", "training"]) == "staffing"
    assert closest("zzz", ["staffing"]) is None
    assert closest("s" * (SUGGEST_MAX_LENGTH + 1), ["s" * SUGGEST_MAX_LENGTH]) is None


def test_an_unknown_value_names_the_nearest_choice_or_the_choices() -> None:
    assert unknown_value("type", "Stafing", ["staffing"]) == (
        "unknown type 'Stafing' (did you mean 'staffing'?)"
    )
    assert unknown_value("type", "x", ["staffing", "training"]) == (
        "unknown type 'x' (expected one of: staffing, training)"
    )
    assert unknown_value("type", "x", []) == "unknown type 'x' (none is declared)"
    assert unknown_value("type", "x", [f"t{n}" for n in range(60)]) == (
        "unknown type 'x' (not one of the 60 declared)"
    )

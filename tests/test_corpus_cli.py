"""Many queries in one dataset: choosing one (--query), and the questions across them;
in-process through main(argv)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from conftest import DATA, bundled_corpus, main_text

import adhocq
from adhocq.reading.query_files import load_corpus

BUNDLED_IDS = {ds.query.id for ds in bundled_corpus().queries}


def rows(*args: str, env: dict[str, str] | None = None) -> list[dict[str, str]]:
    done = main_text(*args, "-f", "csv", env=env)
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two queries and no default."""
    shutil.copy(DATA / "minimal.toml", tmp_path / "minimal.toml")
    shutil.copy(DATA / "second.toml", tmp_path / "second.toml")
    return tmp_path


def test_the_bundled_queries_are_listed_newest_first() -> None:
    listed = rows("queries")
    assert {row["id"] for row in listed} == BUNDLED_IDS and len(BUNDLED_IDS) >= 13
    dates = [row["published"] for row in listed if row["published"]]  # else dated otherwise
    assert dates == sorted(dates, reverse=True)
    service = next(r for r in listed if r["id"] == "emn-ahq-2023-fi-customer-service-crisis")
    assert (service["respondents"], service["requester_country"]) == ("19", "FI")
    assert (service["coverage"], service["findings_read"]) == ("complete", "")


def test_queries_are_filtered_by_country_requester_date_and_text() -> None:
    by_cz = {row["id"] for row in rows("queries", "--country", "cz")}
    assert "emn-ahq-2023-fi-customer-service-crisis" in by_cz  # a listed respondent
    assert "emn-ahq-2024-fi-citizenship-tests" in by_cz  # named in a finding
    assert "emn-ahq-2024-fr-public-order-sponsor" not in by_cz
    finnish = rows("queries", "--requester", "FI")
    assert finnish and all(row["requester_country"] == "FI" for row in finnish)
    in_2024 = rows("queries", "--since", "2024", "--until", "2024-12")
    assert in_2024 and all(row["published"].startswith("2024-") for row in in_2024)
    assert len(rows("queries", "--since", "2024-12-06", "--until", "2024-12-06")) == 1
    detention = {row["id"] for row in rows("queries", "--search", "DETENTION")}
    assert "emn-ahq-2024-cz-alternatives-detention" in detention
    assert "emn-ahq-2023-fi-customer-service-crisis" not in detention


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("queries", "--since", "2024-13"), "--since takes a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            ("queries", "--country", "xx"),
            "unknown country 'xx' (give an EMN country code such as CZ, or a name such as Czechia)",
        ),
        (("queries", "--search", " "), "--search text is empty"),
        (
            ("country", "zz"),
            "unknown country 'zz' (give an EMN country code such as CZ, or a name such as Czechia)",
        ),
        (("findings", "-q", "nothing-like-it"), "unknown query 'nothing-like-it'"),
        (("findings", "-q", "emn-ahq-2024-fi"), "'emn-ahq-2024-fi' starts 2 query ids"),
    ],
)
def test_bad_choices_are_usage_errors(args: tuple[str, ...], message: str) -> None:
    done = main_text(*args)
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith("adhocq: usage error: ") and message in done.stderr


def test_everything_about_one_country() -> None:
    about = rows("country", "GR")
    roles = {"answered", "named", "asked", "requested", "not listed", "not known"}
    assert {row["appears"] for row in about} == roles
    asked = [row["query"] for row in about if row["appears"] == "asked"]
    assert asked == ["emn-ahq-2024-el-language-courses-integration"]  # Greece asked it
    named = [row for row in about if row["query"] == "emn-ahq-2024-nl-au-pair-regulations"]
    assert named and named[0]["appears"] == "named"  # printed GR in that summary
    cz = rows("country", "cz")
    service = [row for row in cz if row["query"] == "emn-ahq-2023-fi-customer-service-crisis"]
    assert [row["finding"] for row in service] == [
        "", "measure:staffing", "measure:training", "measure:psychological-support",
        "measure:stakeholder-coordination",
    ]  # fmt: skip


def test_a_query_is_chosen_by_id_or_unique_start() -> None:
    chosen = rows("findings", "-q", "EMN-AHQ-2024-FR-FAMILY")
    assert [row["id"] for row in chosen] == ["no-waiting-period"]
    env = {"ADHOCQ_QUERY": "emn-ahq-2024-fr-family-reunification-waiting-period"}
    assert rows("findings", env=env) == chosen
    assert rows("countries", "--offers-service")[0]["code"] == "AT"  # the default query


def test_a_folder_without_a_default_asks_for_a_query(folder: Path) -> None:
    done = main_text("findings", "--data", str(folder))
    assert done.returncode == 2
    assert "holds 2 queries and declares no default: choose one with --query ID" in done.stderr
    assert "test-query" in done.stderr
    assert rows("findings", "--data", str(folder), "-q", "test-q")[0]["id"] == "demand"
    assert {row["id"] for row in rows("queries", "--data", str(folder))} == {
        "test-query", adhocq.load(DATA / "second.toml").query.id,
    }  # fmt: skip


def test_several_paths_in_adhocq_data(
    folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("other") / "hostile.toml"
    shutil.copy(DATA / "minimal.toml", other)
    text = other.read_text(encoding="utf-8").replace('id = "test-query"', 'id = "third"')
    other.write_text(text, encoding="utf-8")
    import os

    listed = rows("queries", env={"ADHOCQ_DATA": os.pathsep.join([str(folder), str(other)])})
    assert len(listed) == 3


def test_a_duplicate_query_id_names_both_files(folder: Path) -> None:
    shutil.copy(folder / "minimal.toml", folder / "copy.toml")
    with pytest.raises(adhocq.DataError) as caught:
        load_corpus([folder])
    message = str(caught.value)
    assert "duplicate query id 'test-query'" in message
    assert str(folder / "minimal.toml") in message and str(folder / "copy.toml") in message
    done = main_text("validate", str(folder))
    assert done.returncode == 1 and "duplicate query id 'test-query'" in done.stderr
    line = next(n for n, text in enumerate(DATA.joinpath("minimal.toml").read_text().split("\n"), 1)
                if text.startswith("id = "))  # fmt: skip
    assert f"{folder / 'minimal.toml'}:{line}: duplicate query id" in done.stderr


def test_search_covers_every_query_unless_one_is_chosen() -> None:
    everywhere = rows("search", "detention")
    assert len({row["query"] for row in everywhere}) >= 2
    assert "emn-ahq-2024-cz-alternatives-detention" in {row["query"] for row in everywhere}
    one = rows("search", "detention", "-q", "emn-ahq-2024-cz-alt")
    assert one and {row["query"] for row in one} == {"emn-ahq-2024-cz-alternatives-detention"}
    assert one == [row for row in everywhere if row["query"] == one[0]["query"]]


def test_matrix_of_countries_by_queries() -> None:
    grid = rows("matrix", "--queries")
    assert len(grid) == 37 and list(grid[0])[:2] == ["code", "name"]  # with UK, DK and CH
    assert set(list(grid[0])[2:]) == BUNDLED_IDS  # one column per query, no total
    cz = next(row for row in grid if row["code"] == "CZ")
    assert cz["emn-ahq-2023-fi-customer-service-crisis"] == "answered"
    assert cz["emn-ahq-2024-fi-citizenship-tests"] == "named"
    assert cz["emn-ahq-2024-fr-public-order-sponsor"] == ""
    with_totals = rows("matrix", "--queries", "--totals")
    assert next(r for r in with_totals if r["code"] == "CZ")["total"] == str(
        sum(1 for key, value in cz.items() if key not in ("code", "name") and value)
    )
    bad = main_text("matrix", "--queries", "--category", "preparedness")
    assert bad.returncode == 2 and "takes no --category" in bad.stderr


def test_count_by_query() -> None:
    counted = {row["query"]: row for row in rows("count", "--by", "query")}
    assert set(counted) == BUNDLED_IDS
    service = counted["emn-ahq-2023-fi-customer-service-crisis"]
    assert (service["respondents"], service["listed"], service["count"]) == ("19", "19", "19")
    public_order = counted["emn-ahq-2024-fr-public-order-sponsor"]
    assert (public_order["respondents"], public_order["listed"]) == ("25", "")
    assert public_order["countries"].split(";") == ["BE", "EL"]
    bad = main_text("count", "--by", "query", "-q", "emn-ahq-2024-fr")
    assert bad.returncode == 2 and "takes no --query" in bad.stderr


def test_info_describes_the_dataset_unless_a_query_is_chosen(folder: Path) -> None:
    import json

    whole = json.loads(main_text("info", "-f", "json").stdout)
    assert whole["queries"] == len(BUNDLED_IDS) and set(whole["query_ids"]) == BUNDLED_IDS
    assert whole["default_query"] == "emn-ahq-2023-fi-customer-service-crisis"
    assert whole["first_published"] <= "2023-01-01" < whole["last_published"]
    kinds = ("complete", "excerpts", "listings", "headers")
    assert sum(whole[kind] for kind in kinds) == whole["queries"]
    one = json.loads(main_text("info", "-q", "emn-ahq-2024-cz-alt", "-f", "json").stdout)
    assert one["id"] == "emn-ahq-2024-cz-alternatives-detention" and one["respondent_count"] == 18
    pair = json.loads(main_text("info", "--data", str(folder), "-f", "json").stdout)
    assert pair["queries"] == 2 and pair["default_query"] is None
    single = json.loads(
        main_text("info", "--data", str(folder / "minimal.toml"), "-f", "json").stdout
    )
    assert single["id"] == "test-query"


def test_one_default_query_at_most(folder: Path) -> None:
    for name in ("minimal.toml", "second.toml"):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("[query]\n", "[query]\ndefault = true\n", 1), encoding="utf-8")
    done = main_text("validate", str(folder))
    assert done.returncode == 1
    assert f"{folder / 'second.toml'}:" in done.stderr
    assert (
        f"a second default query: {folder / 'minimal.toml'} is the default already" in done.stderr
    )
    shutil.copy(DATA / "minimal.toml", folder / "minimal.toml")  # one default: it is the default
    chosen = rows("findings", "--data", str(folder))
    kinds = {kind.id for kind in adhocq.load(DATA / "second.toml").finding_kinds}
    assert {row["kind"] for row in chosen} == kinds


@pytest.mark.parametrize("target", ["./", "/"])
def test_export_onto_a_folder_name_is_a_usage_error(target: str) -> None:
    done = main_text("export", "--sqlite", target)
    assert done.returncode == 2 and "is a directory; give a file name" in done.stderr


def test_dates_coverage_and_topics_combine() -> None:
    chosen = rows(
        "queries", "--since", "2009", "--until", "2013", "--coverage", "header",
        "--topic", "citizenship,integration",
    )  # fmt: skip
    assert [row["id"] for row in chosen] == [
        "emn-ahq-2012-at-citizenship-test",
        "emn-ahq-2012-de-linguistic-integration-programmes",
    ]
    assert all("integration" in row["topics"].split(";") for row in chosen)
    bad = main_text("queries", "--topic", "citizen")
    assert bad.returncode == 2 and "unknown topic 'citizen'" in bad.stderr

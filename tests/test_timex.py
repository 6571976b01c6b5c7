"""Time expressions normalised against the report's date (issue 3, item 3)."""

from __future__ import annotations

import pytest

from storylens.timex import find


@pytest.mark.parametrize(
    ("text", "language", "reference", "expected"),
    [
        ("Im Januar 2022 begann der Einsatz.", "de", None, [("Im Januar 2022", "2022-01")]),
        ("Anfang Januar begann der Einsatz.", "de", "2022-06-15", [("Anfang Januar", "2022-01")]),
        ("Im vergangenen Monat starben drei.", "de", "2022-06-15", [("vergangenen Monat", "2022-05")]),
        ("Vor zwei Monaten starben drei.", "de", "2022-01-15", [("Vor zwei Monaten", "2021-11")]),
        ("Ende vergangenen Jahres starben drei.", "de", "2022-06-15", [("vergangenen Jahres", "2021")]),
        ("Im vergangenen Dezember starben drei.", "de", "2022-06-15", [("vergangenen Dezember", "2021-12")]),
        ("Last March, three died.", "en", "2022-06-15", [("Last March", "2022-03")]),
        ("Last March, three died.", "en", "2022-02-15", [("Last March", "2021-03")]),
        ("Elections are due next May.", "en", "2022-06-15", [("next May", "2023-05")]),
        ("In early March, three died.", "en", "2022-06-15", [("early March", "2022-03")]),
        ("Earlier this year, three died.", "en", "2022-06-15", [("this year", "2022")]),
        # a later month than the report's is this year's ahead or last year's gone: its year stays open
        ("Auf dem Höhepunkt der Hitzewelle im Juli wurde es heiß.", "de", "2024-04-29", [("im Juli", None)]),
        # a month is a time only after a word that makes it one, or with its year
        ("August Diehl spielt mit.", "de", "2022-06-15", []),
        ("You may go, and they march on.", "en", "2022-06-15", []),
    ],
)
def test_months_and_periods(text: str, language: str, reference: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert [(t.text, t.value) for t in find(text, reference, language)] == expected


def test_days_stay_as_they_were() -> None:
    assert [(t.text, t.value) for t in find("Am 6. Januar 2022 begann der Einsatz.", None, "de")] == [("6. Januar 2022", "2022-01-06")]
    assert [(t.text, t.value) for t in find("On March 5, three died.", "2022-06-15", "en")] == [("March 5", "2022-03-05")]

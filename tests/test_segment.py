"""Sentence boundaries with offsets (German and English)."""

from __future__ import annotations

import pytest

from storylens.segment import sentences

CASES_DE = [
    ("Er kam am 6. Januar an. Dann ging er.", ["Er kam am 6. Januar an.", "Dann ging er."]),
    ("Das war z.B. gut. Dr. Meier sah es anders.", ["Das war z.B. gut.", "Dr. Meier sah es anders."]),
    ("Der Verein stieg in die 3. Liga ab. Alle waren traurig.", ["Der Verein stieg in die 3. Liga ab.", "Alle waren traurig."]),
    ("Nach dem 19. Lebensjahr ändert sich das. So ist es.", ["Nach dem 19. Lebensjahr ändert sich das.", "So ist es."]),
    ("„Wir bleiben hier.“ Das sagte sie.", ["„Wir bleiben hier.“", "Das sagte sie."]),
    ("„Kommt ihr?“, fragte er. Niemand antwortete.", ["„Kommt ihr?“, fragte er.", "Niemand antwortete."]),
    ("Die Zahl stieg auf 1.200 Menschen. Es gab ca. 30 Verletzte.", ["Die Zahl stieg auf 1.200 Menschen.", "Es gab ca. 30 Verletzte."]),
    ("Überschrift ohne Punkt\n\nDer Text beginnt hier.", ["Überschrift ohne Punkt", "Der Text beginnt hier."]),
    ("Sie haben sich getroffen.Danach sprach er.", ["Sie haben sich getroffen.", "Danach sprach er."]),
    ("Im Jahr 2022. Danach kam nichts.", ["Im Jahr 2022.", "Danach kam nichts."]),
    ("Er las »Die Blechtrommel«. Sie las nichts.", ["Er las »Die Blechtrommel«.", "Sie las nichts."]),
    ("George W. Bush kam. Er sprach.", ["George W. Bush kam.", "Er sprach."]),
    ("Ab Montag (8. Juni) gilt das. Dann nicht.", ["Ab Montag (8. Juni) gilt das.", "Dann nicht."]),
]

CASES_EN = [
    ("Mr. Smith arrived at 5 p.m. on Monday. He left.", ["Mr. Smith arrived at 5 p.m. on Monday.", "He left."]),
    ('"We will stay," she said. Nobody moved.', ['"We will stay," she said.', "Nobody moved."]),
    ("The U.S. Army arrived. It was late.", ["The U.S. Army arrived.", "It was late."]),
    # a company's suffix may close a sentence: before a word that opens one, it does
    ("HP will buy Norden Data Inc. That company builds data centres.", ["HP will buy Norden Data Inc.", "That company builds data centres."]),
    ("Norden Data Inc. Chairman Al Roe spoke.", ["Norden Data Inc. Chairman Al Roe spoke."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_DE)
def test_german_sentences(text: str, expected: list[str]) -> None:
    assert [s.text_of(text) for s in sentences(text, "de")] == expected


@pytest.mark.parametrize(("text", "expected"), CASES_EN)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert [s.text_of(text) for s in sentences(text, "en")] == expected


def test_offsets_point_into_text() -> None:
    text = "  Eins. Zwei!\n\nDrei?  "
    spans = sentences(text, "de")
    assert [(s.start, s.end) for s in spans] == [(2, 7), (8, 13), (15, 20)]

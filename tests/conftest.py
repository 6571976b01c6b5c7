"""Shared fixtures: paths to ../shared/corpus and small helpers to write test inputs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """../shared/corpus; CI always has it, elsewhere tests that need it are skipped."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing on CI")
        pytest.skip(f"{SHARED} not present")
    return SHARED


@pytest.fixture()
def write(tmp_path: Path):
    """Write a file under tmp_path: write("a.txt", "text") or write("a.bin", b"bytes")."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_bytes(content.encode(encoding))
        else:
            path.write_bytes(content)
        return path

    return _write


# Invented reports of three events: a flood in a town, a second flood there two months later (the
# same town, mayor and river: a related story, not the same one) and a football match.
RELATED_EVENTS = {
    "flut-maerz": [
        ("Hochwasser in Kornbach: Bürgermeisterin Anna Felsmann ruft Katastrophenfall aus",
         "2024-03-04", "Die Lauter ist in Kornbach über die Ufer getreten. Bürgermeisterin Anna Felsmann rief den "
         "Katastrophenfall aus, die Feuerwehr evakuierte 300 Anwohner aus der Altstadt. Der Pegel der Lauter stieg "
         "auf 4,20 Meter, Sandsäcke wurden an den Deich gebracht."),
        ("Kornbach kämpft gegen die Lauter", "2024-03-05", "In Kornbach sinkt der Pegel der Lauter nur langsam. "
         "Anna Felsmann dankte der Feuerwehr, die den Deich mit Sandsäcken hielt. Die evakuierten Anwohner der "
         "Altstadt dürfen noch nicht zurück."),
    ],
    "flut-mai": [
        ("Schon wieder Hochwasser: Lauter überflutet Kornbach", "2024-05-12", "Zum zweiten Mal in diesem Jahr "
         "steht die Altstadt von Kornbach unter Wasser. Der Pegel der Lauter erreichte 3,90 Meter, Bürgermeisterin "
         "Anna Felsmann forderte einen höheren Deich. Die Feuerwehr brachte 120 Anwohner in Sicherheit."),
        ("Kornbach: Felsmann will neuen Deich an der Lauter", "2024-05-13", "Nach dem erneuten Hochwasser verlangt "
         "Anna Felsmann vom Land Geld für einen neuen Deich an der Lauter. Die Feuerwehr pumpte in der Altstadt "
         "von Kornbach die Keller leer."),
    ],
    # one report, weeks later, of what came of the second flood: a satellite of the May story
    "deich-juli": [
        ("Kornbach bekommt seinen neuen Deich", "2024-07-22", "Das Land übernimmt die Kosten für den neuen Deich "
         "an der Lauter, den Anna Felsmann nach dem Hochwasser im Mai gefordert hatte. Der Bau in Kornbach soll im "
         "Herbst beginnen, die Bürgermeisterin sprach von einem guten Tag für die Stadt."),
    ],
    "derby": [
        ("Derbysieg für Eintracht Wiesenfeld", "2024-05-12", "Eintracht Wiesenfeld hat das Derby gegen den SC "
         "Hohenau mit 3:1 gewonnen. Trainer Malte Grieß lobte die Abwehr, Stürmer Jonas Pekel traf zweimal vor "
         "12.000 Zuschauern."),
        ("Wiesenfeld feiert Derbysieg", "2024-05-13", "Nach dem 3:1 gegen Hohenau feierten die Fans von Eintracht "
         "Wiesenfeld bis in die Nacht. Malte Grieß sprach vom besten Spiel der Saison, Jonas Pekel von einem "
         "Traum."),
    ],
}


def write_related_events(folder: Path, events: tuple[str, ...] = ("flut-maerz", "flut-mai", "derby")) -> None:
    """Write the invented reports of ``events`` as JSON files into ``folder``."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for event in events:
        for n, (title, date, text) in enumerate(RELATED_EVENTS[event], 1):
            (folder / f"{event}-{n}.json").write_text(json.dumps({"id": f"{event}-{n}", "title": title, "published": date,
                                                                  "text": text, "language": "de"}, ensure_ascii=False), encoding="utf-8")

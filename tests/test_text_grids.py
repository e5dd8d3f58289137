"""A table inside one text value (a pasted spreadsheet range, a Markdown table, an HTML
table as :mod:`detectors.unescape` reads it): each cell judged under its column's name
(:mod:`detectors.text_grids`)."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.text_grids import TextGridDetector


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.fixture(scope="module")
def grids_only() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("text_grids",)))


def _found(engine: Engine, text: str) -> list[tuple[str, str]]:
    rows = engine.scan([{"notes": text}], source="t").findings.to_pylist()
    return [(r["entity"], text[r["start"] : r["end"]]) for r in rows]


PASTED = (
    "Pasted from the export:\n"
    "Patient\tMRN\tPhone\tProcedure\n"
    "Ruth Abernathy\t00482913\t(503) 555-0142\tColonoscopy\n"
    "Samuel Idowu\t00519377\t\tUpper endoscopy\n"
)
MARKDOWN = (
    "Here are tomorrow's bookings:\n\n"
    "| Patient | Time | Procedure |\n"
    "|:--------|------|-----------|\n"
    "| Ruth Abernathy | 10/21/2024 9:00 AM | Colonoscopy |\n"
    "| Samuel Idowu | 10/21/2024 10:30 AM | Upper endoscopy |\n"
)
HTML = (
    "<table><thead><tr><th>Name</th><th>DOB</th><th>Diagnosis</th></tr></thead>"
    "<tbody><tr><td>Jane Roe</td><td>03/14/1985</td><td>asthma</td></tr>"
    "<tr><td>Marisol Vega</td><td>10/21/1971</td><td>COPD</td></tr></tbody></table>"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PASTED,
            [("NAME", "Ruth Abernathy"), ("MRN", "00482913"), ("PHONE", "(503) 555-0142"),
             ("NAME", "Samuel Idowu"), ("MRN", "00519377")],
        ),
        (MARKDOWN, [("NAME", "Ruth Abernathy"), ("NAME", "Samuel Idowu")]),
        # a bare Name column beside a date of birth is the person's
        (
            HTML,
            [("NAME", "Jane Roe"), ("DATE", "03/14/1985"), ("NAME", "Marisol Vega"),
             ("DATE", "10/21/1971")],
        ),
    ],
)  # fmt: skip
def test_a_rows_cells_are_read_under_their_columns(
    grids_only: Engine, text: str, expected: list
) -> None:
    assert _found(grids_only, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no column of an identifier: a campaign report, a product list
        "Campaign\tClicks\tCost\nDiabetes Spring\t120\t45.10\nHeart Month\t88\t30.00",
        "Name\tSKU\tPrice\nGlucose Test Strips\tGTS-50\t24.99",
        # two pipes without a Markdown rule under them are prose
        "Patient | Owner\nRuth Abernathy | marketing",
        # a row with another count of cells ends the table
        "Patient\tPhone\nsee the attached list of today's calls",
        # a directory of clinics: its places and lines are no person's table
        "Location\tAddress\tPhone\nLakeside Clinic\t1200 Main St\t(503) 555-0100",
        # a listing's name that ends in an organisation's word is no person's
        "Patient\tMRN\nLakeside Imaging Center\tnone",
        # the header line's labels are words, not values
        "Jane Roe\t03/14/1985\nRuth Abernathy\t10/21/1971",
    ],
)
def test_what_is_no_persons_table(grids_only: Engine, text: str) -> None:
    assert _found(grids_only, text) == []


def test_the_whole_engine_makes_a_pasted_schedule_phi(engine: Engine) -> None:
    """Without the table the row was PHI by its dates and conditions, with no name: the
    redacted copy kept both patients' names."""
    assert engine.scan([{"HtmlBody": HTML}], source="t").phi[0]
    names = [v for e, v in _found(engine, HTML) if e == "NAME"]
    assert names == ["Jane Roe", "Marisol Vega"]


def test_the_detector_is_registered_like_the_others(engine: Engine) -> None:
    assert TextGridDetector().name in {d.name for d in engine.detectors}

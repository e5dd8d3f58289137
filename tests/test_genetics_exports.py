"""Genetic counselling exports' shapes (detectors/genetics_exports.py): a pedigree's
relatives' names and family id, and a variant reference table's dates."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors.field_names import profile_path
from detectors.genetics_exports import pedigree_columns, variant_reference_dates


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # pedigreejs/CanRisk-like JSON: each individual points to its mother and father
        (
            {
                "famid": "GC-2024-00871",
                "pedigree": [
                    {"name": "ch1", "display_name": "Megan Sorensen", "sex": "F",
                     "mother": "f21", "father": "m21", "proband": True},
                    {"name": "f21", "display_name": "Karen Sorensen", "sex": "F"},
                ],
            },
            {
                ("famid", "OTHER_ID"),
                ("pedigree[0].display_name", "NAME"),
                ("pedigree[1].display_name", "NAME"),
            },
        ),
        # a CanRisk input file's or a linkage PED file's columns, flat
        (
            {"FamID": "GC00871", "IndivID": "ch1", "FathID": "m21", "MothID": "f21", "Sex": "F"},
            {("FamID", "OTHER_ID")},
        ),
        (
            {"family_id": "FAM-1187", "individual_id": "3", "paternal_id": "1",
             "maternal_id": "2", "sex": "2", "phenotype": "2"},
            {("family_id", "OTHER_ID")},
        ),
        # a family record that names its proband: a Progeny-like individual row, a cascade
        # tracker
        (
            {"Pedigree ID": "PED-000412", "Relationship to Proband": "Maternal Grandmother"},
            {("Pedigree ID", "OTHER_ID")},
        ),
        (
            {"Family ID": "FAM-1187", "Proband MRN": "007720391"},
            {("Family ID", "OTHER_ID"), ("Proband MRN", "MRN")},
        ),
        # a family tree's people, their parents by id
        (
            {"people": [{"displayName": "Ruth Lindqvist", "motherId": "p2", "fatherId": "p3"}]},
            {("people[0].displayName", "NAME")},
        ),
    ],
)  # fmt: skip
def test_pedigree_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # no parent pointers, or only one of them: an app's display name, a product
        # family's id, a tree's node
        {"display_name": "Sunrise Wellness App", "family_id": "FAM-1187"},
        {"pedigree": [{"display_name": "Megan Sorensen", "mother": "f21"}]},
        {"nodes": [{"display_name": "Root Node", "parent_id": "n1"}]},
        {"product": {"family_id": "PF-22", "display_name": "Saliva Kit"}},
        # a household's or a product family's id without a proband or pointers
        {"Family ID": "FAM-1187", "Household Size": "4"},
        # a pedigree's individual ids and pointers themselves
        {"IndivID": "ch1", "FathID": "m21", "MothID": "f21"},
    ],
)  # fmt: skip
def test_not_pedigree_columns(engine_no_ner, record: dict) -> None:
    assert found_fields(engine_no_ner, record) == set()


def test_pedigree_family_id_only_at_the_top_or_beside_the_pointers() -> None:
    paths = ["study.family_id", "pedigree[0].mother", "pedigree[0].father", "famid"]
    assert pedigree_columns(paths) == [(3, "OTHER_ID")]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # ClinVar-like reference rows: the classification's dates are the table's
        (
            {"VariationID": "51579", "GeneSymbol": "BRCA2",
             "ClinicalSignificance": "Pathogenic", "ReviewStatus": "reviewed by expert panel",
             "LastEvaluated": "Sep 08, 2016"},
            {("GeneSymbol", "HEALTH_CONDITION")},
        ),
        (
            {"variation_id": "55601", "gene": "BRCA1", "clinical_significance": "Pathogenic",
             "review_status": "reviewed by expert panel", "last_evaluated": "2023-04-11"},
            {("gene", "HEALTH_CONDITION")},
        ),
    ],
)  # fmt: skip
def test_variant_reference_dates(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # a patient's variant report keeps its dates: it names its patient
        {"patient_name": "Grace Okafor", "clinical_significance": "Pathogenic",
         "review_status": "final", "collected": "2024-10-31", "gene": "PALB2"},
        # a significance without a reference database's column is a lab's result row
        {"clinical_significance": "Pathogenic", "collected": "2024-10-31", "gene": "PALB2"},
    ],
)  # fmt: skip
def test_not_variant_reference_dates(engine_no_ner, record: dict) -> None:
    found = found_fields(engine_no_ner, record)
    dated = {f for f, e in found if e == "DATE"}
    assert dated == {"collected"}


def test_variant_reference_dates_reads_paths_alone() -> None:
    paths = ["AlleleID", "ClinicalSignificance", "LastEvaluated", "PhenotypeList"]
    assert variant_reference_dates(paths, [profile_path(p) for p in paths]) == [2]
    person = [*paths, "patient_name"]
    assert variant_reference_dates(person, [profile_path(p) for p in person]) == []

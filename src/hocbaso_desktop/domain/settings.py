"""Evaluation settings: every rule of domain.md that is [unverified] or "Open:" and changes a result.

Each field carries the default that domain.md states ("Meanwhile: …"). A result that depended on a
setting names it (``settings_used`` and a reason), so a printed result can be traced to the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

YearAverageSource = Literal["rounded", "raw"]
CommentSubjectRule = Literal["all_dat", "final_and_two_thirds"]


@dataclass(frozen=True)
class EvaluationSettings:
    """The open points of TT27/TT22 as explicit, documented choices (defaults from domain.md §8)."""

    # §2.5, §8.7: TT30/2014 forbade a KTĐK score of 0; whether TT27 keeps that is open. Default: 1–10.
    primary_allow_zero_score: bool = False
    # §2.2, §8.7: "Tin học và Công nghệ" as one row with one KTĐK score (default) or two tested parts.
    split_thcn: bool = False
    # §3.5, §8.8: ĐTBmcn from the rounded ĐTBmhk printed in the học bạ (default) or from the raw values.
    year_average_from: YearAverageSource = "rounded"
    # §3.5, §8.8: a comment subject's semester is Đạt when every required assessment is Đạt (default),
    # or when the end-of-semester one is Đạt and at least 2/3 are Đạt.
    comment_subject_rule: CommentSubjectRule = "all_dat"
    # §3.6, §8.8: the one-subject adjustment also applies when the culprit is a comment subject at Chưa đạt.
    adjustment_covers_comment_subjects: bool = True
    # §3.3, §8.8: each chuyên đề học tập result (THPT) counts as one extra ĐĐGtx of its subject.
    chuyen_de_counts_as_regular: bool = True
    # §3.5, §3.10, §8.8: exempt ("M") subjects are left out of the classification counts (default);
    # False sends any student with an exempt subject to manual review instead.
    exempt_subjects_excluded: bool = True

    def describe(self, name: str) -> str:
        """Return "name=value" for a field, the form used in ``settings_used``."""
        return f"{name}={getattr(self, name)}"

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        """Return the names of all settings, in declaration order."""
        return tuple(f.name for f in fields(cls))


DEFAULT_SETTINGS = EvaluationSettings()
DEFAULT = DEFAULT_SETTINGS

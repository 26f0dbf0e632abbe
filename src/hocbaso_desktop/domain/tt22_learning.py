"""TT22 learning result (kết quả học tập) of a semester or a year, with the one-subject adjustment.

domain.md §3.6 (Art 9.2–9.3). Thresholds compare the rounded averages printed in the học bạ. The
adjustment raises a level by exactly one when it fell two or more levels solely because of one subject:
there is exactly one subject whose replacement by a compliant value (score 10 / Đạt) raises the result by
≥ 2 levels, and fixing no other single subject raises it at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from hocbaso_desktop.domain.assessment import EXEMPT
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.settings import EvaluationSettings

LEVELS = ("CĐ", "Đ", "K", "T")  # index 0..3: Chưa đạt, Đạt, Khá, Tốt (data-dictionary codes)
LEVEL_NAMES = {"T": N_("Tốt"), "K": N_("Khá"), "Đ": N_("Đạt"), "CĐ": N_("Chưa đạt")}
MIN_SCORED_SUBJECTS = 6
_D80, _D65, _D50, _D35, _TEN = Decimal("8.0"), Decimal("6.5"), Decimal("5.0"), Decimal("3.5"), Decimal(10)


@dataclass(frozen=True)
class Graded:
    """One subject's result entering the classification: a rounded score, or a comment Đạt/Chưa đạt."""

    name: str
    kind: Literal["score", "comment"]
    score: Decimal | None = None
    passed: bool = True


@dataclass(frozen=True)
class LearningOutcome:
    """A learning level (code in LEVELS, or None for manual review) and how it was reached."""

    level: str | None
    adjusted: bool
    manual_review: bool
    reasons: tuple[str, ...]
    settings_used: tuple[str, ...]


def classify(graded: Sequence[Graded]) -> int:
    """Return the level index (0 Chưa đạt … 3 Tốt) of criteria a/b of §3.6, without adjustment."""
    scores = [g.score for g in graded if g.kind == "score" and g.score is not None]
    return _level(scores, sum(1 for g in graded if g.kind == "comment" and not g.passed))


def _level(scores: Sequence[Decimal], failed: int) -> int:
    lowest = min(scores) if scores else _TEN
    if failed == 0 and lowest >= _D65 and sum(1 for s in scores if s >= _D80) >= MIN_SCORED_SUBJECTS:
        return 3
    if failed == 0 and lowest >= _D50 and sum(1 for s in scores if s >= _D65) >= MIN_SCORED_SUBJECTS:
        return 2
    if failed <= 1 and lowest >= _D35 and sum(1 for s in scores if s >= _D50) >= MIN_SCORED_SUBJECTS:
        return 1
    return 0


def _gains(graded: Sequence[Graded], base: int) -> list[int]:
    """For each subject, the level gained by replacing it with a compliant value (score 10 / Đạt)."""
    scores = [g.score for g in graded if g.kind == "score" and g.score is not None]
    failed = sum(1 for g in graded if g.kind == "comment" and not g.passed)
    gains: list[int] = []
    position = 0
    for g in graded:
        if g.kind == "comment":
            gains.append(_level(scores, failed - 1) - base if not g.passed else 0)
            continue
        score = g.score if g.score is not None else _TEN
        # A score ≥ 8.0 already meets every threshold, so replacing it by 10 cannot change the level.
        if score < _D80:
            fixed = [*scores[:position], _TEN, *scores[position + 1:]]
            gains.append(_level(fixed, failed) - base)
        else:
            gains.append(0)
        position += 1
    return gains


def learning_level(graded: Sequence[Graded], settings: EvaluationSettings, label: str) -> LearningOutcome:
    """Classify `graded` (exempt subjects already removed) and apply the adjustment; `label` names the period."""
    if sum(1 for g in graded if g.kind == "score") < MIN_SCORED_SUBJECTS:
        return LearningOutcome(None, False, True, (
            _("{p}: ít hơn 6 môn tính điểm nên không xếp được mức học tập theo quy định; cần xem xét thủ công.",
              p=label),), ())
    base = classify(graded)
    reasons = [_("{p}: học tập {lv} theo tiêu chí.", p=label, lv=_(LEVEL_NAMES[LEVELS[base]])), *_why_not(base, graded)]  # i18n: table
    gains = _gains(graded, base) if base < 3 else [0] * len(graded)
    culprits = [i for i, gain in enumerate(gains) if gain >= 2]
    if len(culprits) != 1 or sum(1 for gain in gains if gain > 0) != 1:
        return LearningOutcome(LEVELS[base], False, False, tuple(reasons), ())
    culprit = graded[culprits[0]]
    used: tuple[str, ...] = ()
    if culprit.kind == "comment":
        used = (settings.describe("adjustment_covers_comment_subjects"),)
        if not settings.adjustment_covers_comment_subjects:
            reasons.append(_("{p}: không điều chỉnh vì môn gây giảm mức ({n}) là môn đánh giá bằng nhận xét "
                             "(theo cài đặt của trường: không điều chỉnh khi môn đó đánh giá bằng nhận xét).", p=label, n=culprit.name))
            return LearningOutcome(LEVELS[base], False, False, tuple(reasons), used)
    raised = LEVELS[base + 1]
    reasons.append(_("{p}: mức học tập bị giảm từ hai mức trở lên chỉ do môn {n} nên được điều chỉnh lên mức liền "
                     "kề: {lv}.", p=label, n=culprit.name, lv=_(LEVEL_NAMES[raised])))  # i18n: table
    if used:
        reasons[-1] += " " + _("(theo cài đặt của trường: điều chỉnh cả khi môn đó đánh giá bằng nhận xét)")
    return LearningOutcome(raised, True, False, tuple(reasons), used)


def _why_not(level: int, graded: Sequence[Graded]) -> list[str]:
    """Explain which condition kept the result below the next level."""
    if level == 3:
        return []
    floor, count_at, needs = ((_D65, _D80, 0), (_D50, _D65, 0), (_D35, _D50, 1))[2 - level]
    failed = [g.name for g in graded if g.kind == "comment" and not g.passed]
    scored = [g for g in graded if g.kind == "score" and g.score is not None]
    next_name = _(LEVEL_NAMES[LEVELS[level + 1]])  # i18n: table
    out: list[str] = []
    if len(failed) > needs:
        out.append(_("Môn {n} Chưa đạt nên không đạt mức {lv}.", n=", ".join(failed), lv=next_name))
    low = [f"{g.name} {g.score}" for g in scored if g.score is not None and g.score < floor]
    if low:
        out.append(_("Môn dưới {f}: {s} nên không đạt mức {lv}.", f=floor, s=", ".join(low), lv=next_name))
    reached = sum(1 for g in scored if g.score is not None and g.score >= count_at)
    if reached < MIN_SCORED_SUBJECTS:
        out.append(_("Chỉ có {k} môn đạt từ {t} trở lên (cần 6) nên không đạt mức {lv}.", k=reached, t=count_at,
                     lv=next_name))
    return out


def graded_for(specs: Sequence[SubjectSpec], values: Sequence[str | None]) -> list[Graded] | None:
    """Turn results into classification inputs; None if any is missing; exempt ("M") subjects are dropped."""
    graded: list[Graded] = []
    for spec, value in zip(specs, values, strict=True):
        if value is None:
            return None
        if value == EXEMPT:
            continue
        if spec.kind == "comment":
            graded.append(Graded(spec.name, "comment", passed=value == "Đ"))
        else:
            graded.append(Graded(spec.name, "score", score=Decimal(value)))
    return graded


def learning_for(specs: Sequence[SubjectSpec], values: Sequence[str | None], settings: EvaluationSettings,
                 label: str) -> LearningOutcome:
    """The learning level of one period from its subject results ("7.6", "Đ", "CĐ", "M" or None)."""
    graded = graded_for(specs, values)
    if graded is None:
        return LearningOutcome(None, False, False, (_("{p}: chưa đủ kết quả các môn để xếp mức học tập.", p=label),),
                               ())
    if EXEMPT in values:
        used = (settings.describe("exempt_subjects_excluded"),)
        if not settings.exempt_subjects_excluded:
            return LearningOutcome(None, False, True, (_("{p}: có môn được miễn; cần xem xét thủ công (theo cài "
                                                         "đặt của trường: không bỏ qua môn được miễn).", p=label),), used)
        outcome = learning_level(graded, settings, label)
        return replace(outcome, settings_used=(*outcome.settings_used, *used))
    return learning_level(graded, settings, label)

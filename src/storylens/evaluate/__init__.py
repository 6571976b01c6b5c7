"""Quality measurement: each module scores one stage against data in ``../shared/corpus``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 from true positives, predictions and gold counts."""

    tp: float
    predicted: float
    gold: float

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """Rounded figures for reports."""
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}

#!/usr/bin/env python3
"""Seeded generator of synthetic IMNM patients (see imnm-workload.md).

A copy of the workload's own generator, kept byte-for-byte equal in what it
produces: same seeds, same draws in the same order.

    python gen_patients.py N SEED OUT.json     # write a JSON list
    from gen_patients import generate          # in-process use
"""

from __future__ import annotations

import json
import math
import random
import sys

ANTIBODIES = ("HMGCR", "SRP", "seronegative")
RESPONSES = ("none", "partial", "adequate")

CK_MIN, CK_MAX = 20.0, 50000.0

VERIFY_SEED, VERIFY_N = 1, 10_000
TIMING_SEED, TIMING_N = 2, 100_000


def generate(n: int, seed: int = 20240601) -> list[dict[str, object]]:
    """Return a list of n patient dicts. Deterministic for a given (n, seed)."""
    rng = random.Random(seed)
    lo, hi = math.log(CK_MIN), math.log(CK_MAX)
    out: list[dict[str, object]] = []
    for i in range(n):
        out.append({
            "id": i,
            "antibody": rng.choice(ANTIBODIES),
            "statin_exposure": rng.random() < 0.5,
            # log-uniform so that the 200 and 5000 thresholds are both exercised
            "ck_u_per_l": round(min(CK_MAX, max(CK_MIN, math.exp(rng.uniform(lo, hi)))), 1),
            "weight_kg": round(rng.uniform(35.0, 150.0), 1),
            "weeks_on_treatment": rng.randint(0, 60),
            "response": rng.choice(RESPONSES),
            "dysphagia": rng.random() < 0.3,
            "cancer": rng.random() < 0.1,
            "on_methotrexate": rng.random() < 0.4,
            "steroid_dose_mg_per_kg": round(rng.uniform(0.0, 1.5), 2),
        })
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20240601
    path = sys.argv[3] if len(sys.argv) > 3 else "-"
    data = generate(n, seed)
    if path == "-":
        json.dump(data, sys.stdout)
    else:
        with open(path, "w") as f:
            json.dump(data, f)

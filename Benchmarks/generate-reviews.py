#!/usr/bin/env python3
"""Writes N synthetic review records (seen-review/1) for benchmarks: seeded, so the same N gives
the same files; varied: 1 to 3 men, every answer kind, notes, roles and dates.

Usage: generate-reviews.py N FOLDER [SEED] [--cohorts K]

With --cohorts K, review number i is in the cohort "Cohort NNNNN" numbered i mod K, so that
`seen summary --by cohort` has exactly K groups (when N >= K); the other fields, and so every
other figure, are the same as without it.
"""
import json
import os
import random
import sys

PRACTICE = ["identified", "contacted", "views", "history", "substance-use", "mental-health",
            "domestic-abuse", "frustration", "pressures", "agency-checks", "crying-coping", "plan"]
KNOWLEDGE = ["childhood-adversity", "impulsivity", "substance-misuse", "mental-ill-health",
             "young-parent", "violence-control", "external-pressures"]
CASE = ["all-men-identified", "health-information", "supervision"]
QUESTIONS = ["confidence", "history", "substance-misuse", "abuse-and-mental-health", "check-in",
             "their-views", "how-you-know", "concern"]
RELATIONSHIPS = ["birth-father", "step-father", "partner", "other-male-carer", "unknown"]
ROLES = ["Health visitor", "Community midwife", "Social worker", "GP", "Family support worker"]
LABELS = ["Father", "Mother's partner", "Man C"]
NOTES = ["letter sent", "seen at the 6-week visit", "declined, will try an evening appointment",
         "GP asked, no reply yet", "mother's account only", "police check requested"]


def answer(rng, values):
    """An answer, sometimes missing, sometimes with a note."""
    roll = rng.random()
    if roll < 0.12:
        return None
    value = rng.choice(values)
    if rng.random() < 0.2:
        return {"answer": value, "note": rng.choice(NOTES)}
    return value


def record(rng, number, cohorts=None):
    men = []
    for index in range(rng.choice([1, 1, 1, 2, 2, 3])):
        answers = {}
        for item in PRACTICE:
            value = answer(rng, ["yes", "yes", "partly", "no", "unknown", "na"])
            if value is not None:
                answers[item] = value
        for item in KNOWLEDGE:
            value = answer(rng, ["present", "absent", "absent", "unknown"])
            if value is not None:
                answers[item] = value
        men.append({
            "label": LABELS[index],
            "relationship": rng.choice(RELATIONSHIPS) if index else "birth-father",
            "livesWithBaby": rng.choice([True, False, None]),
            "answers": answers,
        })
    case_answers = {}
    for item in CASE:
        value = answer(rng, ["yes", "partly", "no", "unknown"])
        if value is not None:
            case_answers[item] = value
    reflections = {q: "A reflection on question " + q for q in QUESTIONS if rng.random() < 0.25}
    result = {
        "format": "seen-review/1",
        "case": "BENCH-%06d" % number,
        "role": rng.choice(ROLES),
        "date": "2026-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
    }
    if cohorts:
        result["cohort"] = "Cohort %05d" % (number % cohorts)
    result.update({"men": men, "answers": case_answers, "reflections": reflections})
    return result


def main():
    args = sys.argv[1:]
    cohorts = None
    if "--cohorts" in args:
        at = args.index("--cohorts")
        if at + 1 >= len(args):
            sys.exit(__doc__)
        cohorts = int(args[at + 1])
        del args[at:at + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    count, folder = int(args[0]), args[1]
    seed = int(args[2]) if len(args) > 2 else 2021
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    for number in range(count):
        path = os.path.join(folder, "review-%06d.json" % number)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(record(rng, number, cohorts), handle, indent=2, ensure_ascii=False)
            handle.write("\n")


if __name__ == "__main__":
    main()

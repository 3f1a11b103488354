#!/usr/bin/env python3
"""Writes N synthetic review records (seen-review/1) for benchmarks: seeded, so the same N gives
the same files; varied: 1 to 3 men, every answer kind, notes, roles and dates.

Usage: generate-reviews.py N FOLDER [SEED] [--cohorts K] [--actions]

With --cohorts K, review number i is in the cohort "Cohort NNNNN" numbered i mod K, so that
`seen summary --by cohort` has exactly K groups (when N >= K); the other fields, and so every
other figure, are the same as without it.

With --actions, each record is a seen-review/5 and has 0 to 5 agreed actions (issue 16): an owner
from the content's roles, a due date from October 2026 to February 2027 (many shared, so that the
order by case reference and number is exercised), open, done (on or after a day near the due
date) or dropped, for one of its men or the case. They come from a random generator of their own,
seeded from SEED and the record's number, so that every other field is the same as without it
but one: "not applicable" on domestic-abuse, which seen-review/2 and later refuse, is "unknown".
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
OWNERS = ["Midwife", "Health visitor", "Social worker", "GP", "Family support worker",
          "Safeguarding lead", "Team manager"]
ACTION_ITEMS = [None, None, "agency-checks", "contacted", "plan", "health-information",
                "supervision", "domestic-abuse"]
ACTIONS = ["Ask the GP what is known of him", "Invite him to the next visit",
           "Request police checks", "Add him to the plan", "Bring the case to supervision",
           "Share the health records"]
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


def day(number):
    """The date `number` days after 2026-10-01, as year-month-day."""
    lengths = [31, 30, 31, 31, 28, 31]  # October 2026 to March 2027
    year, month = 2026, 10
    for length in lengths:
        if number < length:
            return "%04d-%02d-%02d" % (year, month, number + 1)
        number -= length
        month += 1
        if month == 13:
            year, month = 2027, 1
    raise ValueError("past March 2027")


def actions(rng, men):
    """0 to 5 agreed actions for a record with `men`."""
    result = []
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4, 5])):
        due = rng.randint(0, 150)
        action = {"what": rng.choice(ACTIONS)}
        if men and rng.random() < 0.7:
            action["for"] = rng.choice(men)["label"]
        action["owner"] = rng.choice(OWNERS)
        action["due"] = day(due)
        item = rng.choice(ACTION_ITEMS)
        if item:
            action["item"] = item
        roll = rng.random()
        if roll < 0.6:
            action["state"] = "open"
        elif roll < 0.85:
            action["state"] = "done"
            action["done"] = day(max(0, min(150, due + rng.randint(-10, 5))))
            if rng.random() < 0.5:
                action["note"] = rng.choice(NOTES)
        else:
            action["state"] = "dropped"
            action["reason"] = rng.choice(NOTES)
        result.append(action)
    return result


def record(rng, number, cohorts=None, seed=None):
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
    if seed is not None:
        result["format"] = "seen-review/5"
        for man in men:
            answers = man["answers"]
            value = answers.get("domestic-abuse")
            if value == "na":
                answers["domestic-abuse"] = "unknown"
            elif isinstance(value, dict) and value["answer"] == "na":
                value["answer"] = "unknown"
        result["actions"] = actions(random.Random("%d-%d" % (seed, number)), men)
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
    with_actions = "--actions" in args
    if with_actions:
        args.remove("--actions")
    if len(args) < 2:
        sys.exit(__doc__)
    count, folder = int(args[0]), args[1]
    seed = int(args[2]) if len(args) > 2 else 2021
    rng = random.Random(seed)
    os.makedirs(folder, exist_ok=True)
    for number in range(count):
        path = os.path.join(folder, "review-%06d.json" % number)
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(record(rng, number, cohorts, seed if with_actions else None), handle, indent=2, ensure_ascii=False)
            handle.write("\n")


if __name__ == "__main__":
    main()

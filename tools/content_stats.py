#!/usr/bin/env python3
"""Figures that say whether the shipped Checks and role-plays measure anything.

Reads the course files directly (courses/*/course.json) and asks the built careu for each
role-play's endings (careu scenario stats ID). Prints:
  - the share of Check questions whose right answer is the longest choice (and the shortest);
  - the mean length of right and wrong answers, in words and characters, and their ratio;
  - per lesson, how likely "always pick the longest answer" is to pass the Check at the first try
    (ties between equally long choices are broken at random);
  - per role-play, each ending's kind and the range of totals of the paths that reach it.

Usage: tools/content_stats.py [--courses DIR] [--careu PATH]
  --courses DIR  the content folder to read (default: courses/ beside this script's folder); when it
                 is not the shipped folder, careu reads its role-plays with --content DIR
  --careu PATH   the careu binary (default: $CAREU_BINARY, else build/app/careu); without one the
                 role-play figures are left out
Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def words(text):
    return len(text.split())


def longest_ids(choices):
    """The ids of the choices that share the greatest length in characters."""
    most = max(len(choice["text"]) for choice in choices)
    return [choice["id"] for choice in choices if len(choice["text"]) == most]


def shortest_ids(choices):
    """The ids of the choices that share the smallest length in characters."""
    least = min(len(choice["text"]) for choice in choices)
    return [choice["id"] for choice in choices if len(choice["text"]) == least]


def mean(values):
    return sum(values) / len(values) if values else 0.0


def check_figures(courses):
    questions = 0
    right_longest = 0
    right_shortest = 0
    right_words, wrong_words, right_chars, wrong_chars = [], [], [], []
    lessons = []
    for course in courses:
        for lesson in course["lessons"]:
            chance = 1.0
            for question in lesson["check"]:
                questions += 1
                answer = question["answer"]
                longest = longest_ids(question["choices"])
                if longest == [answer]:
                    right_longest += 1
                if shortest_ids(question["choices"]) == [answer]:
                    right_shortest += 1
                chance *= 1.0 / len(longest) if answer in longest else 0.0
                for choice in question["choices"]:
                    is_right = choice["id"] == answer
                    (right_words if is_right else wrong_words).append(words(choice["text"]))
                    (right_chars if is_right else wrong_chars).append(len(choice["text"]))
            lessons.append((course["id"], lesson["id"], len(lesson["check"]), chance))
    return {
        "questions": questions,
        "right_longest": right_longest,
        "right_shortest": right_shortest,
        "right_words": mean(right_words),
        "wrong_words": mean(wrong_words),
        "right_chars": mean(right_chars),
        "wrong_chars": mean(wrong_chars),
        "lessons": lessons,
    }


def print_checks(figures):
    q = figures["questions"]
    print("Check questions: %d" % q)
    print("  right answer is the longest choice (characters): %d of %d (%.0f%%)"
          % (figures["right_longest"], q, 100.0 * figures["right_longest"] / q if q else 0))
    print("  right answer is the shortest choice (characters): %d of %d (%.0f%%)"
          % (figures["right_shortest"], q, 100.0 * figures["right_shortest"] / q if q else 0))
    print("  mean answer length, right vs wrong: %.1f vs %.1f words (ratio %.2f), %.0f vs %.0f characters "
          "(ratio %.2f)"
          % (figures["right_words"], figures["wrong_words"],
             figures["right_words"] / figures["wrong_words"] if figures["wrong_words"] else 0,
             figures["right_chars"], figures["wrong_chars"],
             figures["right_chars"] / figures["wrong_chars"] if figures["wrong_chars"] else 0))
    print('  "always pick the longest" passes the Check at the first try:')
    expected = 0.0
    for course_id, lesson_id, count, chance in figures["lessons"]:
        expected += chance
        print("    %-9s %-36s %d questions  %5.1f%%" % (course_id, lesson_id, count, 100.0 * chance))
    print("    expected: %.2f of %d lessons" % (expected, len(figures["lessons"])))


ENDING_LINE = re.compile(r"^\s{4}(\S+)\s+(\S+)\s+(never reached|(-?\d+) to\s+(-?\d+)\s+\((\d+) paths?\))\s*$")


def print_roleplays(content_dir, careu):
    scenarios = sorted((content_dir / "scenarios").glob("*.json"))
    if not scenarios:
        return
    if not careu or not os.access(careu, os.X_OK):
        print("Role-plays: no careu binary (build it, or pass --careu); ending ranges left out")
        return
    overlay = [] if content_dir.resolve() == (ROOT / "courses").resolve() else ["--content", str(content_dir)]
    print("Role-plays: each ending, its kind, the totals of the paths that reach it")
    for path in scenarios:
        scenario_id = json.loads(path.read_text(encoding="utf-8"))["id"]
        result = subprocess.run([careu] + overlay + ["scenario", "stats", scenario_id],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            print("  %s: careu scenario stats failed: %s" % (scenario_id, result.stderr.strip()))
            continue
        lines = result.stdout.splitlines()
        print("  " + lines[0])
        for line in lines:
            if "best path:" in line or "distinct paths:" in line:
                print("  " + line.strip())
        for line in lines:
            match = ENDING_LINE.match(line)
            if match:
                print("    %-22s %-9s %s" % (match.group(1), match.group(2), match.group(3)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=Path, default=ROOT / "courses")
    parser.add_argument("--careu", default=os.environ.get("CAREU_BINARY", str(ROOT / "build" / "app" / "careu")))
    options = parser.parse_args()
    courses = []
    for path in sorted(options.courses.glob("*/course.json")):
        courses.append(json.loads(path.read_text(encoding="utf-8")))
    if not courses:
        print("content_stats: no course.json under %s" % options.courses, file=sys.stderr)
        return 1
    print_checks(check_figures(courses))
    print_roleplays(options.courses, options.careu)
    return 0


if __name__ == "__main__":
    sys.exit(main())

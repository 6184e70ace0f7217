#pragma once

#include "Content.h"
#include "Diagnostic.h"

#include <QCoreApplication>

namespace careu {

// Advice for authors on a course's Check questions: questions that load and work, but that a
// learner could pass without knowing the answer (careu validate prints these as warnings, and
// --strict fails on them). docs/authoring.md explains each.
class CheckWarnings
{
    Q_DECLARE_TR_FUNCTIONS(CheckWarnings)

public:
    // A right answer is clearly longer than the others when it has at least ClearlyLongerRatio
    // times the characters of the longest wrong answer and at least ClearlyLongerBy more: a
    // length a learner sees at a glance, while two short answers a few letters apart are not.
    static constexpr double ClearlyLongerRatio = 1.25;
    static constexpr int ClearlyLongerBy = 15;

    // Appends the warnings for course (loaded from course.origin) to out.
    static void check(const Course& course, Diagnostics* out);

    // Whether text gives its answer away by length, against the longest wrong answer.
    static bool clearlyLonger(int rightCharacters, int longestWrongCharacters);

    // Whether feedback opens with its own verdict ("Yes.", "Not quite,"): the app then shows it
    // without one of its own (a business's own content may do it).
    static bool opensWithVerdict(const QString& feedback);
};

} // namespace careu

// course.json through the loader and validator, as `careu validate` and the app read it. The
// lesson bodies it names come from :/fuzz-course/lessons (every shipped and fixture lesson).
#include "FuzzSupport.h"
#include "content/CourseLoader.h"

#include <QSet>

using namespace careu;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    CourseLoader::Context context;
    Diagnostics diagnostics;
    const auto course =
        CourseLoader::parse(QStringLiteral(":/fuzz-course"), fuzz::bytes(data, size), &context, &diagnostics);
    // A course loads exactly when nothing is wrong with it, and every problem can be printed.
    FUZZ_CHECK(course.has_value() == diagnostics.isEmpty());
    for (const Diagnostic& diagnostic : std::as_const(diagnostics))
        FUZZ_CHECK(!diagnostic.toString().isEmpty() && diagnostic.line >= 0 && diagnostic.column >= 0);
    if (!course)
        return 0;
    // What the screens rely on once a course has passed.
    QSet<QString> lessonIds;
    for (const Lesson& lesson : course->lessons) {
        FUZZ_CHECK(!lessonIds.contains(lesson.id));
        lessonIds.insert(lesson.id);
        FUZZ_CHECK(lesson.pillar.isEmpty() || course->pillar(lesson.pillar));
        FUZZ_CHECK(!lesson.body.trimmed().isEmpty());
        FUZZ_CHECK(lesson.contentHash.size() == 64);
        for (const Question& question : lesson.check)
            FUZZ_CHECK(question.choice(question.answer));
    }
    return 0;
}

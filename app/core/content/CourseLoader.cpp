#include "CourseLoader.h"

#include "JsonReader.h"
#include "LessonImages.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace careu {

namespace {

const QStringList PracticeRoles = {QStringLiteral("mentor"), QStringLiteral("coach")};

QString numbered(const QString& pointer, const QString& key, int index)
{
    return JsonReader::member(pointer, key) + QLatin1Char('/') + QString::number(index);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(CourseLoader)

public:
    Parser(const QString& folder, CourseLoader::Context* context, Diagnostics* out)
        : m_folder(folder), m_context(context), m_out(out),
          m_reader(QDir(folder).filePath(QStringLiteral("course.json")), out)
    {
    }

    // Reads course.json from the folder, or takes its bytes when they are given.
    std::optional<Course> parse(const std::optional<QByteArray>& json)
    {
        const auto root = json ? m_reader.parse(*json) : m_reader.open();
        if (!root)
            return std::nullopt;
        Course course;
        course.origin = m_folder;
        m_reader.checkKeys(*root, QString(),
                           {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
                            QStringLiteral("pillars"), QStringLiteral("lessons")},
                           {QStringLiteral("graduation"), QStringLiteral("refreshers")});
        course.id = m_reader.identifier(*root, QString());
        if (m_context->courseFiles.contains(course.id))
            m_reader.error(QStringLiteral("/id"),
                           tr("duplicate course id \"%1\" (already used by %2)")
                               .arg(course.id, m_context->courseFiles.value(course.id)));
        course.title = m_reader.string(*root, QString(), QStringLiteral("title"));
        course.summary = m_reader.string(*root, QString(), QStringLiteral("summary"));
        course.graduation = m_reader.boolean(*root, QString(), QStringLiteral("graduation"));
        course.refreshers = m_reader.boolean(*root, QString(), QStringLiteral("refreshers"));
        course.pillars = pillars(*root);
        course.lessons = lessons(*root, course);
        if (m_reader.hasErrors())
            return std::nullopt;
        m_context->courseFiles.insert(course.id, m_reader.file());
        for (CourseLoader::RolePlayLink& link : m_links) {
            link.courseId = course.id;
            m_context->links.append(link);
        }
        return course;
    }

private:
    QVector<Pillar> pillars(const QJsonObject& root)
    {
        return m_reader.objects<Pillar>(
            root, QString(), QStringLiteral("pillars"), 1, 8, tr("pillar"),
            [this](const QJsonObject& item, const QString& pointer) {
                m_reader.checkKeys(
                    item, pointer,
                    {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary")});
                return Pillar{m_reader.identifier(item, pointer),
                              m_reader.string(item, pointer, QStringLiteral("title")),
                              m_reader.string(item, pointer, QStringLiteral("summary"))};
            });
    }

    QVector<Lesson> lessons(const QJsonObject& root, const Course& course)
    {
        return m_reader.objects<Lesson>(root, QString(), QStringLiteral("lessons"), 1, 50, tr("lesson"),
                                        [this, &course](const QJsonObject& item, const QString& pointer) {
                                            return lesson(item, pointer, course);
                                        });
    }

    Lesson lesson(const QJsonObject& item, const QString& pointer, const Course& course)
    {
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("minutes"),
                            QStringLiteral("body"), QStringLiteral("check"), QStringLiteral("reflect"),
                            QStringLiteral("practice")},
                           {QStringLiteral("pillar"), QStringLiteral("roleplays")});
        Lesson lesson;
        lesson.id = m_reader.identifier(item, pointer);
        lesson.title = m_reader.string(item, pointer, QStringLiteral("title"));
        lesson.minutes = m_reader.integer(item, pointer, QStringLiteral("minutes"), 1, 240);
        lesson.pillar = m_reader.string(item, pointer, QStringLiteral("pillar"));
        if (!lesson.pillar.isEmpty() && !course.pillars.isEmpty() && !course.pillar(lesson.pillar)) {
            m_reader.error(JsonReader::member(pointer, QStringLiteral("pillar")),
                           tr("pillar \"%1\" is not one of this course's pillars (%2)")
                               .arg(lesson.pillar, course.pillarIds().join(QLatin1String(", "))));
        }
        lesson.bodyFile = m_reader.string(item, pointer, QStringLiteral("body"));
        lesson.body = body(lesson.bodyFile, JsonReader::member(pointer, QStringLiteral("body")));
        const qsizetype before = m_out->size();
        lesson.images = LessonImages::read(lesson.body, m_folder, lesson.bodyFile, m_out);
        if (m_out->size() > before)
            m_reader.error(JsonReader::member(pointer, QStringLiteral("body")),
                           tr("lesson body %1 shows pictures it may not (see above)").arg(lesson.bodyFile));
        lesson.check = questions(item, pointer);
        lesson.reflect = m_reader.string(item, pointer, QStringLiteral("reflect"));
        lesson.practice = practice(item, pointer);
        lesson.roleplays = m_reader.strings(item, pointer, QStringLiteral("roleplays"), 0, 10);
        for (int i = 0; i < lesson.roleplays.size(); ++i) {
            const QString& scenarioId = lesson.roleplays.at(i);
            m_links.append({QString(), lesson.id, scenarioId,
                            m_reader.locate(numbered(pointer, QStringLiteral("roleplays"), i),
                                            tr("unknown role-play \"%1\"").arg(scenarioId))});
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QJsonDocument(item).toJson(QJsonDocument::Compact));
        hash.addData(lesson.body.toUtf8());
        QStringList pictures = lesson.images.keys();
        pictures.sort();
        for (const QString& picture : std::as_const(pictures)) {
            hash.addData(picture.toUtf8());
            hash.addData(QCryptographicHash::hash(lesson.images.value(picture), QCryptographicHash::Sha256));
        }
        lesson.contentHash = QString::fromLatin1(hash.result().toHex());
        return lesson;
    }

    QString body(const QString& relativePath, const QString& pointer)
    {
        if (relativePath.isEmpty())
            return {};
        if (QDir::isAbsolutePath(relativePath) ||
            relativePath.split(QLatin1Char('/')).contains(QLatin1String(".."))) {
            m_reader.error(
                pointer, tr("lesson body \"%1\" must be a path inside the course folder").arg(relativePath));
            return {};
        }
        QFile file(QDir(m_folder).filePath(relativePath));
        if (!file.exists()) {
            m_reader.error(pointer, tr("lesson body file not found: %1").arg(relativePath));
            return {};
        }
        if (!QFileInfo(file).isFile()) {
            m_reader.error(pointer, tr("lesson body %1 is not a regular file").arg(relativePath));
            return {};
        }
        QString outside;
        if (!LessonImages::insideFolder(m_folder, relativePath, &outside)) {
            m_reader.error(pointer, tr("lesson body %1").arg(outside));
            return {};
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_reader.error(pointer,
                           tr("cannot read lesson body %1: %2").arg(relativePath, file.errorString()));
            return {};
        }
        if (file.size() > JsonReader::MaxFileBytes) {
            m_reader.error(pointer, tr("lesson body %1 is larger than %2 KiB")
                                        .arg(relativePath)
                                        .arg(JsonReader::MaxFileBytes / 1024));
            return {};
        }
        const QString text = QString::fromUtf8(file.readAll());
        if (text.trimmed().isEmpty())
            m_reader.error(pointer, tr("lesson body %1 is empty").arg(relativePath));
        return text;
    }

    QVector<Question> questions(const QJsonObject& lesson, const QString& lessonPointer)
    {
        return m_reader.objects<Question>(
            lesson, lessonPointer, QStringLiteral("check"), 1, 20, tr("question"),
            [this](const QJsonObject& item, const QString& pointer) {
                m_reader.checkKeys(item, pointer,
                                   {QStringLiteral("id"), QStringLiteral("prompt"), QStringLiteral("choices"),
                                    QStringLiteral("answer")});
                Question question;
                question.id = m_reader.identifier(item, pointer);
                question.prompt = m_reader.string(item, pointer, QStringLiteral("prompt"));
                question.choices = choices(item, pointer);
                question.answer = m_reader.string(item, pointer, QStringLiteral("answer"));
                if (!question.answer.isEmpty() && !question.choices.isEmpty() &&
                    !question.choice(question.answer))
                    m_reader.error(
                        JsonReader::member(pointer, QStringLiteral("answer")),
                        tr("answer \"%1\" is not one of this question's choices").arg(question.answer));
                return question;
            });
    }

    QVector<Choice> choices(const QJsonObject& question, const QString& questionPointer)
    {
        return m_reader.objects<Choice>(
            question, questionPointer, QStringLiteral("choices"), 2, 6, tr("choice"),
            [this](const QJsonObject& item, const QString& pointer) {
                m_reader.checkKeys(
                    item, pointer,
                    {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("feedback")});
                return Choice{m_reader.identifier(item, pointer),
                              m_reader.string(item, pointer, QStringLiteral("text")),
                              m_reader.string(item, pointer, QStringLiteral("feedback"))};
            });
    }

    Practice practice(const QJsonObject& lesson, const QString& lessonPointer)
    {
        const QString pointer = JsonReader::member(lessonPointer, QStringLiteral("practice"));
        const QJsonObject item = m_reader.object(lesson, lessonPointer, QStringLiteral("practice"));
        if (!lesson.value(QStringLiteral("practice")).isObject())
            return {};
        m_reader.checkKeys(item, pointer,
                           {QStringLiteral("task"), QStringLiteral("signOff"), QStringLiteral("checklist")});
        Practice practice;
        practice.task = m_reader.string(item, pointer, QStringLiteral("task"));
        practice.signOff = m_reader.string(item, pointer, QStringLiteral("signOff"));
        if (!practice.signOff.isEmpty() && !PracticeRoles.contains(practice.signOff))
            m_reader.error(JsonReader::member(pointer, QStringLiteral("signOff")),
                           tr("signOff must be one of: %1").arg(PracticeRoles.join(QLatin1String(", "))));
        // An observation checklist a mentor can hold in mind while watching: two to five behaviours.
        practice.checklist = m_reader.strings(item, pointer, QStringLiteral("checklist"), 2, 5);
        return practice;
    }

    QString m_folder;
    CourseLoader::Context* m_context;
    Diagnostics* m_out;
    JsonReader m_reader;
    QVector<CourseLoader::RolePlayLink> m_links;
};

} // namespace

std::optional<Course> CourseLoader::load(const QString& folder, Context* context, Diagnostics* out)
{
    return Parser(folder, context, out).parse(std::nullopt);
}

std::optional<Course> CourseLoader::parse(const QString& folder, const QByteArray& courseJson,
                                          Context* context, Diagnostics* out)
{
    return Parser(folder, context, out).parse(courseJson);
}

} // namespace careu

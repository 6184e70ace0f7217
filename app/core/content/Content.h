#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace careu {

struct Choice
{
    QString id;
    QString text;
    QString feedback;
};

struct Question
{
    QString id;
    QString prompt;
    QVector<Choice> choices;
    QString answer; // id of the right choice

    const Choice* choice(const QString& choiceId) const;
};

struct Practice
{
    QString task;
    QString signOff; // the role that signs it off: "mentor" or "coach"
    QStringList checklist;
};

enum class LessonStep
{
    Learn,
    Check,
    Reflect,
    Practice
};
constexpr int LessonStepCount = 4;
QString lessonStepKey(LessonStep step);
LessonStep lessonStepFromKey(const QString& key); // unknown keys fall back to Learn

struct Lesson
{
    QString id;
    QString title;
    QString pillar; // empty for an opening lesson that belongs to no single pillar
    int minutes = 0;
    QString bodyFile;
    QString body; // Markdown
    QVector<Question> check;
    QString reflect;
    Practice practice;
    QStringList roleplays;
    // The pictures the body shows, read with the course: the lesson page shows these and no other.
    QHash<QString, QByteArray> images;
    // SHA-256 over the lesson's JSON and Markdown, stored with progress so a record can say
    // which version of the lesson someone completed.
    QString contentHash;

    const Question* question(const QString& questionId) const;
};

struct Pillar
{
    QString id;
    QString title;
    QString summary;
};

struct Course
{
    QString id;
    QString title;
    QString summary;
    QVector<Pillar> pillars;
    QVector<Lesson> lessons;
    bool graduation = false; // every Practice of it signed off is part of graduating
    bool refreshers = false; // graduates' refreshers go through its pillars
    QString origin;          // folder it was loaded from (":/courses/..." for shipped content)

    const Lesson* lesson(const QString& lessonId) const;
    const Pillar* pillar(const QString& pillarId) const;
    QStringList pillarIds() const;
    // What the app calls the course in short: "CARE 101" of "CARE 101 · Caring for your people".
    static QString shortTitle(const QString& title);
};

} // namespace careu

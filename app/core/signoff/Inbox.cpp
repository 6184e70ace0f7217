#include "Inbox.h"

#include "Services.h"

#include <QHash>
#include <algorithm>

namespace careu {

Inbox::Inbox(Services& services) : m_services(services) {}

QString Inbox::lastVisitKey(qint64 personId)
{
    return QStringLiteral("visit/last/%1").arg(personId);
}

QVector<WaitingReview> Inbox::waitingFor(qint64 mentorId, QString* error) const
{
    QVector<WaitingReview> waiting;
    for (const Person& person : m_services.people.active(error)) {
        if (person.mentorId != mentorId)
            continue;
        const auto statuses = m_services.signOffs.statuses(person.id, error);
        for (const Course& course : m_services.catalog.courses()) {
            for (const Lesson& lesson : course.lessons) {
                const PracticeStatus status = statuses.value(SignOffs::practiceKey(course.id, lesson.id));
                if (status.state == PracticeState::Requested)
                    waiting.append({person, &course, &lesson, status.at});
            }
        }
    }
    std::stable_sort(waiting.begin(), waiting.end(), [](const WaitingReview& a, const WaitingReview& b) {
        return a.askedAt < b.askedAt;
    });
    return waiting;
}

QDateTime Inbox::startVisit(qint64 personId, QString* error)
{
    const QString key = lastVisitKey(personId);
    const QDateTime previous = fromStoredTime(m_services.settings.value(key));
    m_services.settings.setValue(key, toStoredTime(m_services.clock.now()), error);
    return previous;
}

QVector<Notice> Inbox::since(qint64 learnerId, const QDateTime& since, QString* error) const
{
    QVector<Notice> notices;
    if (!since.isValid())
        return notices;
    QHash<qint64, QString> names;
    const auto nameOf = [&](qint64 id) {
        auto it = names.find(id);
        if (it == names.end()) {
            const auto person = m_services.people.find(id, error);
            it = names.insert(id, person ? person->name : tr("Someone"));
        }
        return *it;
    };
    const auto statuses = m_services.signOffs.statuses(learnerId, error);
    for (const Course& course : m_services.catalog.courses()) {
        for (const Lesson& lesson : course.lessons) {
            const PracticeStatus status = statuses.value(SignOffs::practiceKey(course.id, lesson.id));
            if (status.at <= since || status.byId == learnerId)
                continue;
            if (status.state == PracticeState::SignedOff)
                notices.append({Notice::Kind::SignedOff, status.at, nameOf(status.byId), &course, &lesson, {}});
            else if (status.state == PracticeState::SentBack)
                notices.append({Notice::Kind::SentBack, status.at, nameOf(status.byId), &course, &lesson,
                                status.feedback});
        }
    }
    for (const Recognition& recognition : m_services.mentoring.recognitions(learnerId, error)) {
        if (recognition.at > since)
            notices.append({Notice::Kind::Recognized, recognition.at, nameOf(recognition.byId), nullptr, nullptr,
                            recognition.text});
    }
    std::stable_sort(notices.begin(), notices.end(),
                     [](const Notice& a, const Notice& b) { return a.at < b.at; });
    return notices;
}

} // namespace careu

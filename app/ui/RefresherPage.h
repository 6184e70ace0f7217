#pragma once

#include "ScrollPage.h"
#include "signoff/RefresherSession.h"

#include <optional>

class QLabel;
class QPushButton;

namespace careu::ui {

struct AppServices;
class QuestionCard;

// A graduate's refresher: a few Check questions again, one try each, in the graduate's own
// order of choices; then a role-play to replay. Once both are done their coach can check in.
class RefresherPage : public ScrollPage
{
    Q_OBJECT

public:
    explicit RefresherPage(AppServices& services, QWidget* parent = nullptr);
    ~RefresherPage() override;

    bool open(const Person& graduate, int number, QString* error);
    // Back from the role-play: counts the replay and shows where the refresher stands.
    void refresh();

signals:
    void rolePlayRequested(const QString& scenarioId);
    void closed();

private:
    void build(const QString& problem = QString());
    void choose(int index, const QString& choiceId);
    void updateState();

    AppServices& m_services;
    std::optional<RefresherSession> m_session;
    QVector<QuestionCard*> m_cards; // null for a question the course no longer has
    QLabel* m_answered = nullptr;
    QLabel* m_replayResult = nullptr;
    QPushButton* m_replay = nullptr;
    QLabel* m_done = nullptr;
};

} // namespace careu::ui

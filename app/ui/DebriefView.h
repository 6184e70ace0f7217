#pragma once

#include <QWidget>

class QScrollArea;

namespace careu {
class RolePlay;
struct Course;
struct ScenarioPath;
} // namespace careu

namespace careu::ui {

// After a role-play: how it ended, the points per pillar next to the best path's (a chart),
// and both paths side by side with the feedback on every choice.
class DebriefView : public QWidget
{
    Q_OBJECT

public:
    explicit DebriefView(QWidget* parent = nullptr);

    void showResult(const Course& course, const RolePlay& play, const ScenarioPath& best);

signals:
    void playAgainRequested();
    void doneRequested();

private:
    QWidget* chart(const Course& course, const RolePlay& play, const ScenarioPath& best);
    QWidget* paths(const Course& course, const RolePlay& play, const ScenarioPath& best);

    QScrollArea* m_scroll;
};

} // namespace careu::ui

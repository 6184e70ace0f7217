#pragma once

#include <QDateEdit>

namespace careu::ui {

// A date field with a calendar to pick from, that the keyboard and the wheel treat like any
// other field: Tab and Shift+Tab leave it (the arrow keys move between day, month and year;
// Qt's own date edit keeps Tab inside, and keeps it for good while it shows a special value
// such as "any"), and the mouse wheel changes it only once it has the focus.
class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(const QString& objectName, QWidget* parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace careu::ui

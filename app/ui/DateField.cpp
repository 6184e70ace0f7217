#include "DateField.h"

#include <QWheelEvent>

namespace careu::ui {

DateField::DateField(const QString& objectName, QWidget* parent) : QDateEdit(parent)
{
    setObjectName(objectName);
    setCalendarPopup(true);
    setFocusPolicy(Qt::StrongFocus);
}

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next); // to the next field, not the next section
}

void DateField::wheelEvent(QWheelEvent* event)
{
    if (hasFocus())
        QDateEdit::wheelEvent(event);
    else
        event->ignore(); // to the scroll area around it
}

} // namespace careu::ui

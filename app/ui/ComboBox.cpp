#include "ComboBox.h"

#include <QWheelEvent>

namespace careu::ui {

ComboBox::ComboBox(const QString& objectName, QWidget* parent) : QComboBox(parent)
{
    setObjectName(objectName);
    setFocusPolicy(Qt::StrongFocus); // the wheel does not give it the focus either
}

void ComboBox::wheelEvent(QWheelEvent* event)
{
    if (hasFocus())
        QComboBox::wheelEvent(event);
    else
        event->ignore(); // to the scroll area around it
}

} // namespace careu::ui

#pragma once

#include <QComboBox>

namespace careu::ui {

// A combo box the mouse wheel changes only once it has the focus: scrolling a page over it
// scrolls the page, and never silently picks another mentor or course on the way.
class ComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ComboBox(const QString& objectName, QWidget* parent = nullptr);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace careu::ui

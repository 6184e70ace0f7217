#pragma once

#include <QCheckBox>

class QLabel;

namespace careu::ui {

// A check box whose text wraps over as many lines as it needs (a plain QCheckBox keeps to one
// line and cuts the rest off: "…including anyone wh"). A click anywhere on it ticks it.
class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT

public:
    WrappingCheckBox(const QString& text, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool hitButton(const QPoint& position) const override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int indicatorWidth() const;

    QLabel* m_label;
};

} // namespace careu::ui

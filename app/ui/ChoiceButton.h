#pragma once

#include <QPushButton>

class QLabel;

namespace careu::ui {

// A button for an answer or a role-play choice: its text wraps over as many lines as it needs
// (a plain QPushButton keeps to one line and cuts the rest off).
class ChoiceButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ChoiceButton(QWidget* parent = nullptr);

    void setChoiceText(const QString& text);
    QString choiceText() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel* m_label;
};

} // namespace careu::ui

#include "ChoiceButton.h"

#include <QLabel>
#include <QVBoxLayout>

namespace careu::ui {

namespace {
constexpr int HorizontalMargin = 14;
constexpr int VerticalMargin = 10;
} // namespace

ChoiceButton::ChoiceButton(QWidget* parent) : QPushButton(parent), m_label(new QLabel(this))
{
    setProperty("choice", true);
    setCursor(Qt::PointingHandCursor);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(HorizontalMargin, VerticalMargin, HorizontalMargin, VerticalMargin);
    layout->addWidget(m_label);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChoiceButton::setChoiceText(const QString& text)
{
    m_label->setText(text);
    setAccessibleName(text);
    updateGeometry();
}

QString ChoiceButton::choiceText() const
{
    return m_label->text();
}

int ChoiceButton::heightForWidth(int width) const
{
    return m_label->heightForWidth(width - 2 * HorizontalMargin) + 2 * VerticalMargin;
}

// Layouts ask heightForWidth() for the real height; the hints only describe a typical button,
// so that a button not yet laid out (100 px wide) does not claim the height of a tall column.
QSize ChoiceButton::sizeHint() const
{
    constexpr int TypicalWidth = 600;
    return {TypicalWidth, heightForWidth(TypicalWidth)};
}

QSize ChoiceButton::minimumSizeHint() const
{
    return {120, m_label->fontMetrics().height() + 2 * VerticalMargin};
}

} // namespace careu::ui

#include "WrappingCheckBox.h"

#include <QLabel>
#include <QStyle>
#include <QStyleOptionButton>

namespace careu::ui {

WrappingCheckBox::WrappingCheckBox(const QString& text, QWidget* parent)
    : QCheckBox(parent), m_label(new QLabel(text, this))
{
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(text);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

// Where the label starts: after the indicator and the style's spacing.
int WrappingCheckBox::indicatorWidth() const
{
    QStyleOptionButton option;
    option.initFrom(this);
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this) +
           style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, &option, this);
}

int WrappingCheckBox::heightForWidth(int width) const
{
    return std::max(m_label->heightForWidth(width - indicatorWidth()), QCheckBox::sizeHint().height());
}

// Layouts ask heightForWidth() for the real height; the hint describes a typical width.
QSize WrappingCheckBox::sizeHint() const
{
    constexpr int TypicalWidth = 480;
    return {TypicalWidth, heightForWidth(TypicalWidth)};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    return {indicatorWidth() + 120, QCheckBox::sizeHint().height()};
}

bool WrappingCheckBox::hitButton(const QPoint& position) const
{
    return rect().contains(position);
}

void WrappingCheckBox::resizeEvent(QResizeEvent* event)
{
    QCheckBox::resizeEvent(event);
    // Beside the indicator, which the style draws in the middle of the height.
    const int left = indicatorWidth();
    const int height = m_label->heightForWidth(width() - left);
    m_label->setGeometry(left, std::max(0, (this->height() - height) / 2), width() - left, height);
}

} // namespace careu::ui

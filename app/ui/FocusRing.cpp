#include "FocusRing.h"

#include "Theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QTabBar>
#include <QWidget>

namespace careu::ui {

namespace {
bool isViewport(const QWidget* widget)
{
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

// Controls in the app's windows get a ring; pop-ups (menus, a combo's list) show focus themselves.
bool wantsRing(const QWidget* widget)
{
    return widget && !widget->isWindow() && widget->window()->windowType() != Qt::Popup &&
           widget->focusPolicy() != Qt::NoFocus;
}
} // namespace

FocusRing::FocusRing(QObject* parent) : QObject(parent)
{
    setObjectName(QStringLiteral("focusRing"));
}

FocusRing* FocusRing::instance()
{
    return qApp->findChild<FocusRing*>(QStringLiteral("focusRing"), Qt::FindDirectChildrenOnly);
}

void FocusRing::install()
{
    if (instance())
        return;
    auto* ring = new FocusRing(qApp);
    connect(qApp, &QApplication::focusChanged, ring, [ring](QWidget*, QWidget* now) { ring->follow(now); });
    ring->follow(QApplication::focusWidget());
}

QWidget* FocusRing::target() const
{
    return m_painter ? m_target.data() : nullptr;
}

void FocusRing::unwatch()
{
    for (const QPointer<QWidget>& widget : std::as_const(m_watched)) {
        if (widget)
            widget->removeEventFilter(this);
    }
    m_watched.clear();
}

void FocusRing::follow(QWidget* widget)
{
    if (m_target)
        disconnect(m_target, nullptr, this, nullptr);
    unwatch();
    m_target = wantsRing(widget) ? widget : nullptr;
    if (m_target) {
        // The control and every widget above it: any of them moving (a scroll) moves the ring.
        for (QWidget* each = m_target; each; each = each->isWindow() ? nullptr : each->parentWidget()) {
            each->installEventFilter(this);
            m_watched.append(each);
        }
        connect(m_target, &QObject::destroyed, this, [this] { follow(nullptr); });
        // On a tab bar the ring goes around the current tab, and moves with it.
        if (auto* tabs = qobject_cast<QTabBar*>(m_target))
            connect(tabs, &QTabBar::currentChanged, this, &FocusRing::place);
    }
    place();
}

void FocusRing::place()
{
    if (m_painter)
        m_painter->update(m_ring);
    m_painter = nullptr;
    m_ring = QRect();
    if (!m_target || !m_target->isVisible())
        return;
    constexpr int Outside = Gap + Width;
    // A tab bar sits flush against what is around it: the ring goes just inside the current tab.
    if (auto* tabs = qobject_cast<QTabBar*>(m_target.data()); tabs && tabs->currentIndex() >= 0) {
        m_painter = tabs;
        m_ring = tabs->tabRect(tabs->currentIndex()).adjusted(1, 1, -1, -1);
        tabs->update(m_ring);
        return;
    }
    QRect ring = m_target->geometry().adjusted(-Outside, -Outside, Outside, Outside);
    QWidget* host = m_target->parentWidget();
    // Up to the first widget with room for the whole ring; a scroll area's viewport clips it.
    while (!host->isWindow() && !isViewport(host) && !host->rect().contains(ring)) {
        ring.translate(host->pos());
        host = host->parentWidget();
    }
    m_painter = host;
    m_ring = ring;
    host->update(ring);
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Paint:
        if (watched == m_painter) {
            // The widget paints itself first; the ring goes over it, its children over both.
            watched->event(event);
            QPainter painter(m_painter);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(Theme::current().focus, Width));
            painter.setBrush(Qt::NoBrush);
            constexpr qreal Half = Width / 2.0;
            painter.drawRoundedRect(QRectF(m_ring).adjusted(Half, Half, -Half, -Half), 7, 7);
            return true;
        }
        break;
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
        place();
        break;
    case QEvent::ParentChange:
        follow(m_target);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace careu::ui

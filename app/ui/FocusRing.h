#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

class QWidget;

namespace careu::ui {

// A ring around whichever control has the keyboard focus, in the theme's focus colour, a little
// outside the control so that it never covers its text and shows on a teal button as on a white
// one (on a tab bar, just inside the current tab). It is painted on the nearest ancestor with room for it (so it adds no widget of its own
// to the window, nor to what a screen reader walks) and follows the control when it moves,
// scrolls or hides.
class FocusRing : public QObject
{
    Q_OBJECT

public:
    // Gap between a control and its ring, and the ring's width.
    static constexpr int Gap = 2;
    static constexpr int Width = 2;

    // Starts the ring for the whole application (once; later calls do nothing).
    static void install();

    // The control the ring is drawn around, if any is shown now.
    QWidget* target() const;
    // Where the ring is, in its painter's coordinates, and the painter (null when none is shown).
    QRect ring() const { return m_ring; }
    QWidget* painter() const { return m_painter; }

    static FocusRing* instance();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit FocusRing(QObject* parent);
    void follow(QWidget* widget);
    void place();
    void unwatch();

    QPointer<QWidget> m_target;
    QPointer<QWidget> m_painter;
    QList<QPointer<QWidget>> m_watched;
    QRect m_ring;
};

} // namespace careu::ui

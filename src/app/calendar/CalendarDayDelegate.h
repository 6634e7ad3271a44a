#pragma once

#include <QRect>
#include <QStyledItemDelegate>

namespace jalaseh::session {
struct CalendarItem;
} // namespace jalaseh::session

namespace jalaseh::app {

// Paints a day of the month grid as a Persian wall calendar does: the Jalali day in Persian
// digits at the start of the line (the Gregorian day small at its end), today in a filled circle,
// Friday in red, days of other months dimmed; below, one line per meeting (time, series and
// number) in its series' colour, red with a warning sign when it clashes, amber when it may.
class CalendarDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The meeting line under `position` in a day drawn in `cell`, or -1 (the index into the
    // day's items).
    int itemAt(const QStyleOptionViewItem& option, const QModelIndex& index,
               const QPoint& position) const;
    // Where the day's meeting line `item` is drawn (empty when it is among the hidden ones).
    QRect itemRect(const QStyleOptionViewItem& option, const QModelIndex& index, int item) const;

private:
    struct Layout
    {
        QRect header;
        QList<QRect> lines; // one per meeting shown
        QRect more;         // "and n more", when not all fit
        int hidden = 0;
        bool twoLines = false; // times on a line of their own
    };
    static Layout layoutOf(const QStyleOptionViewItem& option, int itemCount);
    static void paintItem(QPainter* painter, const QStyleOptionViewItem& option, const QRect& line,
                          const session::CalendarItem& item, bool twoLines);
};

} // namespace jalaseh::app

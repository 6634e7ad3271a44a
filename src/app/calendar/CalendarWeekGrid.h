#pragma once

#include "core/Id.h"

#include <QDate>
#include <QRect>
#include <QWidget>

namespace jalaseh::session {
class CalendarModel;
struct CalendarItem;
} // namespace jalaseh::session

namespace jalaseh::app {

// A week as a timetable: seven day columns (Saturday at the start of the line) by the hours of
// the day, each meeting a block from its start to its end, side by side when they overlap.
// Meetings without a time sit in a strip above the hours; a meeting with only a start is drawn
// an hour long with an open end. Reads the days of a CalendarModel showing one week.
class CalendarWeekGrid : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarWeekGrid(QWidget* parent = nullptr);

    void setModel(session::CalendarModel* model);
    void setSelectedDate(const QDate& date);
    QDate selectedDate() const { return m_selected; }
    void setSelectedMeeting(Id meetingId);
    Id selectedMeeting() const { return m_selectedMeeting; }

    // The meeting drawn at `position`, or 0.
    Id meetingAt(const QPoint& position) const;
    // Where a meeting's block is drawn (empty when it is not in the week).
    QRect blockOf(Id meetingId) const;
    // The day whose column holds `position` (invalid outside the columns).
    QDate dateAt(const QPoint& position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void dateClicked(const QDate& date);
    void meetingClicked(jalaseh::Id meetingId);
    void meetingActivated(jalaseh::Id meetingId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Block
    {
        QRect rect;
        const session::CalendarItem* item = nullptr;
        bool openEnded = false;
    };
    void layOut();
    QRect columnRect(int column) const;
    int yOfMinute(int minute) const;
    void paintHeader(QPainter& painter);
    void paintHours(QPainter& painter);
    void paintBlock(QPainter& painter, const Block& block);

    session::CalendarModel* m_model = nullptr;
    QDate m_selected;
    Id m_selectedMeeting = 0;
    // Computed by layOut() from the model and the size.
    int m_firstHour = 8;
    int m_lastHour = 18; // exclusive
    int m_headerHeight = 0;
    int m_untimedHeight = 0;
    int m_gutterWidth = 0;
    int m_hourHeight = 0;
    QList<Block> m_blocks;
};

} // namespace jalaseh::app

#pragma once

#include "core/BookingClash.h"
#include "core/Person.h"
#include "persian/CalendarGrid.h"
#include "storage/CalendarRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// One meeting in a day of the calendar, with the warnings for its clashes.
struct CalendarItem
{
    storage::CalendarEntry entry;
    QStringList clashes;  // one sentence each, certain ones first
    bool certain = false; // at least one clash is certain (not only possible)

    bool hasClash() const { return !clashes.isEmpty(); }
    Id meetingId() const { return entry.meeting.id; }
};

// The days of a Jalali month (whole weeks, Saturday to Friday) or of one week, seven columns by
// five or six rows (month) or one row (week), with each day's meetings and their clashes. The
// month grid's delegate and the week grid both read it.
class CalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Span
    {
        Month,
        Week
    };
    enum Role
    {
        DateRole = Qt::UserRole + 1, // QDate
        InMonthRole,                 // bool: the day belongs to the month shown (always in a week)
        TodayRole,                   // bool
        MeetingCountRole,            // int
        ClashRole                    // bool: a meeting of the day clashes
    };

    explicit CalendarModel(QObject* parent = nullptr);

    // Shows the month or the week holding `date`; the rows change only when the days do.
    void showPeriod(Span span, const QDate& date);
    // Reads the days shown from the database.
    void reload(storage::Database& database);
    void clear();
    // The date treated as today (the system's unless set, for tests and screenshots).
    void setToday(const QDate& today);
    QDate today() const;

    Span span() const { return m_span; }
    const persian::MonthGrid& month() const { return m_month; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(7 * m_weeks - 1); }
    bool shows(const QDate& date) const { return date >= m_first && date <= lastDay(); }
    QDate dateAt(const QModelIndex& index) const;
    QModelIndex indexOf(const QDate& date) const;
    const QList<CalendarItem>& itemsOn(const QDate& date) const;
    // The earliest start and latest end of the timed meetings shown, in minutes (for the week).
    std::pair<int, int> timedRange() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Saturday ... Friday in the interface's language (column 0 ... 6).
    static QString weekdayName(int column);
    // "فروردین" ... "اسفند" in the interface's language.
    static QString monthName(int month);

private:
    QString toolTipOf(const QDate& date) const;

    Span m_span = Span::Month;
    persian::MonthGrid m_month;
    QDate m_first;
    int m_weeks = 0;
    QDate m_today;
    QHash<QDate, QList<CalendarItem>> m_items;
};

} // namespace jalaseh::session

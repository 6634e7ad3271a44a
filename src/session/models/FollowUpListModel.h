#pragma once

#include "session/models/FollowUpItem.h"
#include "session/models/RecordListModel.h"

#include <QDate>
#include <QHash>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

class PersonListModel;

// The follow-up board's rows: decisions and action items together, overdue first (marked so, or
// past their deadline today), then by deadline (those without one after), done ones last; each
// with the meeting it came from and, for a decision, the later meetings that reviewed it.
class FollowUpListModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column
    {
        TextColumn,
        KindColumn,
        ResponsibleColumn,
        DeadlineColumn,
        StateColumn,
        MeetingColumn,
        ReviewsColumn
    };

    explicit FollowUpListModel(const PersonListModel& people, QObject* parent = nullptr);

    // What still needs following up, from every meeting.
    void reloadOpen(storage::Database& database);
    // Every decision and action item of the meetings held from `from` to `to`, done ones too.
    void reloadPeriod(storage::Database& database, const QDate& from, const QDate& to);

    QVariant data(const QModelIndex& index, int role) const override;

    const FollowUpItem& itemAt(int row) const { return m_items.at(row); }
    int rowOf(FollowUpItem::Kind kind, Id id) const;
    bool isOverdue(int row) const;
    // "Series no. 3, 1402/01/21".
    QString meetingName(Id meetingId) const { return m_meetingNames.value(meetingId); }
    QString personName(std::optional<Id> personId) const;
    // Everyone responsible for a row, in Persian order.
    const QList<Id>& responsiblePeople() const { return m_responsible; }
    // The day "overdue" is judged against (today, unless a test says otherwise). The rows shown
    // are announced as changed (their states, deadlines and colours); they keep their order until
    // the next reload.
    void setToday(const QDate& today);
    const QDate& today() const { return m_today; }

protected:
    QString cell(int row, int column) const override;

private:
    struct MeetingNames
    {
        QHash<Id, QString> names;   // for m_meetingNames
        QHash<Id, QString> numbers; // for m_meetingNumbers
    };
    struct PeopleNames
    {
        QHash<Id, QString> names; // for m_names
        QList<Id> inOrder;        // for m_responsible
    };

    void show(storage::Database& database, QList<FollowUpItem> items);
    static MeetingNames nameMeetings(storage::Database& database, const QList<FollowUpItem>& items);
    PeopleNames namePeople(const QList<FollowUpItem>& items) const;
    QString reviewsOf(const Decision& decision) const;

    const PersonListModel& m_people;
    QList<FollowUpItem> m_items;
    QHash<Id, QString> m_meetingNames;
    QHash<Id, QString> m_meetingNumbers; // "no. 3, 1402/01/21", for the reviews column
    QHash<Id, QString> m_names;          // of the people responsible for a row
    QList<Id> m_responsible;             // the same people, in Persian order
    QDate m_today = QDate::currentDate();
};

} // namespace jalaseh::session

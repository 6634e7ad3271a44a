#pragma once

#include "core/Person.h"
#include "persian/Phrasing.h"
#include "session/commands/AddPastedAttendeesCommand.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace jalaseh::storage {
class Database;
}

namespace jalaseh::session {

// One name read from a pasted attendee list, and whom it is taken to be.
struct PastedName
{
    enum class Choice
    {
        Existing,  // `personId`, a person of the database
        New,       // a new person, made from what was read
        Undecided, // several people could be meant; the user has to choose
        LeaveOut
    };

    persian::NamedPerson read;
    QList<Person> candidates; // the people of the database with this family name
    Choice choice = Choice::New;
    Id personId = 0;
    bool alreadyListed = false; // the chosen person attends already, or came earlier in the list

    // The person to create for Choice::New.
    Person newPerson() const;
};

// A pasted sentence such as the seed's "سركار خانمها دكتر درخوش، عبدالله پور، ... و جناب آقايان
// دكتر طاهري، ..." read with persian::readHonorificList, each name matched to the people of the
// database however it was typed (ك/ک, ي/ی, spaces and ZWNJ): one person of that family name and a
// fitting gender is taken; nobody gives a new person with the gender and title read; several
// leave the choice to the user.
class PastedAttendeeList
{
public:
    // `attending`: the people already on the meeting's attendance list.
    static PastedAttendeeList read(storage::Database& database, const QString& text,
                                   const QSet<Id>& attending);

    // Changes what one name is taken to be, and marks again who would be listed twice.
    void choose(int index, PastedName::Choice choice, Id personId = 0);

    // Whom confirming adds, in the order read: each person once, none already attending.
    QList<AttendeeToAdd> attendees() const;
    int existingCount() const;
    int newCount() const;
    int undecidedCount() const;

    QList<PastedName> names;
    QStringList unread; // the fragments that could not be read as people

private:
    void markRepeats();

    QSet<Id> m_attending;
};

} // namespace jalaseh::session

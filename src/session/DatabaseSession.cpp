#include "session/DatabaseSession.h"

#include "core/Error.h"
#include "session/EditCommand.h"
#include "session/EditRights.h"
#include "session/LiveUpdates.h"
#include "session/PeopleInOrder.h"
#include "storage/Database.h"
#include "storage/DatabaseFiles.h"

#include <QUndoStack>
#include <QtDebug>
#include <algorithm>
#include <utility>

namespace jalaseh::session {

DatabaseSession::DatabaseSession(std::unique_ptr<storage::Database> database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_undoStack(new QUndoStack(this))
    , m_live(new LiveUpdates(*this))
{
}

DatabaseSession::~DatabaseSession()
{
    // The commands refer to this session; drop them before the database goes.
    m_undoStack->clear();
}

QString DatabaseSession::path() const
{
    return m_database->path();
}

bool DatabaseSession::isReadOnly() const
{
    return m_database->isReadOnly();
}

bool DatabaseSession::perform(EditCommand* command)
{
    if (isReadOnly()) {
        delete command;
        // A server's viewer is told in the role's words, a file in the file's.
        const EditRights rights = EditRights::fallback(*m_database);
        notifyFailed(rights.role() == QLatin1String("viewer")
                         ? rights.limitation()
                         : tr("This database is open read-only, so it cannot be changed. Open a "
                              "copy you may write to, or ask for write access to the file."));
        return false;
    }
    if (!m_live->isServerReachable()) {
        delete command;
        notifyFailed(unreachableMessage());
        return false;
    }
    // Kept edits are made first, in their order: a later edit of the same row saved before them
    // would be undone by their whole-row writes. While they still cannot be made, this one waits
    // behind them (retryUnsavedEdits has said why).
    if (!m_unsaved.empty() && !retryUnsavedEdits()) {
        m_unsaved.emplace_back(command);
        return false;
    }
    if (!command->applyFirstTime()) {
        if (command->keptBecause().isEmpty()) {
            delete command;
            return false;
        }
        const QString message = command->keptBecause();
        m_unsaved.emplace_back(command);
        emit unsaved(message);
        return false;
    }
    m_undoStack->push(command);
    return true;
}

QStringList DatabaseSession::unsavedEditNames() const
{
    QStringList names;
    for (const auto& command : m_unsaved)
        names.append(command->text());
    return names;
}

bool DatabaseSession::retryUnsavedEdits()
{
    while (!m_unsaved.empty()) {
        EditCommand* command = m_unsaved.front().get();
        if (!command->applyFirstTime()) {
            if (command->keptBecause().isEmpty()) {
                // Refused for a reason of its own now (someone else's change, a rule): told
                // through `failed`, and dropped as any refused edit is.
                m_unsaved.erase(m_unsaved.begin());
                continue;
            }
            emit unsaved(command->keptBecause());
            return false;
        }
        m_undoStack->push(m_unsaved.front().release());
        m_unsaved.erase(m_unsaved.begin());
    }
    return true;
}

void DatabaseSession::discardUnsavedEdits()
{
    m_unsaved.clear();
}

bool DatabaseSession::saveCopyAs(const QString& path, QString* error)
{
    try {
        storage::copyDatabaseTo(*m_database, path);
    } catch (const Error& failure) {
        if (error)
            *error = failure.userMessage();
        return false;
    }
    auto opened = storage::Database::open(path);
    if (!opened.database) {
        if (error)
            *error = opened.message;
        return false;
    }
    // The same rows under the same ids and versions: the undo history and the kept edits apply
    // to the copy as they would have to the file.
    m_database = std::move(opened.database);
    m_people.reset();
    m_live->fileReplaced();
    emit moved(path);
    for (Change what : {Change::People, Change::Bodies, Change::Memberships, Change::Series,
                        Change::Meetings, Change::MeetingRows, Change::Organisation})
        notifyChanged(what);
    retryUnsavedEdits();
    return true;
}

bool DatabaseSession::read(const std::function<void()>& read)
{
    // The window says the server is away and keeps what it shows; the read would only fail.
    if (!m_live->isServerReachable())
        return false;
    try {
        m_database->checkFileInPlace();
        read();
        return true;
    } catch (const Error& error) {
        qWarning("jalaseh: a read failed: %s", error.what());
        if (m_database->isConnectionLost()) {
            m_live->noticeLost();
            return false;
        }
        notifyReadFailed(error.userMessage());
    } catch (const std::exception& error) {
        qWarning("jalaseh: a read failed: %s", error.what());
        notifyReadFailed(tr("Jalaseh could not read the database (%1). Try again; if it happens "
                            "again, open the file once more with File → Open database.")
                             .arg(QString::fromLocal8Bit(error.what())));
    } catch (...) {
        qWarning("jalaseh: a read failed with an unknown exception");
        notifyReadFailed(tr("Jalaseh could not read the database. Try again; if it happens again, "
                            "open the file once more with File → Open database."));
    }
    return false;
}

Id DatabaseSession::currentId(int kind, Id id) const
{
    // Follows the chain: a row can be removed and put back several times.
    for (auto it = m_renumbered.constFind({kind, id}); it != m_renumbered.cend();
         it = m_renumbered.constFind({kind, id}))
        id = it.value();
    return id;
}

void DatabaseSession::renumber(int kind, Id oldId, Id newId)
{
    if (oldId != newId && oldId != 0)
        m_renumbered.insert({kind, oldId}, newId);
    rememberVersion(kind, newId, 1); // put back: a new row, whatever its id
}

void DatabaseSession::rememberVersion(int kind, Id id, qint64 version)
{
    if (id != 0 && version > 0)
        m_versions.insert({kind, id}, {version, ++m_versionClock});
}

qint64 DatabaseSession::expectedVersion(int kind, Id currentId, Id readId, qint64 read,
                                        quint64 readAt) const
{
    const KnownVersion known = m_versions.value({kind, currentId});
    // Put back under a new id, or made again since the command read it: only the session
    // knows that row's version.
    if (currentId != readId || known.tick > readAt)
        return known.number;
    return std::max(read, known.number);
}

const SaveConflict* DatabaseSession::pendingConflict() const
{
    return m_conflict ? &*m_conflict : nullptr;
}

bool DatabaseSession::applyMineAgain()
{
    if (!m_conflict)
        return false;
    const SaveConflict conflict = *std::exchange(m_conflict, std::nullopt);
    if (!conflict.applyAgain)
        return false;
    return perform(conflict.applyAgain(*this));
}

void DatabaseSession::discardMine()
{
    m_conflict.reset();
}

void DatabaseSession::notifyConflict(SaveConflict conflict, Change what, Id meetingId)
{
    m_conflict = std::move(conflict);
    notifyChanged(what, meetingId);
    emit conflicted(m_conflict->message);
}

std::shared_ptr<const PeopleInOrder> DatabaseSession::people() const
{
    if (!m_people)
        m_people = std::make_shared<const PeopleInOrder>(PeopleInOrder::load(*m_database));
    return m_people;
}

void DatabaseSession::notifyChanged(Change what, Id meetingId)
{
    if (what == Change::People)
        m_people.reset();
    emit changed(what, meetingId);
}

void DatabaseSession::notifyFailed(const QString& message)
{
    if (m_database->isConnectionLost()) {
        m_live->noticeLost();
        emit failed(unreachableMessage());
        return;
    }
    emit failed(message);
}

QString DatabaseSession::unreachableMessage()
{
    return tr("The database server cannot be reached, so the change was not saved. Jalaseh "
              "connects again by itself; make the change once the window no longer says the "
              "server is unreachable.");
}

void DatabaseSession::notifyReadFailed(const QString& message)
{
    emit readFailed(message);
}

} // namespace jalaseh::session

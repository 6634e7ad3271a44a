#include "session/models/SearchResultModel.h"

#include "persian/JalaliDate.h"

namespace jalaseh::session {
namespace {

// A long contribution shows its first words in the table and whole in the tooltip.
QString firstLine(const QString& text)
{
    constexpr qsizetype shown = 160;
    QString line = text.simplified();
    if (line.size() > shown)
        line = line.left(shown) + QChar(u'…');
    return line;
}

} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SearchResultModel::show(QList<storage::SearchHit> hits, QHash<Id, QString> meetingNames)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_meetingNames = std::move(meetingNames);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::kindName(storage::SearchHit::Kind kind)
{
    using Kind = storage::SearchHit::Kind;
    switch (kind) {
    case Kind::Meeting:
        return tr("Meeting");
    case Kind::Person:
        return tr("Person");
    case Kind::Body:
        return tr("Body");
    case Kind::Contribution:
        return tr("Contribution");
    case Kind::Proposal:
        return tr("Proposal");
    case Kind::Decision:
        return tr("Decision");
    }
    return {};
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const storage::SearchHit& hit = m_hits.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == TextColumn)
        return hit.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return kindName(hit.kind);
    case TextColumn:
        return firstLine(hit.text);
    case MeetingColumn:
        return hit.meetingId ? m_meetingNames.value(hit.meetingId) : QString();
    case DateColumn:
        return persian::formatDate(hit.meetingDate);
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Found in");
    case TextColumn:
        return tr("Text");
    case MeetingColumn:
        return tr("Meeting");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace jalaseh::session

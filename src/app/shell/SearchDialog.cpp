#include "app/shell/SearchDialog.h"

#include "persian/Digits.h"
#include "session/DatabaseSession.h"
#include "session/models/SearchResultModel.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/StorageError.h"
#include "ui_SearchDialog.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace jalaseh::app {

SearchDialog::SearchDialog(session::DatabaseSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SearchDialog>())
    , m_session(session)
    , m_results(new session::SearchResultModel(this))
{
    m_ui->setupUi(this);
    resize(900, 560);
    m_ui->resultTable->setModel(m_results);
    m_ui->resultTable->verticalHeader()->hide();
    // Widths set once from sample text: measuring 200 hits at every key would cost more than
    // the search itself.
    QHeaderView* header = m_ui->resultTable->horizontalHeader();
    const QFontMetrics metrics(m_ui->resultTable->font());
    const int padding = 3 * metrics.averageCharWidth();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(session::SearchResultModel::TextColumn, QHeaderView::Stretch);
    header->resizeSection(session::SearchResultModel::KindColumn,
                          metrics.horizontalAdvance(session::SearchResultModel::kindName(
                              storage::SearchHit::Kind::Contribution)) +
                              padding);
    header->resizeSection(
        session::SearchResultModel::MeetingColumn,
        metrics.horizontalAdvance(QStringLiteral(
            "نشست راهبران کارگروه‌ها، شماره‌ی ۲۱")) +
            padding);
    header->resizeSection(session::SearchResultModel::DateColumn,
                          metrics.horizontalAdvance(QStringLiteral("۱۴۰۲/۰۱/۲۱")) + padding);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SearchDialog::search);
    connect(m_ui->resultTable, &QTableView::activated, this, &SearchDialog::choose);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down from the search box goes to the hits; Enter there opens the first one.
    m_ui->searchEdit->installEventFilter(this);
    // The dialog is modal: a failed read is told here, where the user looks, as well as in the
    // window's message strip.
    connect(&session, &session::DatabaseSession::readFailed, m_ui->countLabel, &QLabel::setText);
    session.read([&] {
        for (const MeetingSeries& one : storage::MeetingSeriesRepository(session.database()).all())
            m_seriesNames.insert(one.id, one.name);
    });
    search({});
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::setQuery(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

bool SearchDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndex first = m_results->index(0, 0);
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) &&
            first.isValid()) {
            m_ui->resultTable->setCurrentIndex(first);
            if (key == Qt::Key_Down)
                m_ui->resultTable->setFocus();
            else
                choose(first);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SearchDialog::search(const QString& text)
{
    QList<storage::SearchHit> hits;
    QHash<Id, QString> meetingNames;
    const bool read = m_session.read([&] {
        storage::Database& database = m_session.database();
        hits = storage::SearchRepository(database).search(text, hitLimit);
        QList<Id> meetings;
        for (const storage::SearchHit& hit : hits)
            if (hit.meetingId)
                meetings.append(hit.meetingId);
        const QString name = tr("%1, no. %2");
        for (const storage::MeetingHeading& meeting :
             storage::MeetingRepository(database).headings(meetings))
            meetingNames.insert(meeting.id, name.arg(m_seriesNames.value(meeting.seriesId),
                                                     persian::formatNumber(meeting.number)));
    });
    if (!read) {
        m_results->show({}, {});
        return;
    }
    m_results->show(hits, meetingNames);
    if (text.trimmed().isEmpty())
        m_ui->countLabel->setText(
            tr("Type a name, a word of a meeting's title, series or agenda or of what was said or "
               "decided, or a date such as 1402/01/21; Arabic or Persian letters and either "
               "digits all match. Enter opens the first hit."));
    else if (hits.isEmpty())
        m_ui->countLabel->setText(tr("Nothing contains “%1”.").arg(text.trimmed()));
    else if (hits.size() >= hitLimit)
        m_ui->countLabel->setText(
            tr("The first %1 hits, newest meetings first; type more to narrow them.")
                .arg(persian::formatNumber(hitLimit)));
    else
        m_ui->countLabel->setText(
            tr("%1 found, newest meetings first.").arg(persian::formatNumber(hits.size())));
}

void SearchDialog::choose(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    m_chosen = m_results->hitAt(index.row());
    accept();
}

} // namespace jalaseh::app

#include "app/meetings/MinutesRecordStrip.h"

#include "app/meetings/MinutesVersionsDialog.h"
#include "core/Error.h"
#include "documents/MinutesApproval.h"
#include "persian/Digits.h"
#include "persian/JalaliDate.h"
#include "session/DatabaseSession.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace jalaseh::app {

MinutesRecordStrip::MinutesRecordStrip(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_approveButton(new QPushButton(tr("A&pprove minutes…"), this))
    , m_amendButton(new QPushButton(tr("A&mend…"), this))
    , m_versionsButton(new QPushButton(tr("&Versions…"), this))
{
    setObjectName(QStringLiteral("minutesRecordStrip"));
    m_text->setObjectName(QStringLiteral("minutesStateLabel"));
    m_approveButton->setObjectName(QStringLiteral("approveMinutesButton"));
    m_amendButton->setObjectName(QStringLiteral("amendMinutesButton"));
    m_versionsButton->setObjectName(QStringLiteral("minutesVersionsButton"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // the id, to copy
    m_text->setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_text, 1);
    row->addWidget(m_approveButton);
    row->addWidget(m_amendButton);
    row->addWidget(m_versionsButton);
    m_approveButton->setToolTip(
        tr("Keep the minutes as they are now, with a document id; the meeting is then no "
           "longer edited"));
    m_amendButton->setToolTip(tr("Open a new version of approved minutes to correct them"));
    connect(m_approveButton, &QPushButton::clicked, this, &MinutesRecordStrip::askAndApprove);
    connect(m_amendButton, &QPushButton::clicked, this, &MinutesRecordStrip::askAndAmend);
    connect(m_versionsButton, &QPushButton::clicked, this, &MinutesRecordStrip::showVersions);
    hide();
}

void MinutesRecordStrip::setSession(session::DatabaseSession* session)
{
    m_session = session;
    m_meetingId = 0;
    hide();
}

void MinutesRecordStrip::setEditRights(const session::EditRights& rights)
{
    m_rights = rights;
    render();
}

void MinutesRecordStrip::showStanding(Id meetingId, const QList<MinutesVersion>& versions)
{
    m_meetingId = meetingId;
    m_versions = versions;
    for (MinutesVersion& version : m_versions)
        version.snapshot.clear(); // not shown; large
    m_standing = MinutesStanding::of(m_versions);
    render();
}

void MinutesRecordStrip::render()
{
    if (!m_meetingId) {
        hide();
        return;
    }
    const bool mayChange = m_rights.mayEditEverything() && m_session && !m_session->isReadOnly();
    m_approveButton->setVisible(mayChange && !m_standing.isFrozen());
    m_amendButton->setVisible(mayChange && m_standing.isFrozen());
    m_versionsButton->setVisible(!m_versions.isEmpty());
    // The id in Latin letters, isolated so that a Persian sentence does not reorder its groups.
    const auto latin = [](const QString& text) -> QString {
        return QChar(0x2066) + text + QChar(0x2069);
    };
    switch (m_standing.state) {
    case MinutesStanding::Draft:
        m_text->setText(tr("Minutes: a draft, not yet approved."));
        break;
    case MinutesStanding::Approved: {
        const MinutesVersion& last = m_versions.last();
        m_text->setText(
            tr("Minutes approved on %1 (version %2), document id %3. The meeting can no longer "
               "be edited; to correct its minutes, amend them.")
                .arg(persian::formatDate(last.approvedAt.toLocalTime().date()),
                     persian::formatNumber(last.number), latin(last.documentId)));
        break;
    }
    case MinutesStanding::Amending:
        m_text->setText(tr("Minutes being amended (version %1): %2. Edit the meeting, then "
                           "approve the minutes again.")
                            .arg(persian::formatNumber(m_versions.last().number),
                                 m_versions.last().amendReason));
        break;
    }
    show();
}

QString MinutesRecordStrip::text() const
{
    return m_text->text();
}

bool MinutesRecordStrip::approve()
{
    return change(tr("The minutes were not approved"), [this] {
        documents::MinutesApproval::approve(m_session->database(), m_meetingId);
    });
}

bool MinutesRecordStrip::amend(const QString& reason)
{
    return change(tr("No amendment was opened"), [this, &reason] {
        documents::MinutesApproval::amend(m_session->database(), m_meetingId, reason);
    });
}

// Runs an approval or an amendment; nothing thrown leaves here. On success the session says the
// meeting changed, and the editor reads it again.
bool MinutesRecordStrip::change(const QString& failureTitle, const std::function<void()>& make)
{
    if (!m_session || !m_meetingId)
        return false;
    try {
        make();
    } catch (const Error& error) {
        showFailure(failureTitle, error.userMessage());
        return false;
    } catch (const std::exception& error) {
        showFailure(failureTitle,
                    tr("Jalaseh met an error it did not expect (%1); nothing was changed.")
                        .arg(QString::fromLocal8Bit(error.what())));
        return false;
    }
    m_session->notifyChanged(session::Change::Meetings, m_meetingId);
    return true;
}

void MinutesRecordStrip::showVersions()
{
    if (!m_session || !m_meetingId)
        return;
    MinutesVersionsDialog dialog(*m_session, m_meetingId, this);
    dialog.exec();
}

void MinutesRecordStrip::askAndApprove()
{
    QMessageBox question(QMessageBox::Question, tr("Approve the minutes"),
                         tr("Approve the minutes of this meeting as they are now?"),
                         QMessageBox::Cancel, this);
    question.setInformativeText(
        tr("Every later export will show them exactly as now, with a document id on each page. "
           "The meeting can then no longer be edited; a correction needs an amendment, which "
           "opens a new version."));
    QPushButton* approveButton = question.addButton(tr("Approve"), QMessageBox::AcceptRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == approveButton)
        approve();
}

void MinutesRecordStrip::askAndAmend()
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Amend the minutes"),
        tr("What does the amendment correct? The reason is kept with the new version."), {}, &ok);
    if (ok)
        amend(reason);
}

void MinutesRecordStrip::showFailure(const QString& title, const QString& message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace jalaseh::app

#include "GuiFixture.h"

#include "app/common/PersonPicker.h"
#include "storage/BodyRepository.h"
#include "storage/Database.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <memory>

namespace jalaseh::test {
namespace {

Id addPerson(storage::Database& database, const QString& family, const QString& given,
             Gender gender, AcademicTitle title)
{
    Person person;
    person.familyName = family;
    person.givenName = given;
    person.gender = gender;
    person.title = title;
    return storage::PersonRepository(database).insert(person);
}

Id addBody(storage::Database& database, const QString& name, BodyKind kind)
{
    Body body;
    body.name = name;
    body.kind = kind;
    return storage::BodyRepository(database).insert(body);
}

void addMember(storage::Database& database, Id body, Id person, MembershipRole role)
{
    Membership membership;
    membership.bodyId = body;
    membership.personId = person;
    membership.role = role;
    membership.from = QDate(2020, 1, 1);
    storage::MembershipRepository(database).insert(membership);
}

} // namespace

GuiFixture::GuiFixture()
{
    REQUIRE(m_folder.isValid());
    storage::OpenOptions options;
    options.create = true;
    auto opened =
        storage::Database::open(m_folder.filePath(QStringLiteral("test.jalaseh")), options);
    REQUIRE(opened.database);
    storage::Database& db = *opened.database;
    reghabi = addPerson(db, QStringLiteral("رقابی"), QStringLiteral("فاطمه"), Gender::Female,
                        AcademicTitle::Doctor);
    taheri = addPerson(db, QStringLiteral("طاهری"), QStringLiteral("محمد"), Gender::Male,
                       AcademicTitle::Doctor);
    kazemi = addPerson(db, QStringLiteral("کاظمی"), QStringLiteral("زهرا"), Gender::Female,
                       AcademicTitle::None);
    ghaznavi = addPerson(db, QStringLiteral("غزنوی"), QStringLiteral("مریم"), Gender::Female,
                         AcademicTitle::Doctor);
    atefi = addPerson(db, QStringLiteral("عاطفی ملکی"), QStringLiteral("علی"), Gender::Male,
                      AcademicTitle::None);
    workingGroup = addBody(db, QStringLiteral("کارگروه آموزش"), BodyKind::WorkingGroup);
    steeringCommittee = addBody(db, QStringLiteral("کمیته راهبری"), BodyKind::SteeringCommittee);
    addMember(db, workingGroup, taheri, MembershipRole::Lead);
    addMember(db, workingGroup, reghabi, MembershipRole::Member);
    addMember(db, workingGroup, kazemi, MembershipRole::Member);
    addMember(db, steeringCommittee, ghaznavi, MembershipRole::Member);
    addMember(db, steeringCommittee, reghabi, MembershipRole::Member);
    MeetingSeries leads;
    leads.name = QStringLiteral("نشست راهبران کارگروه‌ها");
    series = storage::MeetingSeriesRepository(db).insert(leads);

    m_window = std::make_unique<app::MainWindow>();
    m_window->setSession(std::make_unique<session::DatabaseSession>(std::move(opened.database)));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    REQUIRE(QTest::qWaitForWindowActive(m_window.get()));
}

GuiFixture::~GuiFixture() = default;

void choose(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setFocus();
    // What choosing from the popup does: the item becomes current and the choice is announced.
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void chooseText(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void typeText(QWidget* widget, const QString& text)
{
    // Each character as a key carrying its text: QTest::keyClicks knows only Latin-1.
    for (const QChar character : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(character),
                            Qt::NoModifier);
    }
}

void pickPerson(app::PersonPicker* picker, const QString& typed)
{
    picker->setFocus();
    picker->clear();
    typeText(picker, typed);
    QAbstractItemView* popup = picker->completer()->popup();
    INFO("no completion offered for " << typed.toStdString());
    REQUIRE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
}

void whenDialogOpens(std::function<void(QDialog*)> answer)
{
    auto* poll = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, elapsed, answer = std::move(answer)] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
            // Left open by the answer: close it, so that the test goes on and fails.
            QTimer::singleShot(3000, dialog, [dialog] { dialog->reject(); });
            return;
        }
        if ((*elapsed += poll->interval()) > 5000) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(20);
}

void typeInto(QWidget* line, const QString& text)
{
    line->setFocus();
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_Delete);
    typeText(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace jalaseh::test

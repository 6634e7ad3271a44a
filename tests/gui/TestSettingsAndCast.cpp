// What comes before the first meeting: the organisation with its logo (an undoable edit), and
// the people, bodies and members entered through their dialogs with the keyboard.
#include "GuiFixture.h"
#include "app/bodies/BodiesView.h"
#include "app/common/PersonPicker.h"
#include "app/people/PeopleView.h"
#include "app/shell/SettingsDialog.h"
#include "storage/BodyRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SettingsRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;

namespace {

const char* const squareSvg =
    R"(<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#0b5d7a"/></svg>)";

QString writeFile(const QTemporaryDir& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

void reactivate(QWidget& window)
{
    QTest::qWait(0);
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

template <typename T>
T* inDialog(QDialog* dialog, const char* name)
{
    return dialog->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("A logo is read from PNG, JPEG or SVG and kept as PNG, other files refused")
{
    QTemporaryDir folder;
    QImage big(1600, 800, QImage::Format_RGB32);
    big.fill(Qt::darkCyan);
    const QString png = folder.filePath(QStringLiteral("logo.png"));
    REQUIRE(big.save(png));
    const QString jpeg = folder.filePath(QStringLiteral("logo.jpg"));
    REQUIRE(big.save(jpeg, "JPEG"));
    const QString svg = writeFile(folder, QStringLiteral("logo.svg"), squareSvg);
    const QString text = writeFile(folder, QStringLiteral("logo.png.txt"), "not a picture");

    app::SettingsDialog dialog;
    dialog.setOrganisation({}, true);
    for (const QString& path : {png, jpeg, svg}) {
        INFO(path.toStdString());
        REQUIRE(dialog.chooseLogoFile(path));
        CHECK(dialog.logoProblem().isEmpty());
        const QImage kept = QImage::fromData(dialog.organisation().logoPng, "PNG");
        REQUIRE_FALSE(kept.isNull());
        // Made no larger than 600 pixels a side, in proportion; a drawing is drawn that large.
        CHECK(kept.width() == 600);
        CHECK(kept.height() == 300);
    }
    const QByteArray kept = dialog.organisation().logoPng;
    CHECK_FALSE(dialog.chooseLogoFile(text));
    CHECK_FALSE(dialog.logoProblem().isEmpty());
    CHECK(dialog.organisation().logoPng == kept); // a refused file leaves the logo as it was
    CHECK_FALSE(dialog.chooseLogoFile(folder.filePath(QStringLiteral("gone.png"))));
    CHECK(dialog.logoProblem().contains(QStringLiteral("gone.png")));

    // "No logo" clears it, by keyboard.
    auto* clear = dialog.findChild<QPushButton*>(QStringLiteral("clearLogoButton"));
    REQUIRE(clear);
    clear->setFocus();
    QTest::keyClick(clear, Qt::Key_Space);
    CHECK(dialog.organisation().logoPng.isEmpty());
    CHECK_FALSE(clear->isEnabled());
}

TEST_CASE("The organisation is changed in the settings as an edit that undo takes back")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    QTemporaryDir folder;
    const QString svg = writeFile(folder, QStringLiteral("logo.svg"), squareSvg);

    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::SettingsDialog*>(opened);
        if (!dialog)
            return;
        typeInto(inDialog<QLineEdit>(dialog, "organisationEdit"),
                 QStringLiteral("شبكه كتابخانه‌هاي دانشگاهي كشور"));
        auto* letterhead = inDialog<QPlainTextEdit>(dialog, "letterheadEdit");
        letterhead->setFocus();
        typeText(letterhead, QStringLiteral("بسمه تعالی"));
        dialog->chooseLogoFile(svg);
        // Enter in the name field is OK.
        QTest::keyClick(inDialog<QLineEdit>(dialog, "organisationEdit"), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    reactivate(window);
    Organisation organisation = storage::SettingsRepository(fixture.database()).organisation();
    // Stored as Persian is written: Persian kaf and yeh.
    CHECK(organisation.name ==
          QStringLiteral("شبکه کتابخانه‌های دانشگاهی کشور"));
    CHECK(organisation.letterheadLines == QStringList{QStringLiteral("بسمه تعالی")});
    CHECK_FALSE(QImage::fromData(organisation.logoPng, "PNG").isNull());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storage::SettingsRepository(fixture.database()).organisation() == Organisation{});
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(storage::SettingsRepository(fixture.database()).organisation() == organisation);
}

TEST_CASE("The attendance rules are changed in the settings as an edit that undo takes back")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    whenDialogOpens([&](QDialog* opened) {
        auto* dialog = qobject_cast<app::SettingsDialog*>(opened);
        if (!dialog)
            return;
        inDialog<QSpinBox>(dialog, "consecutiveSpin")->setValue(2);
        inDialog<QSpinBox>(dialog, "yearlySpin")->setValue(4);
        inDialog<QSpinBox>(dialog, "quietMonthsSpin")->setValue(6);
        QTest::keyClick(inDialog<QLineEdit>(dialog, "organisationEdit"), Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    reactivate(window);
    const ReviewRules changed{.consecutiveAbsences = 2, .absencesInOneYear = 4, .quietMonths = 6};
    CHECK(storage::SettingsRepository(fixture.database()).reviewRules() == changed);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(storage::SettingsRepository(fixture.database()).reviewRules() == ReviewRules{});
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(storage::SettingsRepository(fixture.database()).reviewRules() == changed);
}

TEST_CASE("People, a body and a membership are entered through their dialogs by keyboard")
{
    GuiFixture fixture;
    QWidget& window = fixture.window();
    storage::Database& db = fixture.database();

    // Ctrl+2, then the New person button: the dialog, filled in and confirmed with Enter.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    REQUIRE(fixture.window().currentPage() == app::MainWindow::PeoplePage);
    whenDialogOpens([](QDialog* dialog) {
        typeInto(inDialog<QLineEdit>(dialog, "givenEdit"), QStringLiteral("الهام"));
        choose(inDialog<QComboBox>(dialog, "genderCombo"), int(Gender::Female));
        typeInto(inDialog<QLineEdit>(dialog, "familyEdit"), QStringLiteral("فاضل"));
    });
    auto* newPerson =
        fixture.window().peopleView()->findChild<QPushButton*>(QStringLiteral("newButton"));
    REQUIRE(newPerson);
    newPerson->setFocus();
    QTest::keyClick(newPerson, Qt::Key_Space);
    reactivate(window);
    const QList<Person> found =
        storage::PersonRepository(db).findByName(QStringLiteral("فاضل"), QStringLiteral("الهام"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].gender == Gender::Female);

    // Ctrl+3, New body: a working group.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    whenDialogOpens([](QDialog* dialog) {
        typeInto(inDialog<QLineEdit>(dialog, "nameEdit"), QStringLiteral("کارگروه اشتراک تجربیات"));
    });
    auto* newBody =
        fixture.window().bodiesView()->findChild<QPushButton*>(QStringLiteral("newButton"));
    REQUIRE(newBody);
    newBody->setFocus();
    QTest::keyClick(newBody, Qt::Key_Space);
    reactivate(window);
    const auto group =
        storage::BodyRepository(db).findByName(QStringLiteral("كارگروه اشتراك تجربيات"));
    REQUIRE(group);
    CHECK(group->kind == BodyKind::WorkingGroup);

    // The new person is its lead from 1401/08/01: Add member with the group selected.
    auto* table = fixture.window().bodiesView()->findChild<QTableView*>(QStringLiteral("table"));
    REQUIRE(table);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, 0).data().toString() == group->name)
            table->setCurrentIndex(table->model()->index(row, 0));
    whenDialogOpens([](QDialog* dialog) {
        pickPerson(inDialog<app::PersonPicker>(dialog, "personPicker"), QStringLiteral("فاضل"));
        choose(inDialog<QComboBox>(dialog, "roleCombo"), int(MembershipRole::Lead));
        typeInto(inDialog<QWidget>(dialog, "fromEdit")->findChild<QLineEdit*>(),
                 QStringLiteral("۱۴۰۱/۰۸/۰۱"));
    });
    auto* addMember =
        fixture.window().bodiesView()->findChild<QPushButton*>(QStringLiteral("addMemberButton"));
    REQUIRE(addMember);
    addMember->setFocus();
    QTest::keyClick(addMember, Qt::Key_Space);
    reactivate(window);
    const QList<Membership> members = storage::MembershipRepository(db).ofBody(group->id);
    REQUIRE(members.size() == 1);
    CHECK(members[0].personId == found[0].id);
    CHECK(members[0].role == MembershipRole::Lead);
    CHECK(members[0].from == QDate(2022, 10, 23));
}

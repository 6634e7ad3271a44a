// The meeting editor under the Persian interface, as users run it: translations installed, right
// to left, Persian digits. Its own program, because the translations stay installed once applied.
#include "GuiFixture.h"
#include "SeedFixture.h"
#include "app/common/PersonPicker.h"
#include "app/meetings/MeetingEditor.h"
#include "app/shell/InterfaceLanguage.h"
#include "session/models/AgendaListModel.h"
#include "session/models/AttendanceListModel.h"
#include "storage/AgendaItemRepository.h"
#include "storage/AttendanceRepository.h"
#include "storage/MeetingRepository.h"
#include "support/QtCatchPrinters.h"

#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jalaseh;
using namespace jalaseh::test;
using Tab = app::MeetingEditor::Tab;

namespace {

int leftEdge(QWidget& window, QWidget* widget)
{
    return widget->mapTo(&window, QPoint(0, 0)).x();
}

void showTab(QWidget& window, Tab tab)
{
    QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(tab)), Qt::AltModifier | Qt::ShiftModifier);
    REQUIRE(find<QTabWidget>(window, "tabs")->currentIndex() == int(tab));
}

} // namespace

TEST_CASE("The meeting editor reads right to left in the Persian interface")
{
    app::InterfaceLanguage::apply(*qobject_cast<QApplication*>(QCoreApplication::instance()),
                                  app::InterfaceLanguage::Language::Persian);
    SeedFixture seed;
    QWidget& window = seed.window();
    REQUIRE(window.layoutDirection() == Qt::RightToLeft);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    app::MeetingEditor& editor = *seed.window().meetingEditor();
    const Id meeting = storage::MeetingRepository(seed.database()).all().first().id;

    // The tabs in Persian, in their order; the Meeting menu's Alt+Shift+n follow it.
    CHECK(editor.tabTitles() == QStringList{QStringLiteral("مشخصات"), QStringLiteral("حضور و غیاب"),
                                            QStringLiteral("دستور جلسه"), QStringLiteral("سخنان"),
                                            QStringLiteral("پیشنهادها"),
                                            QStringLiteral("مصوبه‌ها"),
                                            QStringLiteral("پیوست‌ها")});

    // "Back" points to the right, where a right-to-left line starts, and the button stands at
    // the right end of the bar, the minutes button at the left.
    auto* back = find<QPushButton>(window, "backButton");
    CHECK(back->text() == QStringLiteral("\u200F\u2192 جلسه‌ها"));
    CHECK(leftEdge(window, back) > leftEdge(window, find<QPushButton>(window, "minutesButton")));

    // The agenda typed in Persian; its number column, the first, is at the right, in Persian
    // digits.
    showTab(window, Tab::AgendaTab);
    typeInto(find<QLineEdit>(window, "agendaTitleEdit"),
             QStringLiteral("نحوه ادامه کار با وزارتخانه"));
    REQUIRE(storage::AgendaItemRepository(seed.database()).ofMeeting(meeting).size() == 1);
    auto* agenda = find<QTableView>(window, "agendaTable");
    CHECK(agenda->model()->index(0, session::AgendaListModel::NumberColumn).data().toString() ==
          QStringLiteral("۱"));
    CHECK(
        agenda->horizontalHeader()->sectionViewportPosition(
            session::AgendaListModel::NumberColumn) >
        agenda->horizontalHeader()->sectionViewportPosition(session::AgendaListModel::TitleColumn));

    // All working-group leads, named in Persian, added in their Persian role.
    showTab(window, Tab::AttendanceTab);
    CHECK(find<QComboBox>(window, "bodyCombo")->itemText(0) ==
          QStringLiteral("همه‌ی راهبران کارگروه‌ها"));
    auto* add = find<QPushButton>(window, "addBodyButton");
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    CHECK(storage::AttendanceRepository(seed.database()).ofMeeting(meeting).size() == 9);
    CHECK(
        editor.attendance()->index(0, session::AttendanceListModel::RoleColumn).data().toString() ==
        QStringLiteral("راهبر"));

    // A picker's message is Persian, its count in Persian digits.
    showTab(window, Tab::ContributionsTab);
    auto* speaker = find<app::PersonPicker>(window, "speakerPicker");
    typeInto(speaker, QStringLiteral("ي"));
    CHECK(speaker->problem().contains(QStringLiteral("نفر")));
    CHECK(speaker->problem().contains(QRegularExpression(QStringLiteral("[۰-۹]"))));
}

#include "core/Validation.h"
#include "support/QtCatchPrinters.h"

using namespace jalaseh;

TEST_CASE("a meeting that ends before it starts is refused, naming the field", "[core]")
{
    Meeting meeting;
    meeting.seriesId = 1;
    meeting.number = 1;
    meeting.date = QDate(2023, 4, 10);
    meeting.start = QTime(13, 20);
    meeting.end = QTime(12, 0);
    const auto errors = validate(meeting);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().field == QStringLiteral("end"));

    meeting.end = QTime(14, 0);
    CHECK(validate(meeting).isEmpty());
}

TEST_CASE("a meeting needs a series, a number and a date", "[core]")
{
    const auto errors = validate(Meeting{});
    QStringList fields;
    for (const auto& error : errors)
        fields.append(error.field);
    CHECK(fields == QStringList{QStringLiteral("seriesId"), QStringLiteral("number"),
                                QStringLiteral("date")});
}

TEST_CASE("a person needs a family name", "[core]")
{
    Person person;
    person.familyName = QStringLiteral("   ");
    REQUIRE(validate(person).size() == 1);
    person.familyName = QStringLiteral("رقابی");
    CHECK(validate(person).isEmpty());
}

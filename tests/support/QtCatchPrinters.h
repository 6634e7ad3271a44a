#pragma once

// Lets Catch2 print Qt values in failed assertions.
#include <QDate>
#include <QString>
#include <QTime>
#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return "\"" + value.toStdString() + "\""; }
};
template <>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : "(invalid date)";
    }
};
template <>
struct StringMaker<QTime>
{
    static std::string convert(const QTime& value)
    {
        return value.isValid() ? value.toString(QStringLiteral("HH:mm")).toStdString()
                               : "(invalid time)";
    }
};
} // namespace Catch

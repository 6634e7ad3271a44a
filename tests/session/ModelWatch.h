#pragma once

// Watches an item model the way views and proxies use it, and collects what it does wrong:
// - QAbstractItemModelTester (its failures, reported as qt.modeltest warnings, are caught here
//   instead of passing by in the log);
// - every cell read in every role a view paints with, checked for the type the role needs, after
//   every change the model announces;
// - the rows a view still shows when a reset is announced read again and compared with what the
//   model showed before: a model that changes its rows before beginResetModel() shows a view
//   (or a proxy) rows that do not match its row count.
#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QPointer>
#include <QStringList>
#include <catch2/catch.hpp>
#include <memory>

namespace jalaseh::test {

class ModelWatch
{
public:
    explicit ModelWatch(QAbstractItemModel* model);
    ~ModelWatch();
    ModelWatch(const ModelWatch&) = delete;
    ModelWatch& operator=(const ModelWatch&) = delete;

    // What went wrong since the watch began (empty when nothing did).
    QStringList failures() const;
    // How many resets, dataChanged and row insertions or removals the model announced.
    int resets() const { return m_resets; }
    int dataChanges() const { return m_dataChanges; }

private:
    // Every cell's text in the display role, row by row (and the row count), as a view shows it.
    QStringList shown() const;
    void checkEveryCell();
    void fail(const QString& what);

    QPointer<QAbstractItemModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_shownBefore;
    QStringList m_failures;
    int m_resets = 0;
    int m_dataChanges = 0;
    int m_firstWarning = 0; // where this watch's share of the caught warnings begins
};

// Fails the test, naming every problem, when the watch found any.
#define REQUIRE_MODEL_SOUND(watch)                                                                 \
    do {                                                                                           \
        const QStringList problems_ = (watch).failures();                                          \
        INFO(problems_.join(QLatin1Char('\n')).toStdString());                                     \
        REQUIRE(problems_.isEmpty());                                                              \
    } while (false)

// What a model shows, as a view reads it: one cell's display text, one column's top to bottom,
// the horizontal headers.
QString cellText(const QAbstractItemModel& model, int row, int column);
QStringList columnTexts(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole);
QStringList headerTexts(const QAbstractItemModel& model);
// Whether the texts are in Persian alphabetical order (equal neighbours allowed).
bool inPersianOrder(const QStringList& texts);

} // namespace jalaseh::test

#include "ModelWatch.h"

#include "persian/Collation.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QSize>
#include <algorithm>

namespace jalaseh::test {
namespace {

// The tester's failures arrive as warnings of this category; they are kept here (a test that
// finds them prints them), every other message goes on to the handler that was there before.
QStringList& caughtWarnings()
{
    static QStringList warnings;
    return warnings;
}

QtMessageHandler previousHandler = nullptr;

void catchModelWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg)
        caughtWarnings().append(message);
    else if (previousHandler)
        previousHandler(type, context, message);
}

void installHandlerOnce()
{
    static const bool installed = [] {
        previousHandler = qInstallMessageHandler(catchModelWarnings);
        return true;
    }();
    Q_UNUSED(installed);
}

bool isText(const QVariant& value)
{
    return !value.isValid() || value.canConvert<QString>();
}

bool isPaint(const QVariant& value)
{
    const int type = value.metaType().id();
    return !value.isValid() || type == QMetaType::QBrush || type == QMetaType::QColor;
}

bool isDecoration(const QVariant& value)
{
    const int type = value.metaType().id();
    return !value.isValid() || type == QMetaType::QIcon || type == QMetaType::QPixmap ||
           type == QMetaType::QImage || type == QMetaType::QColor;
}

bool isAlignment(const QVariant& value)
{
    if (!value.isValid())
        return true;
    bool ok = false;
    const int flags = value.toInt(&ok);
    return ok && (flags & ~int(Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask)) == 0;
}

} // namespace

ModelWatch::ModelWatch(QAbstractItemModel* model)
    : m_model(model)
{
    installHandlerOnce();
    m_firstWarning = int(caughtWarnings().size());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning);

    const auto changed = [this] {
        checkEveryCell();
        m_shownBefore = shown();
    };
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, m_tester.get(), [this] {
        const QStringList now = shown();
        for (qsizetype line = 0; line < std::max(now.size(), m_shownBefore.size()); ++line)
            if (now.value(line) != m_shownBefore.value(line)) {
                fail(QStringLiteral("changed without saying so before the reset was announced "
                                    "(line %1 of what a view shows): a view showed [%2], the "
                                    "model now gives [%3]")
                         .arg(line)
                         .arg(m_shownBefore.value(line), now.value(line)));
                break;
            }
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, m_tester.get(), [this, changed] {
        ++m_resets;
        changed();
    });
    QObject::connect(model, &QAbstractItemModel::dataChanged, m_tester.get(), [this, changed] {
        ++m_dataChanges;
        changed();
    });
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
          &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
        QObject::connect(model, signal, m_tester.get(), changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, m_tester.get(), changed);
    changed();
}

ModelWatch::~ModelWatch() = default;

QStringList ModelWatch::failures() const
{
    QStringList all = m_failures;
    all += caughtWarnings().mid(m_firstWarning);
    return all;
}

void ModelWatch::fail(const QString& what)
{
    const QString name = m_model ? QString::fromLatin1(m_model->metaObject()->className())
                                 : QStringLiteral("(model gone)");
    m_failures.append(name + QStringLiteral(": ") + what);
}

QStringList ModelWatch::shown() const
{
    QStringList rows;
    if (!m_model)
        return rows;
    const int rowCount = m_model->rowCount();
    const int columnCount = m_model->columnCount();
    rows.append(QStringLiteral("%1 rows").arg(rowCount));
    for (int row = 0; row < rowCount; ++row) {
        QStringList cells;
        for (int column = 0; column < columnCount; ++column)
            cells.append(m_model->index(row, column).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

void ModelWatch::checkEveryCell()
{
    if (!m_model)
        return;
    const QAbstractItemModel& model = *m_model;
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        if (!isText(model.headerData(column, Qt::Horizontal, Qt::DisplayRole)))
            fail(QStringLiteral("the header of column %1 is not text").arg(column));
    for (int row = 0; row < rows; ++row) {
        if (!isText(model.headerData(row, Qt::Vertical, Qt::DisplayRole)))
            fail(QStringLiteral("the header of row %1 is not text").arg(row));
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model.index(row, column);
            const QString where = QStringLiteral("cell (%1, %2)").arg(row).arg(column);
            if (!index.isValid() || index.row() != row || index.column() != column) {
                fail(where + QStringLiteral(" has no valid index"));
                continue;
            }
            if (!(model.flags(index) & Qt::ItemIsEnabled))
                fail(where + QStringLiteral(" is not enabled"));
            for (const int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                  int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole)})
                if (!isText(index.data(role)))
                    fail(where + QStringLiteral(": role %1 is not text").arg(role));
            if (!isPaint(index.data(Qt::BackgroundRole)) ||
                !isPaint(index.data(Qt::ForegroundRole)))
                fail(where + QStringLiteral(": a colour role is neither brush nor colour"));
            if (!isDecoration(index.data(Qt::DecorationRole)))
                fail(where + QStringLiteral(": the decoration is no icon, image or colour"));
            const QVariant font = index.data(Qt::FontRole);
            if (font.isValid() && font.metaType().id() != QMetaType::QFont)
                fail(where + QStringLiteral(": the font role is no font"));
            if (!isAlignment(index.data(Qt::TextAlignmentRole)))
                fail(where + QStringLiteral(": the alignment is not one"));
            const QVariant size = index.data(Qt::SizeHintRole);
            if (size.isValid() && !size.canConvert<QSize>())
                fail(where + QStringLiteral(": the size hint is no size"));
        }
    }
}

QString cellText(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

QStringList columnTexts(const QAbstractItemModel& model, int column, int role)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data(role).toString());
    return texts;
}

QStringList headerTexts(const QAbstractItemModel& model)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    return texts;
}

bool inPersianOrder(const QStringList& texts)
{
    const persian::PersianCollator collator;
    for (qsizetype i = 1; i < texts.size(); ++i)
        if (collator.lessThan(texts.at(i), texts.at(i - 1)))
            return false;
    return true;
}

} // namespace jalaseh::test

#pragma once

#include "storage/SearchRepository.h"

#include <QDialog>
#include <QHash>
#include <memory>
#include <optional>

namespace Ui {
class SearchDialog;
}

namespace jalaseh::session {
class DatabaseSession;
class SearchResultModel;
} // namespace jalaseh::session

namespace jalaseh::app {

// Searches the whole database as one types: people, bodies, meetings, what each speaker said,
// proposals and decisions, however the words were typed (ك/ک, ي/ی, with or without ZWNJ, any
// digits), through storage::SearchRepository, the same search as `jalaseh search`. Enter or a
// double click on a hit closes the dialog with that hit chosen().
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(session::DatabaseSession& session, QWidget* parent = nullptr);
    ~SearchDialog() override;

    void setQuery(const QString& text);
    const std::optional<storage::SearchHit>& chosen() const { return m_chosen; }
    session::SearchResultModel* results() const { return m_results; }

    static constexpr int hitLimit = 200;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void choose(const QModelIndex& index);

    std::unique_ptr<Ui::SearchDialog> m_ui;
    session::DatabaseSession& m_session;
    session::SearchResultModel* m_results;
    std::optional<storage::SearchHit> m_chosen;
    QHash<Id, QString> m_seriesNames; // read once: a series is not renamed while searching
};

} // namespace jalaseh::app

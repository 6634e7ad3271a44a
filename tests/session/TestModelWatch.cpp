// The watch the model tests rely on must itself catch what it is there to catch: models that break
// the rules QAbstractItemModelTester knows, and models that change their rows before they say so.
#include "ModelWatch.h"

#include <QAbstractListModel>

using namespace jalaseh::test;

namespace {

// A list of words that can be told to misbehave.
class Words : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_words.size());
    }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::FontRole && m_fontIsText)
            return QStringLiteral("bold");
        if (role != Qt::DisplayRole || !index.isValid() || index.row() >= m_words.size())
            return {};
        return m_words.at(index.row());
    }

    void replaceCorrectly(QStringList words)
    {
        beginResetModel();
        m_words = std::move(words);
        endResetModel();
    }
    // What the list models did before: the rows change, then the reset is announced.
    void replaceTooEarly(QStringList words)
    {
        m_words = std::move(words);
        beginResetModel();
        endResetModel();
    }
    void announceChangeBeyondTheEnd()
    {
        emit dataChanged(index(0, 0), createIndex(int(m_words.size()) + 3, 0));
    }
    void giveTextAsFont() { m_fontIsText = true; }

private:
    QStringList m_words{QStringLiteral("یک"), QStringLiteral("دو"), QStringLiteral("سه")};
    bool m_fontIsText = false;
};

} // namespace

TEST_CASE("The model watch passes a model that keeps the rules", "[session][models][watch]")
{
    Words words;
    ModelWatch watch(&words);
    words.replaceCorrectly({QStringLiteral("چهار")});
    words.replaceCorrectly({});
    CHECK(watch.resets() == 2);
    CHECK(watch.failures().isEmpty());
}

TEST_CASE("The model watch catches rows changed before the reset is announced",
          "[session][models][watch]")
{
    Words words;
    ModelWatch watch(&words);
    words.replaceTooEarly({QStringLiteral("چهار"), QStringLiteral("پنج"), QStringLiteral("شش")});
    REQUIRE(watch.failures().size() == 1);
    CHECK(watch.failures().first().contains(QStringLiteral("before the reset was announced")));
}

TEST_CASE("The model watch reports what QAbstractItemModelTester finds", "[session][models][watch]")
{
    Words words;
    ModelWatch watch(&words);
    words.announceChangeBeyondTheEnd();
    REQUIRE_FALSE(watch.failures().isEmpty());
    CHECK(watch.failures().first().contains(QStringLiteral("FAIL!")));
}

TEST_CASE("The model watch reads every cell in every role", "[session][models][watch]")
{
    Words words;
    ModelWatch watch(&words);
    words.giveTextAsFont();
    words.replaceCorrectly({QStringLiteral("چهار"), QStringLiteral("پنج")});
    const QStringList failures = watch.failures();
    // The tester looks at the first cell only; the watch names the second as well.
    CHECK(failures.filter(QStringLiteral("cell (1, 0): the font role is no font")).size() == 1);
}

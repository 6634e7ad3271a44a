#pragma once

#include <QList>
#include <random>

namespace jalaseh::synthetic {

// The synthetic database's dice. std::mt19937's sequence is fixed by the standard, but the
// standard distributions are not; these few are written out so that a seed gives the same
// database with every compiler and library.
class SyntheticRandom
{
public:
    explicit SyntheticRandom(quint32 seed)
        : m_engine(seed)
    {
    }

    // Uniform in [low, high] (the slight modulo bias does not matter here).
    int between(int low, int high)
    {
        if (high <= low)
            return low;
        return low + int(m_engine() % quint32(high - low + 1));
    }
    bool chance(int percent) { return between(0, 99) < percent; }
    // Uniform in [low, high).
    double real(double low, double high)
    {
        return low + (high - low) * (m_engine() / 4294967296.0);
    }
    template <typename T>
    const T& pick(const QList<T>& list)
    {
        return list[between(0, int(list.size()) - 1)];
    }
    template <typename T>
    void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[between(0, int(i))]);
    }

private:
    std::mt19937 m_engine;
};

} // namespace jalaseh::synthetic

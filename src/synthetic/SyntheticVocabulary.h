#pragma once

#include <QStringList>

namespace jalaseh::synthetic {

// The words the synthetic database is made of: names, universities, topics and the phrases of
// minutes, all in plain stored Persian (Persian ک and ی, ZWNJ where Persian writes it).
struct SyntheticVocabulary
{
    QStringList familyNames;
    QStringList womenNames;
    QStringList menNames;
    QStringList affiliations;
    QStringList positions;
    QStringList groupTopics;
    QStringList regions;
    QStringList subjects;      // noun phrases a meeting talks about
    QStringList openings;      // how a contribution starts
    QStringList speechVerbs;   // how it ends
    QStringList decisionVerbs; // "مقرر شد <subject> <verb>"
    QStringList proposalVerbs; // "پیشنهاد شد <subject> <verb>"
    QStringList absenceReasons;
    QStringList venues;
    QStringList platforms;
    QStringList jalaliMonths; // فروردین ... اسفند

    static const SyntheticVocabulary& persian();
};

} // namespace jalaseh::synthetic

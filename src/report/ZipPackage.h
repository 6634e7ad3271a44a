#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace jalaseh::report {

// A zip file built in memory, members stored uncompressed: the container of an OpenDocument
// package. Members are written in the order they are added (ODF wants "mimetype" first and
// uncompressed, which this always is).
class ZipPackage
{
public:
    void add(const QString& name, const QByteArray& bytes);
    QByteArray bytes() const;

private:
    struct Member
    {
        QString name;
        QByteArray bytes;
    };
    QList<Member> m_members;
};

} // namespace jalaseh::report

#include "app/shell/LogoImage.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPixmap>

namespace jalaseh::app {
QByteArray LogoImage::fromFile(const QString& path, QString* problem)
{
    const QString name = QFileInfo(path).fileName();
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    if (!QFileInfo(path).isFile()) {
        *problem = tr("The file “%1” is not there any more. Choose another one.").arg(name);
        return {};
    }
    if (format != "png" && format != "jpeg" && format != "svg") {
        *problem = tr("“%1” is not a PNG, JPEG or SVG picture. Save the logo in one of these "
                      "formats and choose it again.")
                       .arg(name);
        return {};
    }
    // A drawing (SVG) is drawn at the size kept; a photo is only ever made smaller.
    const QSize size = reader.size();
    if (size.isValid() &&
        (format == "svg" || size.width() > largestSide || size.height() > largestSide))
        reader.setScaledSize(size.scaled(largestSide, largestSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        *problem = tr("The picture “%1” could not be read (%2). Choose another file, or save this "
                      "one again from an image program.")
                       .arg(name, reader.errorString());
        return {};
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *problem = tr("The picture “%1” could not be converted for keeping. Choose another file.")
                       .arg(name);
        return {};
    }
    problem->clear();
    return png;
}

QPixmap LogoImage::preview(const QByteArray& png, int width, int height)
{
    QPixmap pixmap;
    if (png.isEmpty() || !pixmap.loadFromData(png, "PNG"))
        return {};
    if (pixmap.width() > width || pixmap.height() > height)
        pixmap = pixmap.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return pixmap;
}

QString LogoImage::fileFilter()
{
    return tr("Pictures (*.png *.jpg *.jpeg *.svg);;All files (*)");
}

} // namespace jalaseh::app

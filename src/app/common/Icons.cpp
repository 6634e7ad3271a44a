#include "app/common/Icons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace jalaseh::app::icons {
namespace {

const QString bundledPath = QStringLiteral(":/icon-theme");

// Asks `icon` for its pixmaps and hands them back mirrored; Qt's own icons are not mirrored for
// right to left, and a desktop theme's "-rtl" variants are few.
class MirroredEngine : public QIconEngine
{
public:
    explicit MirroredEngine(QIcon icon)
        : m_icon(std::move(icon))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        const QPixmap original = m_icon.pixmap(size, scale, mode, state);
        if (original.isNull())
            return original;
        QPixmap flipped = QPixmap::fromImage(original.toImage().mirrored(true, false));
        flipped.setDevicePixelRatio(original.devicePixelRatio());
        return flipped;
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return m_icon.availableSizes(mode, state);
    }
    QString iconName() override { return m_icon.name(); }
    bool isNull() override { return m_icon.isNull(); }
    QString key() const override { return QStringLiteral("JalasehMirrored"); }
    QIconEngine* clone() const override { return new MirroredEngine(m_icon); }

private:
    QIcon m_icon;
};

} // namespace

bool darkPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

void setUp()
{
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(bundledPath)) {
        // Last, so that a theme of the same name installed on the desktop wins.
        paths.append(bundledPath);
        QIcon::setThemeSearchPaths(paths);
    }
    const QString bundled =
        darkPalette() ? QStringLiteral("jalaseh-dark") : QStringLiteral("jalaseh");
    // Every theme ends in hicolor, and hicolor in the fallback: a name the desktop's theme lacks
    // comes from the bundled set.
    QIcon::setFallbackThemeName(bundled);
    // No desktop theme (a bare X session, offscreen, Windows, macOS): the bundled set is the theme.
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor") ||
        theme.startsWith(QLatin1String("jalaseh")))
        QIcon::setThemeName(bundled);
}

QIcon named(const QString& name)
{
    return QIcon::fromTheme(name);
}

QIcon pointing(const QString& name)
{
    const QIcon icon = named(name);
    return QGuiApplication::isRightToLeft() ? mirrored(icon) : icon;
}

QIcon mirrored(const QIcon& icon)
{
    return QIcon(new MirroredEngine(icon));
}

} // namespace jalaseh::app::icons

#include "ui/widgets/banner.h"

#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Demetra::Ui {

Banner::Banner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("banner"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    connect(m_label, &QLabel::linkActivated, this, &Banner::linkActivated);
    layout->addWidget(m_label, 1);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void Banner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    const bool dark = Theme::isDark();
    QString background;
    QString border;
    switch (kind) {
    case Kind::Info:
        background = dark ? QStringLiteral("#0c2d6b") : QStringLiteral("#ddf4ff");
        border = dark ? QStringLiteral("#1f6feb") : QStringLiteral("#54aeff");
        break;
    case Kind::Success:
        background = dark ? QStringLiteral("#0f3a1d") : QStringLiteral("#dafbe1");
        border = dark ? QStringLiteral("#2ea043") : QStringLiteral("#4ac26b");
        break;
    case Kind::Error:
        background = dark ? QStringLiteral("#490202") : QStringLiteral("#ffebe9");
        border = dark ? QStringLiteral("#da3633") : QStringLiteral("#cf222e");
        break;
    }
    setStyleSheet(QStringLiteral("#banner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background, border));
    setVisible(!text.isEmpty());
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace Demetra::Ui

#include "ui/pages/placeholder/placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Demetra::Ui {

PlaceholderPage::PlaceholderPage(PageContext context, QString key, QString title, const QString &explanation,
                                 QWidget *parent)
    : Page(context, parent), m_key(std::move(key)), m_title(std::move(title))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(m_title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(640);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    auto *status = new QLabel(tr("Not available in this version yet."), this);
    status->setAlignment(Qt::AlignCenter);
    status->setEnabled(false);
    layout->addWidget(status);
    layout->addStretch(2);
}

} // namespace Demetra::Ui

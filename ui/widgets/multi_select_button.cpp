#include "ui/widgets/multi_select_button.h"

#include <QMenu>

namespace Demetra::Ui {

MultiSelectButton::MultiSelectButton(const QString &label, QWidget *parent) : QToolButton(parent), m_label(label)
{
    m_menu = new QMenu(this);
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    rebuildMenu();
    updateText();
}

void MultiSelectButton::setChoices(const QStringList &choices)
{
    m_choices = choices;
    rebuildMenu();
    updateText();
}

void MultiSelectButton::setSelected(const QStringList &selected)
{
    m_selected = selected;
    rebuildMenu();
    updateText();
}

void MultiSelectButton::rebuildMenu()
{
    m_menu->clear();
    QAction *all = m_menu->addAction(tr("All"));
    all->setCheckable(true);
    all->setChecked(m_selected.isEmpty());
    connect(all, &QAction::triggered, this, [this] {
        m_selected.clear();
        rebuildMenu();
        updateText();
        emit selectionChanged(m_selected);
    });
    m_menu->addSeparator();
    if (m_choices.isEmpty()) {
        QAction *none = m_menu->addAction(tr("(nothing to choose from in the data)"));
        none->setEnabled(false);
    }
    for (const QString &c : m_choices) {
        QAction *a = m_menu->addAction(c);
        a->setCheckable(true);
        a->setChecked(m_selected.contains(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            if (on && !m_selected.contains(c))
                m_selected << c;
            if (!on)
                m_selected.removeAll(c);
            updateText();
            emit selectionChanged(m_selected);
        });
    }
}

void MultiSelectButton::updateText()
{
    if (m_selected.isEmpty())
        setText(tr("%1: all").arg(m_label));
    else if (m_selected.size() == 1)
        setText(QStringLiteral("%1: %2").arg(m_label, m_selected.first()));
    else
        setText(tr("%1: %2 of %3").arg(m_label).arg(m_selected.size()).arg(qMax(m_choices.size(), m_selected.size())));
    QStringList missing;
    for (const QString &s : m_selected) {
        if (!m_choices.contains(s))
            missing << s;
    }
    QString tip =
        m_selected.isEmpty() ? tr("No restriction: every value counts") : m_selected.join(QStringLiteral(", "));
    if (!missing.isEmpty())
        tip += u'\n' + tr("Not in the data: %1").arg(missing.join(QStringLiteral(", ")));
    setToolTip(tip);
}

} // namespace Demetra::Ui

#include "ui/widgets/multi_select_button.h"

#include <QEvent>
#include <QMenu>

namespace Demetra::Ui {

MultiSelectButton::MultiSelectButton(const QString &label, QWidget *parent) : QToolButton(parent), m_label(label)
{
    m_menu = new QMenu(this);
    // Ticking a value keeps the menu open (several values are usually chosen together).
    m_menu->installEventFilter(this);
    setMenu(m_menu);
    // The selection is reported once the ticking pauses, so pages reload once, not per tick.
    m_emitTimer.setSingleShot(true);
    m_emitTimer.setInterval(350);
    connect(&m_emitTimer, &QTimer::timeout, this, [this] { emit selectionChanged(m_selected); });
    connect(m_menu, &QMenu::aboutToHide, this, [this] {
        if (m_emitTimer.isActive()) {
            m_emitTimer.stop();
            emit selectionChanged(m_selected);
        }
    });
    setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
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
        // Not from inside the action's own signal: rebuilding deletes it.
        QTimer::singleShot(0, this, [this] {
            rebuildMenu();
            updateText();
        });
        m_emitTimer.start();
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
            // "All" is ticked exactly when nothing is chosen.
            if (QAction *allAction = m_menu->actions().value(0))
                allAction->setChecked(m_selected.isEmpty());
            m_emitTimer.start();
        });
    }
}

bool MultiSelectButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        if (QAction *a = m_menu->activeAction();
            a && a->isCheckable() && a->isEnabled() && a != m_menu->actions().value(0)) {
            a->trigger(); // toggles it; the menu stays open
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
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

#pragma once

#include <QStringList>
#include <QTimer>
#include <QToolButton>

class QMenu;

namespace Demetra::Ui {

/// A drop-down of checkable values for a filter ("Channels: all", "Channels: 2 of 8"). Nothing checked means all.
class MultiSelectButton : public QToolButton
{
    Q_OBJECT

public:
    /// `label` is the filter's name ("Channels"); `allText` what "nothing chosen" reads as ("all channels").
    MultiSelectButton(const QString &label, QWidget *parent = nullptr);

    /// Replaces the choices; selected values that are no longer offered are kept (so a saved filter survives a
    /// database that does not have them yet) but shown as missing in the tooltip.
    void setChoices(const QStringList &choices);
    QStringList choices() const { return m_choices; }
    void setSelected(const QStringList &selected);
    QStringList selected() const { return m_selected; }

signals:
    void selectionChanged(const QStringList &selected);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildMenu();
    void updateText();

    QString m_label;
    QStringList m_choices;
    QStringList m_selected;
    QMenu *m_menu = nullptr;
    QTimer m_emitTimer;
};

} // namespace Demetra::Ui

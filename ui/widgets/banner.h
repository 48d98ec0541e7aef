#pragma once

#include <QFrame>

class QLabel;

namespace Demetra::Ui {

/// An inline message at the top of a page or the window: information or an error, with optional links (their
/// href reaches linkActivated) and a close button. Never a modal dialog for a failed action (DESIGN.md §4).
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Error,
    };

    explicit Banner(QWidget *parent = nullptr);

    /// Shows `text` (rich text allowed; escape user data) in the given style.
    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void linkActivated(const QString &link);

private:
    QLabel *m_label = nullptr;
    Kind m_kind = Kind::Info;
};

} // namespace Demetra::Ui

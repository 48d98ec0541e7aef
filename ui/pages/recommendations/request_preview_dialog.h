#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Demetra::Ui {

/// "Preview what will be sent": the exact Chat Completions request body (pretty-printed JSON) that writing a
/// recommendation sends first, with where it would go. Says that nothing is sent while no endpoint is configured and
/// that the API key travels only in the Authorization header (it is never part of the body, so never shown).
class RequestPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// `body`: the request body as it would be sent; `url`: the Chat Completions address, empty when no endpoint is
    /// configured.
    RequestPreviewDialog(const QByteArray &body, const QString &url, QWidget *parent = nullptr);

    /// The body as shown (pretty-printed).
    QString bodyText() const;
    QString noteText() const;

private:
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Demetra::Ui

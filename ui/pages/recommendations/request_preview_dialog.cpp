#include "ui/pages/recommendations/request_preview_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Demetra::Ui {

RequestPreviewDialog::RequestPreviewDialog(const QByteArray &body, const QString &url, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("What will be sent"));
    resize(900, 700);
    auto *layout = new QVBoxLayout(this);

    QStringList notes;
    if (url.isEmpty())
        notes << tr("No language model is configured, so nothing is sent: recommendations are written locally from "
                    "these same figures. This is the body that would be sent once an endpoint is set.");
    else
        notes
            << tr("This exact body is sent as a POST to %1 when a recommendation is written.").arg(url.toHtmlEscaped());
    notes << tr("Only aggregated figures are included, never raw rows. The API key is sent only in the Authorization "
                "header and is never part of the body, so it is not shown here.");
    m_note = new QLabel(notes.join(QStringLiteral("<br>")), this);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    layout->addWidget(m_note);

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("previewBody"));
    m_body->setReadOnly(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    m_body->setPlainText(error.error == QJsonParseError::NoError
                             ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(body));
    layout->addWidget(m_body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [body] { QApplication::clipboard()->setText(QString::fromUtf8(body)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString RequestPreviewDialog::bodyText() const
{
    return m_body->toPlainText();
}

QString RequestPreviewDialog::noteText() const
{
    return m_note->text();
}

} // namespace Demetra::Ui

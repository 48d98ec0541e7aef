#pragma once

#include "core/common/result.h"
#include "core/forecast/model_record.h"

#include <optional>

namespace Demetra::Storage {
class Database;
}

namespace Demetra::Forecast {

/// Trained models in the database (table `models`, one current model per kind) and the models shipped with the
/// app (Qt resources under :/models, built from the repository's models/ folder).
class ModelStore
{
public:
    /// Saves `record` as its kind's current model, replacing the previous one in one transaction: an interrupted
    /// save leaves the previous model. Fails with the database's error.
    static Status save(const Storage::Database &db, const ModelRecord &record);
    /// The kind's trained model, or nullopt when none was trained on this database. A stored record that cannot be
    /// read gives BadInput.
    static Result<std::optional<ModelRecord>> load(const Storage::Database &db, const QString &kind);
    /// The model shipped with the app (`:/models/<kind>_model.json` and `.meta.json`), marked `shipped`. Fails with
    /// NotFound when the app ships none, BadInput when the files are damaged.
    static Result<ModelRecord> shipped(const QString &kind);
    /// The trained model when there is one, else the shipped one.
    static Result<ModelRecord> current(const Storage::Database &db, const QString &kind);
};

} // namespace Demetra::Forecast

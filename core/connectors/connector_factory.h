#pragma once

#include "core/connectors/connector.h"

#include <memory>

namespace Demetra::Connectors {

class HttpClient;

/// The connector for `config.platform`, talking through `http` (which must outlive it).
std::unique_ptr<Connector> makeConnector(const ConnectorConfig &config, HttpClient &http);

} // namespace Demetra::Connectors

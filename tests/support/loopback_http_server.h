#pragma once

// The loopback server of the LLM tests serves the ad-platform imitations too: it is a plain HTTP/1.1 server on
// 127.0.0.1 in its own thread whose answers come from a handler (method, path with query string, lower-cased headers,
// body) or a FIFO queue. Platform servers (loopback_<platform>_server.*) build their contract on top of it. Add
// tests/support/loopback_llm_server.cpp to a test's SOURCES and Qt6::Network to its LIBS.

#include "tests/support/loopback_llm_server.h"

namespace Demetra::Test {

/// The same server, serving its queue for any method and path. A response whose headers name a Content-Type keeps it
/// (otherwise application/json).
class LoopbackHttpServer : public LoopbackLlmServer
{
public:
    LoopbackHttpServer() { acceptAnyPath(); }
};

} // namespace Demetra::Test

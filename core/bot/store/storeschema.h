#pragma once

#include "bot/store/result.h"

namespace linda::detail {

class StoreConnection;

// Brings the file behind connection to Store::schemaVersion, one migration
// step per version in one transaction, recording the version in PRAGMA
// user_version. Fails, naming the file, for a version newer than this build.
Status migrateSchema(StoreConnection &connection);

// The user_version of the file behind connection.
Result<int> schemaVersionOf(StoreConnection &connection);

} // namespace linda::detail

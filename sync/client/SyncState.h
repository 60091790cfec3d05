#pragma once

// The client's sync state, kept in the local store's meta table (never synced).
namespace hocvuso::sync::state {
inline constexpr auto serverUrl = "sync.server_url";
// The device's bearer token: a secret. Whoever copies the store file can
// sync as this device until the province revokes it.
inline constexpr auto token = "sync.token";
inline constexpr auto cursor = "sync.cursor";           // server-issued pull cursor
inline constexpr auto pushedSeq = "pushed_seq";         // last change_log seq the server acknowledged
inline constexpr auto batchSize = "sync.batch_size";    // adaptive push batch size
inline constexpr auto lastSuccessAt = "sync.last_success_at";
inline constexpr auto lastError = "sync.last_error";
inline constexpr auto clockSkewMs = "sync.clock_skew_ms";
inline constexpr auto caFile = "sync.ca_file";
inline constexpr auto pinnedSha256 = "sync.pinned_sha256";
} // namespace hocvuso::sync::state

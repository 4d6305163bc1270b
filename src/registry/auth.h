// Secrets and permissions. API tokens are 256-bit random strings, stored
// only as their BLAKE2b hash (a fast hash suffices for high-entropy secrets);
// passwords are stored as libsodium argon2id strings. Thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "registry/domain.h"

namespace hoistway::registry {

// A new random API token, "hw_" followed by 43 base64url characters.
Result<std::string> GenerateToken();
// Hex BLAKE2b-256 of a token: what the database stores and looks up.
std::string HashToken(std::string_view token);
// An argon2id hash string of `password` (kInternal if libsodium fails).
Result<std::string> HashPassword(std::string_view password);
// True when `password` matches the stored hash string. An empty hash (no
// user, or no password) never matches but takes as long as a real check.
bool VerifyPassword(std::string_view password, std::string_view hash);

}  // namespace hoistway::registry

#include "registry/auth.h"

#include <sodium.h>

#include <array>

namespace hoistway::registry {
namespace {

constexpr std::size_t kTokenBytes = 32;

// An argon2id hash of a password nobody uses, with the parameters of
// HashPassword: verifying against it when no hash is stored takes as long as a
// real check, so the time of a refused sign-in does not tell whether the user
// exists or has a password.
constexpr const char* kDummyPasswordHash =
    "$argon2id$v=19$m=65536,t=2,p=1$3bIqdXILXg2sgYLRZFroQw$"
    "7QR0PeRrzQ1/C6XRLB644PU2Jn76XhcPdnZ25tiZ1/4";

bool EnsureSodium() {
  return sodium_init() >= 0;
}  // idempotent and thread-safe

}  // namespace

Result<std::string> GenerateToken() {
  if (!EnsureSodium()) return Error(ErrorCode::kInternal, "libsodium failed to initialise");
  std::array<unsigned char, kTokenBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::string encoded(sodium_base64_ENCODED_LEN(kTokenBytes, kVariant), '\0');
  sodium_bin2base64(encoded.data(), encoded.size(), bytes.data(), bytes.size(), kVariant);
  encoded.resize(std::char_traits<char>::length(encoded.c_str()));
  return "hw_" + encoded;
}

std::string HashToken(std::string_view token) {
  EnsureSodium();
  std::array<unsigned char, crypto_generichash_BYTES> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  std::string hex(hash.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
  hex.pop_back();
  return hex;
}

Result<std::string> HashPassword(std::string_view password) {
  if (!EnsureSodium()) return Error(ErrorCode::kInternal, "libsodium failed to initialise");
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return Error(ErrorCode::kInternal, "password hashing ran out of memory");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view password, std::string_view hash) {
  if (!EnsureSodium()) return false;
  if (hash.empty()) {
    // The work of a real check, whose answer is no.
    [[maybe_unused]] const int refused =
        crypto_pwhash_str_verify(kDummyPasswordHash, password.data(), password.size());
    return false;
  }
  const std::string stored(hash);
  return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

}  // namespace hoistway::registry

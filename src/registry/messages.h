// Words in the user's language: the web console's message catalogs
// (web/src/i18n/locales/*.json, compiled in), so that what the server prints
// (the certificate) and what the console shows say the same thing. Thread-safe.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace hoistway::registry {

// The languages with a catalog: "en", "ko", "ru".
bool HasLanguage(std::string_view language);

// The message `key` in `language` with its {placeholders} filled from
// `values`; English when the language lacks it, the key itself when English
// does too.
std::string Message(std::string_view language, std::string_view key,
                    std::initializer_list<std::pair<std::string_view, std::string>> values = {});

// The words of an enumeration's value: Message(language, prefix + "." +
// value), or `value` itself when no catalog has the key.
std::string Words(std::string_view language, std::string_view prefix, std::string_view value);

}  // namespace hoistway::registry

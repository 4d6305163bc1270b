// How long a role's training stays valid under a regulation profile, as
// data (data/training/qualifications/*.yaml, compiled in): the refresher a
// trainee is due after a passed session. Each rule says whether its source
// was confirmed.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::training {

struct Qualification {
  std::string profile;  // a regulation profile id ("korea")
  std::string role;     // a registry role ("technician")
  std::string training;
  int refresher_years = 0;
  bool confirmed = false;  // false: the interval's source was not confirmed
  std::string source;
};

// Parses one file ({profile, qualifications: [...]}) with the strict reader;
// errors (kInvalidInput) name file, line, column and key.
Result<std::vector<Qualification>> ParseQualifications(std::string_view text,
                                                       const std::string& source);

// Every rule compiled into the binary.
const std::vector<Qualification>& BuiltInQualifications();

// The rule of `role` under `profile`, or nullptr.
const Qualification* FindQualification(std::span<const Qualification> rules,
                                       std::string_view profile, std::string_view role);

// The day a refresher is due: `years` after the date of `timestamp`
// ("YYYY-MM-DD..."), 29 February becoming 28 February in a common year.
std::string RefresherDue(std::string_view timestamp, int years);

// Where a trainee stands under `rule` on `today` ("YYYY-MM-DD"), given their
// newest passed session (`last_passed_at`, "" for none): qualified until
// the refresher is due (that day included), expired after, or not trained.
struct Standing {
  std::string status;       // "valid", "expired" or "not_trained"
  std::string valid_until;  // YYYY-MM-DD; "" when not trained
};
Standing StandingOf(const Qualification& rule, std::string_view last_passed_at,
                    std::string_view today);

}  // namespace hoistway::training

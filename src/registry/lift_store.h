// Storage of lifts and their buildings (SQL only: no rules, no audit, no
// clock; the Transaction of repository.h owns those). Works inside the
// transaction of a SqlSession; kNotFound for an unknown registration number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/sql_session.h"
#include "registry/validity.h"

namespace hoistway::registry {

inline constexpr int kMaxPerPage = 500;

// Filters of the lift list; empty fields do not filter.
struct LiftFilter {
  std::string region;
  std::string status;  // in_service | out_of_service | prohibited
  std::string
      validity;  // valid | conditional | remediation_overdue | expired | prohibited | not_inspected
  std::optional<int> due_within_days;  // next inspection due between today and today + N
  bool overdue = false;                // next inspection due before today
  std::string q;  // registration number prefix, or part of building name/address
  std::optional<std::int64_t> company_id;
  std::optional<std::int64_t> owner_user_id;  // only the buildings linked to this owner
  std::string sort = "registration_no";       // or next_inspection_due
  Date today;                                 // the day "due" and "overdue" are counted from
  int page = 1;
  int per_page = 50;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
  int page = 1;
  int per_page = 50;
};

// Counts of a region's lifts by validity on a day.
struct RegionSummary {
  std::string region;
  std::int64_t total = 0;
  std::int64_t valid = 0;
  std::int64_t due_30_days = 0;
  std::int64_t overdue = 0;
  std::int64_t prohibited = 0;
  std::int64_t conditional = 0;
};

// " AND ..." keeping the lifts (alias `l`) of company `company_id` and those
// in buildings linked to user `owner_user_id`, each when given, with its
// parameters appended: a caller's reach (access.h ReachOf) in SQL.
std::string LiftReachWhere(std::optional<std::int64_t> company_id,
                           std::optional<std::int64_t> owner_user_id,
                           std::vector<SqlValue>& params);

class LiftStore {
 public:
  explicit LiftStore(SqlSession& sql) : sql_(sql) {}

  Result<Lift> Get(std::string_view registration_no);
  Result<std::int64_t> IdOf(std::string_view registration_no);
  // True when a lift has this registration number.
  Result<bool> Exists(std::string_view registration_no);
  // The building of (name, address), its region and use brought up to date,
  // or a new one; safe against a concurrent insert of the same building.
  Result<std::int64_t> BuildingIdOf(const Building& building);
  // Inserts the recorded fields of `lift` (its building.id set) at version 0,
  // stamped `at`; returns its id.
  Result<std::int64_t> Insert(const Lift& lift, std::string_view at);
  // Stores the recorded fields of `lift` if its version is still
  // `expected_version` (kConflict otherwise); returns the new version.
  Result<std::int64_t> Update(const Lift& lift, std::int64_t expected_version, std::string_view at);
  // Stores the validity computed by the profile and the operating status.
  Status StoreComputed(std::int64_t lift_id, const Validity& validity, LiftStatus status,
                       std::string_view at);
  // Stores the operating status alone.
  Status StoreStatus(std::int64_t lift_id, LiftStatus status, std::string_view at);
  Result<Page<Lift>> List(const LiftFilter& filter);
  // Counts by region on `today`, of an owner's buildings only when given.
  Result<std::vector<RegionSummary>> Summarize(Date today,
                                               std::optional<std::int64_t> owner_user_id);
  Result<std::vector<Building>> Buildings(std::string_view region);
  Result<std::int64_t> Count();

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry

// The registry's one repository interface. A Repository is a thread-safe pool
// of connections to one database (SQLite or PostgreSQL, see sql.h); every unit
// of work is a Transaction, committed whole or not at all. Writes recompute
// the lift's validity under the regulation profile and append to the audit
// log in the same transaction.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"
#include "registry/sign_in.h"
#include "registry/sql.h"

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
  Date today = Date::Today();
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

// A user with the secrets needed to authenticate.
struct Credentials {
  User user;
  std::string password_hash;  // libsodium crypto_pwhash_str, or "" when none
};

class Repository;

// One database transaction. Move-only; used by one thread. Destroying it
// without Commit() rolls back. Every method returns kNotFound for an unknown
// registration number or id, kConflict for a duplicate or a stale version.
class Transaction {
 public:
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();

  Status Commit();
  const RegulationProfile& profile() const;
  // Who the audit log names for the changes that follow.
  void SetActor(std::string actor) { actor_ = std::move(actor); }

  // Lifts and buildings. The building is found by (name, address) or created.
  Result<Lift> CreateLift(Lift lift);
  Result<Lift> GetLift(std::string_view registration_no);
  // Stores `lift` if its stored version is `expected_version` (else kConflict).
  Result<Lift> UpdateLift(Lift lift, std::int64_t expected_version);
  Result<Page<Lift>> ListLifts(const LiftFilter& filter);
  Result<std::vector<RegionSummary>> SummarizeRegions(Date today);
  Result<std::vector<Building>> ListBuildings(std::string_view region);
  Result<std::int64_t> CountLifts();

  // Inspections and their effect on validity.
  Result<Inspection> AddInspection(std::string_view registration_no, Inspection inspection);
  Result<std::vector<Inspection>> ListInspections(std::string_view registration_no);
  Result<SelfInspection> AddSelfInspection(std::string_view registration_no, SelfInspection record);
  // Without `with_items`, the graded items are left empty (cheaper: for status checks).
  Result<std::vector<SelfInspection>> ListSelfInspections(std::string_view registration_no,
                                                          bool with_items = true);
  Result<AccidentReport> AddAccident(std::string_view registration_no, AccidentReport report);
  Result<std::vector<AccidentReport>> ListAccidents(std::string_view registration_no);

  // Maintenance.
  Result<WorkOrder> AddWorkOrder(std::string_view registration_no, WorkOrder order);
  Result<WorkOrder> GetWorkOrder(std::int64_t id);
  Result<WorkOrder> UpdateWorkOrder(WorkOrder order, std::int64_t expected_version);
  Result<std::vector<WorkOrder>> ListWorkOrders(std::string_view registration_no);
  Result<Company> AddCompany(Company company);
  Result<Company> GetCompany(std::int64_t id);
  Result<std::vector<Company>> ListCompanies();
  Result<Technician> AddTechnician(Technician technician);
  Result<std::vector<Technician>> ListTechnicians(std::optional<std::int64_t> company_id);

  // Certification.
  Result<Certificate> AddCertificate(Certificate certificate);
  Result<Certificate> GetCertificate(std::string_view certificate_no);
  Result<Page<Certificate>> ListCertificates(std::string_view component_kind, std::string_view q,
                                             int page, int per_page);
  Result<LiftPart> AddPart(std::string_view registration_no, LiftPart part);
  Result<std::vector<LiftPart>> ListParts(std::string_view registration_no);

  // Users and their secrets (hashes only; see auth.h).
  Result<User> CreateUser(const User& user, std::string_view token_hash,
                          std::string_view password_hash);
  // Adds another token of the user: a sign-in session that stops working at
  // `expires_at`, or (nullopt) an API token for scripts that lasts until revoked.
  Status AddToken(std::int64_t user_id, std::string_view token_hash,
                  std::optional<std::chrono::sys_seconds> expires_at = std::nullopt);
  // Removes one token (sign-out): it no longer authenticates. kNotFound when
  // no user holds it.
  Status RevokeToken(std::string_view token_hash);
  // The holder of a token at `now`: kNotFound for an unknown or revoked token,
  // kPermission ("the session has expired ...") from its expiry on.
  // `expires_at`, when given, receives the session's end (nullopt: a token
  // for scripts, which lasts until revoked).
  Result<User> UserByTokenHash(std::string_view token_hash, std::chrono::sys_seconds now,
                               std::optional<std::chrono::sys_seconds>* expires_at = nullptr);
  Result<Credentials> CredentialsByName(std::string_view name);
  Result<std::vector<User>> ListUsers();

  // Failed sign-ins per user name (sign_in_store.cc). The counts live in the
  // database, not in the server process, so they hold across restarts and
  // across several servers on one PostgreSQL database. Any name is counted,
  // whether a user has it or not, so the counts reveal no names.
  //
  // Reads the failures under `name` and locks them until this transaction
  // ends (a row is made at `now` if there is none), so that concurrent
  // sign-ins under one name take turns and none escapes the count.
  Result<SignInFailures> LockSignInFailures(std::string_view name, std::chrono::sys_seconds now);
  // Stores the failures under `name` (after LockSignInFailures).
  Status SetSignInFailures(std::string_view name, const SignInFailures& failures);
  // Forgets the failures under `name` (a successful sign-in).
  Status ClearSignInFailures(std::string_view name);
  // Deletes the sign-in tokens expired at `now` and the failure counts whose
  // last failure was at or before `failures_until`, so neither table grows
  // without bound.
  Status PruneSignIns(std::chrono::sys_seconds now, std::chrono::sys_seconds failures_until);

  // Links an owner to a building they answer for (idempotent).
  Status LinkUserBuilding(std::int64_t user_id, std::int64_t building_id);
  // Ends that link (audited); kNotFound when there is none.
  Status UnlinkUserBuilding(std::int64_t user_id, std::int64_t building_id);
  // True when the lift stands in a building linked to the user.
  Result<bool> UserHasLift(std::int64_t user_id, std::string_view registration_no);

  // The audit log, newest first; empty entity/key do not filter.
  Result<Page<AuditEntry>> ListAudit(std::string_view entity, std::string_view entity_key, int page,
                                     int per_page);

  // Small key/value settings (e.g. "demo" = "true").
  Result<std::optional<std::string>> GetMeta(std::string_view key);
  Status SetMeta(std::string_view key, std::string_view value);

 private:
  friend class Repository;
  friend class TelemetryStore;  // connected lifts (telemetry_store.h)
  Transaction(Repository* repository, std::unique_ptr<SqlConnection> connection, std::string actor);

  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params);
  Result<std::int64_t> Insert(std::string_view sql, const std::vector<SqlValue>& params);
  Result<std::int64_t> LiftId(std::string_view registration_no);
  Result<std::int64_t> BuildingId(const Building& building);
  Status Audit(std::string_view action, std::string_view entity, std::string_view key,
               const std::string& before, const std::string& after);
  // Replays the lift's inspections and serious events and stores the result.
  Result<Lift> Revalidate(Lift lift);
  Result<std::vector<Date>> SeriousEventDates(std::int64_t lift_id);

  Repository* repository_;
  std::unique_ptr<SqlConnection> connection_;
  std::string actor_;
  bool open_ = true;
  bool healthy_ = true;  // false after the connection reported kUnavailable
};

// Thread-safe: Begin() may be called from many threads at once.
class Repository {
 public:
  // Connects once (kUnavailable if it cannot) and applies pending migrations
  // when `migrate` is true; otherwise fails if the schema is not current.
  static Result<std::unique_ptr<Repository>> Open(std::unique_ptr<SqlDatabase> database,
                                                  RegulationProfile profile, bool migrate = true);

  // Starts a transaction as `actor` (written to the audit log).
  Result<Transaction> Begin(TxMode mode, std::string actor);
  const RegulationProfile& profile() const { return profile_; }
  const SqlDatabase& database() const { return *database_; }

 private:
  friend class Transaction;
  Repository(std::unique_ptr<SqlDatabase> database, RegulationProfile profile)
      : database_(std::move(database)), profile_(std::move(profile)) {}
  void Release(std::unique_ptr<SqlConnection> connection);

  std::unique_ptr<SqlDatabase> database_;
  RegulationProfile profile_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
};

}  // namespace hoistway::registry

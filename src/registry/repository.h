// The registry's one repository interface. A Repository is a thread-safe pool
// of connections to one database (SQLite or PostgreSQL, see sql.h); every unit
// of work is a Transaction, committed whole or not at all.
//
// Two layers. The stores (lift_store.h, inspection_store.h,
// work_order_store.h, party_store.h, user_store.h) hold the SQL of one kind of
// record each, and nothing else. The Transaction above them is the only way
// in: it owns the validity rules (record_rules.h, validity.h), the audit log
// (every change written with its before and after) and the clock (every
// record stamped with the transaction's one `now`). A new kind of record is a
// store of its own and the Transaction methods (or a class over
// Transaction::context(), see RecordContext) that apply its rules; see
// docs/registry.md, "Adding a kind of record".
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
#include "registry/lift_store.h"
#include "registry/profile.h"
#include "registry/sign_in.h"
#include "registry/sql.h"
#include "registry/sql_session.h"
#include "registry/user_store.h"

namespace hoistway::registry {

// What the layer's record classes share within one transaction: the SQL
// session the stores work on, the profile, the transaction's time and the
// actor, and the audit log every change goes to.
struct RecordContext {
  SqlSession& sql;
  const RegulationProfile& profile;
  std::chrono::sys_seconds now;
  const std::string& actor;
  // Appends an audit entry of this change (`before`/`after`: JSON, "" for none).
  Status Audit(std::string_view action, std::string_view entity, std::string_view key,
               const std::string& before, const std::string& after) const;
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
  // False once committed (or after a failed commit): nothing more to commit.
  bool open() const { return open_; }
  const RegulationProfile& profile() const;
  // The instant the transaction began (from the repository's clock): every
  // record it writes is stamped with it, and "today" is its day.
  std::chrono::sys_seconds now() const { return now_; }
  Date today() const { return Date::Of(now_); }
  // Who the audit log names for the changes that follow.
  void SetActor(std::string actor) { actor_ = std::move(actor); }
  // For the record classes of the layer (a new kind of record kept in files
  // of its own): the stores' session, the profile, the time, the actor and
  // the audit log. Not for the server: it calls the methods below.
  RecordContext context() { return {session_, profile(), now_, actor_}; }

  // Lifts and buildings. The building is found by (name, address) or created.
  Result<Lift> CreateLift(Lift lift);
  Result<Lift> GetLift(std::string_view registration_no);
  // Stores `lift` if its stored version is `expected_version` (else kConflict).
  Result<Lift> UpdateLift(Lift lift, std::int64_t expected_version);
  Result<Page<Lift>> ListLifts(const LiftFilter& filter);
  // Counts by region on `today`; of the lifts in buildings linked to
  // `owner_user_id` only, when given (an owner's summary).
  Result<std::vector<RegionSummary>> SummarizeRegions(
      Date today, std::optional<std::int64_t> owner_user_id = std::nullopt);
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
  Result<Technician> GetTechnician(std::int64_t id);

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
  // The users linked to the building (its owners and safety managers).
  Result<std::vector<std::int64_t>> BuildingOwners(std::int64_t building_id);

  // The audit log, newest first; empty entity/key do not filter.
  Result<Page<AuditEntry>> ListAudit(std::string_view entity, std::string_view entity_key, int page,
                                     int per_page);

  // Small key/value settings (e.g. "demo" = "true").
  Result<std::optional<std::string>> GetMeta(std::string_view key);
  Status SetMeta(std::string_view key, std::string_view value);

 private:
  friend class Repository;
  Transaction(Repository* repository, std::unique_ptr<SqlConnection> connection, std::string actor,
              std::chrono::sys_seconds now);

  Status Audit(std::string_view action, std::string_view entity, std::string_view key,
               const std::string& before, const std::string& after);
  // Replays the lift's inspections and serious events and stores the result.
  // When `inspected` (an inspection was just recorded), a fail prohibits the
  // lift and a passing inspection lifts a prohibition; otherwise the status
  // stays as recorded.
  Result<Lift> Revalidate(Lift lift, bool inspected);
  // Work orders of the lift that are open and hold it out of service.
  Result<int> OpenOutOfService(std::int64_t lift_id);
  // Records the lift's operating status (audited).
  Result<Lift> SetLiftStatus(const Lift& lift, LiftStatus status);
  // The technician exists and, when `company_id` is given, works for it.
  Status CheckTechnician(std::optional<std::int64_t> technician_id,
                         std::optional<std::int64_t> company_id);

  Repository* repository_;
  SqlSession session_;
  std::string actor_;
  std::chrono::sys_seconds now_;
  bool open_ = true;
};

// Thread-safe: Begin() may be called from many threads at once.
class Repository {
 public:
  // Connects once (kUnavailable if it cannot) and applies pending migrations
  // when `migrate` is true; otherwise fails if the schema is not current.
  // `clock` gives every transaction its time (registry::Now at the edges).
  static Result<std::unique_ptr<Repository>> Open(std::unique_ptr<SqlDatabase> database,
                                                  RegulationProfile profile, Clock clock,
                                                  bool migrate = true);

  // Starts a transaction as `actor` (written to the audit log).
  Result<Transaction> Begin(TxMode mode, std::string actor);
  const RegulationProfile& profile() const { return profile_; }
  const SqlDatabase& database() const { return *database_; }
  // The time now by the repository's clock.
  std::chrono::sys_seconds now() const { return clock_(); }

 private:
  friend class Transaction;
  Repository(std::unique_ptr<SqlDatabase> database, RegulationProfile profile, Clock clock)
      : database_(std::move(database)), profile_(std::move(profile)), clock_(std::move(clock)) {}
  void Release(std::unique_ptr<SqlConnection> connection);

  std::unique_ptr<SqlDatabase> database_;
  RegulationProfile profile_;
  Clock clock_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
};

}  // namespace hoistway::registry

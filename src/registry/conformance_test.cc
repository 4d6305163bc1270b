// The storage conformance suite: the same tests over every backend. SQLite
// always runs; PostgreSQL runs when HOISTWAY_TEST_PG_URL names a database
// whose name starts with "hoistway_test" (scripts/test-services.sh starts one).
// No mocks: each test talks to a real database.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "registry/access.h"
#include "registry/demo_fleet.h"
#include "registry/inspection_applications.h"
#include "registry/korean_import.h"
#include "registry/maintenance_stats.h"
#include "registry/migrations.h"
#include "registry/repository.h"
#include "registry/training_records.h"
#include "registry/type_tests.h"
#include "registry/validity.h"

namespace hoistway::registry {
namespace {

constexpr std::string_view kPgTestPrefix = "hoistway_test";

std::string PgUrl() {
  const char* url = std::getenv("HOISTWAY_TEST_PG_URL");
  return url ? url : "";
}

class ConformanceTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() /
             ("hoistway_conf_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "registry.db").string();
    } else {
      url_ = PgUrl();
      if (url_.empty()) GTEST_SKIP() << "HOISTWAY_TEST_PG_URL is not set (scripts/test.sh sets it)";
      const auto slash = url_.rfind('/');
      const std::string name = url_.substr(slash + 1, url_.find('?', slash) - slash - 1);
      ASSERT_TRUE(name.starts_with(kPgTestPrefix)) << "refusing to wipe database '" << name << "'";
      auto db = OpenDatabase(url_);
      ASSERT_TRUE(db.ok());
      auto connection = (*db)->Connect();
      ASSERT_TRUE(connection.ok()) << connection.error().message();
      ASSERT_TRUE(
          (*connection)->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;").ok());
    }
    repo_ = Reopen();
  }

  void TearDown() override {
    repo_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::unique_ptr<Repository> Reopen() {
    auto db = OpenDatabase(url_);
    EXPECT_TRUE(db.ok());
    auto profile = LoadProfile("korea");
    EXPECT_TRUE(profile.ok());
    auto repo = Repository::Open(std::move(*db), std::move(*profile), [this] { return now_; });
    EXPECT_TRUE(repo.ok()) << repo.error().message();
    return repo.ok() ? std::move(*repo) : nullptr;
  }

  Transaction Write() {
    auto tx = repo_->Begin(TxMode::kWrite, "tester");
    EXPECT_TRUE(tx.ok()) << tx.error().message();
    return std::move(*tx);
  }
  Transaction Read() {
    auto tx = repo_->Begin(TxMode::kRead, "tester");
    EXPECT_TRUE(tx.ok()) << tx.error().message();
    return std::move(*tx);
  }

  static Lift SampleLift(std::string reg, std::string region = "Medeu") {
    Lift l;
    l.registration_no = std::move(reg);
    l.building = {0, "Tower " + region, "1 Abay Ave, Almaty", region, "office"};
    l.kind = "passenger";
    l.rated_load_kg = 1000;
    l.persons = 13;
    l.rated_speed_mps = 1.6;
    l.installed_on = "2015-03-01";
    return l;
  }

  Lift Create(std::string reg, std::string region = "Medeu") {
    auto tx = Write();
    auto lift = tx.CreateLift(SampleLift(std::move(reg), std::move(region)));
    EXPECT_TRUE(lift.ok()) << lift.error().message();
    EXPECT_TRUE(tx.Commit().ok());
    return *lift;
  }

  Inspection Inspect(std::string reg, InspectionKind kind, std::string date, Verdict result) {
    auto tx = Write();
    Inspection i;
    i.kind = kind;
    i.date = std::move(date);
    i.result = result;
    i.items = {{"EL-16.1.1.4-a", "Stopping accuracy", "pass", 4.0, "mm", ""}};
    auto added = tx.AddInspection(reg, i);
    EXPECT_TRUE(added.ok()) << added.error().message();
    EXPECT_TRUE(tx.Commit().ok());
    return *added;
  }

  std::filesystem::path dir_;
  std::string url_;
  // The repository's clock: the real time unless a test sets it.
  std::chrono::sys_seconds now_ = Now();
  std::unique_ptr<Repository> repo_;
  static inline int counter_ = 0;
};

TEST_P(ConformanceTest, CreatesAndFetchesALift) {
  const Lift created = Create("1234567");
  EXPECT_EQ(created.version, 1);
  auto tx = Read();
  auto lift = tx.GetLift("1234567");
  ASSERT_TRUE(lift.ok());
  EXPECT_EQ(lift->building.name, "Tower Medeu");
  EXPECT_EQ(lift->building.region, "Medeu");
  EXPECT_DOUBLE_EQ(lift->rated_speed_mps, 1.6);
  EXPECT_EQ(lift->persons, 13);
  EXPECT_EQ(lift->status, LiftStatus::kInService);
  EXPECT_EQ(lift->next_inspection_due, "2015-03-01");
  EXPECT_EQ(lift->next_inspection_kind, "installation");
  EXPECT_EQ(lift->next_precision_due, "2030-03-01");
}

TEST_P(ConformanceTest, DuplicateRegistrationIsAConflict) {
  Create("1234567");
  auto tx = Write();
  auto again = tx.CreateLift(SampleLift("1234567"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
}

TEST_P(ConformanceTest, UnknownLiftIsNotFound) {
  auto tx = Read();
  auto lift = tx.GetLift("7654321");
  ASSERT_FALSE(lift.ok());
  EXPECT_EQ(lift.error().code(), ErrorCode::kNotFound);
  auto inspections = tx.ListInspections("7654321");
  EXPECT_EQ(inspections.error().code(), ErrorCode::kNotFound);
}

TEST_P(ConformanceTest, UncommittedWorkIsRolledBack) {
  {
    auto tx = Write();
    ASSERT_TRUE(tx.CreateLift(SampleLift("1111111")).ok());
  }  // no Commit()
  auto tx = Read();
  EXPECT_EQ(tx.GetLift("1111111").error().code(), ErrorCode::kNotFound);
  auto audit = tx.ListAudit("lift", "1111111", 1, 10);
  ASSERT_TRUE(audit.ok());
  EXPECT_EQ(audit->total, 0);
}

// Schema versions 3 and 4 were written on two branches and 4 was merged
// first: a database at 1, 2 and 4 must still get 3, and a server that does
// not migrate must name what is missing.
TEST_P(ConformanceTest, AMigrationMergedOutOfOrderStillRuns) {
  repo_.reset();
  if (GetParam() == "sqlite") {
    url_ = "sqlite:" + (dir_ / "out_of_order.db").string();
  } else {
    auto wipe = (*OpenDatabase(url_))->Connect();
    ASSERT_TRUE(wipe.ok());
    ASSERT_TRUE((*wipe)->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;").ok());
  }
  auto db = OpenDatabase(url_);
  ASSERT_TRUE(db.ok());
  auto connection = (*db)->Connect();
  ASSERT_TRUE(connection.ok());
  SqlConnection& c = **connection;
  auto pending = PendingMigrations(c);
  ASSERT_TRUE(pending.ok()) << pending.error().message();
  ASSERT_GE(pending->size(), 4u);
  ASSERT_TRUE(c.Begin(TxMode::kWrite).ok());
  for (const Migration& m : Migrations(c.dialect())) {
    if (m.version == 3 || m.version > 4) continue;
    ASSERT_TRUE(c.ExecScript(m.sql).ok()) << m.name;
    ASSERT_TRUE(
        c.Query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                {SqlValue{std::int64_t{m.version}}, SqlValue{m.name},
                 SqlValue{std::string("2026-01-01T00:00:00Z")}})
            .ok());
  }
  ASSERT_TRUE(c.Commit().ok());
  pending = PendingMigrations(c);
  ASSERT_TRUE(pending.ok());
  ASSERT_FALSE(pending->empty());
  EXPECT_TRUE((*pending)[0].starts_with("0003_")) << (*pending)[0];

  auto other = OpenDatabase(url_);
  ASSERT_TRUE(other.ok());
  auto unmigrated = Repository::Open(std::move(*other), *LoadProfile("korea"), Now, false);
  ASSERT_FALSE(unmigrated.ok());
  EXPECT_NE(unmigrated.error().message().find("0003_"), std::string::npos)
      << unmigrated.error().message();

  auto applied = Migrate(c, Now());
  ASSERT_TRUE(applied.ok()) << applied.error().message();
  EXPECT_EQ(*applied, static_cast<int>(pending->size()));
  EXPECT_TRUE(PendingMigrations(c)->empty());
  repo_ = Reopen();
  ASSERT_NE(repo_, nullptr);
  Create("3400001");  // the whole schema works
}

TEST_P(ConformanceTest, ParametersAreBoundNotSpliced) {
  Lift l = SampleLift("2222222");
  l.building.name = "O'Brien \"House\"; DROP TABLE lifts; --";
  auto tx = Write();
  ASSERT_TRUE(tx.CreateLift(l).ok());
  ASSERT_TRUE(tx.Commit().ok());
  auto read = Read();
  EXPECT_EQ(read.GetLift("2222222")->building.name, l.building.name);
  EXPECT_EQ(read.GetLift("' OR '1'='1").error().code(), ErrorCode::kNotFound);
  LiftFilter f;
  f.q = "%";
  EXPECT_EQ(read.ListLifts(f)->total, 0);  // a literal '%', not a wildcard
  f.q = "o'brien";
  EXPECT_EQ(read.ListLifts(f)->total, 1);
}

// The lift list's `q`: a registration number's start, or a substring of the
// building's name or address in any script and either case, through the
// trigram index (three or more characters) or the short-query scan.
TEST_P(ConformanceTest, SearchFindsSubstringsInAnyScript) {
  struct Row {
    std::string reg, name, address;
  };
  const Row rows[] = {{"4410001", "Алматы Тауэр", "пр. Абая 10, Алматы"},
                      {"4410002", "서울 타워", "세종대로 110"},
                      {"9000003", "Esentai \"Park\" 100%", "77 Al-Farabi Ave"}};
  {
    auto tx = Write();
    for (const Row& row : rows) {
      Lift l = SampleLift(row.reg);
      l.building.name = row.name;
      l.building.address = row.address;
      auto created = tx.CreateLift(l);
      ASSERT_TRUE(created.ok()) << created.error().message();
    }
    ASSERT_TRUE(tx.Commit().ok());
  }
  const std::pair<std::string, std::int64_t> cases[] = {
      {"алматы", 1},        {"ТАУЭР", 1}, {"абая 1", 1},   {"서울 타", 1},
      {"타워", 1},          {"세종", 1},  {"441", 2},      {"4410002", 1},
      {"9000", 1},          {"0001", 0},  {"\"park\"", 1}, {"100%", 1},
      {"al-farabi AVE", 1}, {"10", 3},    {"zzz", 0},      {"x", 0}};
  auto tx = Read();
  for (const auto& [q, expected] : cases) {
    LiftFilter f;
    f.q = q;
    auto page = tx.ListLifts(f);
    ASSERT_TRUE(page.ok()) << q << ": " << page.error().message();
    EXPECT_EQ(page->total, expected) << "q = " << q;
    EXPECT_EQ(static_cast<std::int64_t>(page->items.size()), expected) << "q = " << q;
  }
}

// A lift moved to another building is found under the new name only.
TEST_P(ConformanceTest, SearchFollowsABuildingChange) {
  Lift lift = Create("3300001");
  lift.building.id = 0;
  lift.building.name = "Nurly Tau business centre";
  auto tx = Write();
  auto updated = tx.UpdateLift(lift, lift.version);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  ASSERT_TRUE(tx.Commit().ok());
  auto read = Read();
  LiftFilter f;
  f.q = "nurly tau";
  EXPECT_EQ(read.ListLifts(f)->total, 1);
  f.q = "Tower Medeu";
  EXPECT_EQ(read.ListLifts(f)->total, 0);
}

TEST_P(ConformanceTest, PeriodicPassSetsValidity) {
  Create("1234567");
  const Inspection i = Inspect("1234567", InspectionKind::kPeriodic, "2025-04-10", Verdict::kPass);
  EXPECT_EQ(i.valid_from, "2025-04-10");
  EXPECT_EQ(i.valid_until, "2026-04-09");
  EXPECT_EQ(i.remediation_until, "");
  auto tx = Read();
  auto lift = tx.GetLift("1234567");
  EXPECT_EQ(lift->valid_until, "2026-04-09");
  EXPECT_EQ(lift->next_inspection_due, "2026-04-09");
  EXPECT_EQ(lift->next_inspection_kind, "periodic");
  EXPECT_EQ(lift->version, 2);
  auto list = tx.ListInspections("1234567");
  ASSERT_EQ(list->size(), 1u);
  ASSERT_EQ((*list)[0].items.size(), 1u);
  EXPECT_DOUBLE_EQ(*(*list)[0].items[0].measured, 4.0);
}

TEST_P(ConformanceTest, ConditionalPassOpensARemediationWindowThatAPassCloses) {
  Create("1234567");
  const Inspection i =
      Inspect("1234567", InspectionKind::kPeriodic, "2025-04-10", Verdict::kConditional);
  EXPECT_EQ(i.remediation_until, "2025-06-09");
  EXPECT_EQ(Read().GetLift("1234567")->next_inspection_kind, "confirmation");
  Inspect("1234567", InspectionKind::kAdhoc, "2025-05-20", Verdict::kPass);
  auto lift = Read().GetLift("1234567");
  EXPECT_EQ(lift->remediation_until, "");
  EXPECT_EQ(lift->valid_until, "2026-04-09");  // the ad-hoc confirmation keeps the periodic cycle
}

TEST_P(ConformanceTest, FailProhibitsUntilAPassingReinspection) {
  Create("1234567");
  Inspect("1234567", InspectionKind::kPeriodic, "2025-04-10", Verdict::kFail);
  auto lift = Read().GetLift("1234567");
  EXPECT_EQ(lift->status, LiftStatus::kProhibited);
  EXPECT_EQ(lift->valid_until, "");
  EXPECT_EQ(lift->next_inspection_kind, "reinspection");
  Inspect("1234567", InspectionKind::kAdhoc, "2025-04-30", Verdict::kPass);
  lift = Read().GetLift("1234567");
  EXPECT_EQ(lift->status, LiftStatus::kInService);
  EXPECT_EQ(lift->valid_until, "2026-04-29");
}

TEST_P(ConformanceTest, SeriousFailureShortensTheNextInterval) {
  Create("1234567");
  {
    auto tx = Write();
    AccidentReport a;
    a.kind = ReportKind::kFailure;
    a.occurred_at = "2025-01-05T10:00";
    a.description = "stopped between floors";
    a.failure_type = "trapped_mid_travel";
    a.persons_trapped = 3;
    auto added = tx.AddAccident("1234567", a);
    ASSERT_TRUE(added.ok()) << added.error().message();
    EXPECT_TRUE(added->serious);
    a.cause = "power_cut";
    EXPECT_FALSE(tx.AddAccident("1234567", a)->serious);  // power cuts are excluded
    ASSERT_TRUE(tx.Commit().ok());
  }
  const Inspection i = Inspect("1234567", InspectionKind::kPeriodic, "2025-04-10", Verdict::kPass);
  EXPECT_EQ(i.valid_until, "2025-10-09");
  EXPECT_EQ(Read().ListAccidents("1234567")->size(), 2u);
}

TEST_P(ConformanceTest, InspectionApplicationStaysOpenUntilAnInspectionOfItsKind) {
  now_ = *ParseTimestamp("2025-03-01T09:00:00Z");
  Create("1234567");
  auto apply = [&](InspectionKind kind, std::string preferred_on = "") {
    auto tx = Write();
    InspectionApplication a;
    a.kind = kind;
    a.preferred_on = std::move(preferred_on);
    a.note = "new lift, handed over";
    auto added = InspectionApplications(tx.context()).Apply("1234567", a);
    if (added.ok()) {
      EXPECT_TRUE(tx.Commit().ok());
    }
    return added;
  };
  // Before its installation inspection, a lift can be applied for only that.
  EXPECT_EQ(apply(InspectionKind::kPeriodic).error().field(), "kind");
  EXPECT_EQ(apply(InspectionKind::kInstallation, "2025-02-28").error().field(), "preferred_on");
  EXPECT_EQ(apply(InspectionKind::kInstallation, "2026-03-03").error().field(), "preferred_on");
  auto first = apply(InspectionKind::kInstallation, "2025-03-04");
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_TRUE(first->open());
  EXPECT_EQ(first->applied_by, "tester");
  EXPECT_EQ(first->applied_at, "2025-03-01T09:00:00Z");
  auto again = apply(InspectionKind::kInstallation);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.error().field(), "kind");
  EXPECT_EQ(InspectionApplications(Read().context()).ListOpen(1, 50)->total, 1);

  now_ = *ParseTimestamp("2025-03-05T17:00:00Z");
  const Inspection installation =
      Inspect("1234567", InspectionKind::kInstallation, "2025-03-05", Verdict::kPass);
  {
    auto listed = InspectionApplications(Read().context()).List("1234567");
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().inspection_id, installation.id);
    EXPECT_EQ(listed->front().inspected_on, "2025-03-05");
    EXPECT_EQ(InspectionApplications(Read().context()).ListOpen(1, 50)->total, 0);
  }
  EXPECT_EQ(apply(InspectionKind::kInstallation).error().field(), "kind");  // had it already
  ASSERT_TRUE(apply(InspectionKind::kPeriodic).ok());
  // An inspection dated before the application does not answer it.
  now_ = *ParseTimestamp("2025-03-07T12:00:00Z");
  Inspect("1234567", InspectionKind::kPeriodic, "2025-03-04", Verdict::kPass);
  auto open = InspectionApplications(Read().context()).ListOpen(1, 50);
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->total, 1);
  EXPECT_EQ(open->items.front().registration_no, "1234567");
  EXPECT_EQ(open->items.front().kind, InspectionKind::kPeriodic);
  Inspect("1234567", InspectionKind::kPeriodic, "2025-03-07", Verdict::kPass);
  EXPECT_EQ(InspectionApplications(Read().context()).ListOpen(1, 50)->total, 0);
  // Made and answered: each in the audit log.
  EXPECT_EQ(Read().ListAudit("inspection_application", "", 1, 50)->total, 4);
}

TEST_P(ConformanceTest, StaleVersionIsAConflict) {
  Lift lift = Create("1234567");
  lift.safety_manager = "A. Inspector";
  auto tx = Write();
  auto updated = tx.UpdateLift(lift, lift.version);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_GT(updated->version, lift.version);
  auto stale = tx.UpdateLift(lift, lift.version);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code(), ErrorCode::kConflict);
}

TEST_P(ConformanceTest, ListsFilterAndPaginate) {
  for (int n = 0; n < 12; ++n) Create(std::to_string(3000000 + n), n < 8 ? "Medeu" : "Almaly");
  const Date today = *Date::Parse("2026-03-01");
  Inspect("3000000", InspectionKind::kPeriodic, "2025-03-15", Verdict::kPass);  // due 2026-03-14
  Inspect("3000001", InspectionKind::kPeriodic, "2025-06-15", Verdict::kPass);  // due 2026-06-14
  Inspect("3000009", InspectionKind::kPeriodic, "2025-03-20",
          Verdict::kPass);  // Almaly, due 2026-03-19
  auto tx = Read();
  LiftFilter f;
  f.today = today;
  f.region = "Medeu";
  f.per_page = 5;
  auto page = tx.ListLifts(f);
  ASSERT_TRUE(page.ok()) << page.error().message();
  EXPECT_EQ(page->total, 8);
  EXPECT_EQ(page->items.size(), 5u);
  f.page = 2;
  EXPECT_EQ(tx.ListLifts(f)->items.size(), 3u);
  f.page = 1;
  f.due_within_days = 30;
  page = tx.ListLifts(f);
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].registration_no, "3000000");
  f.region.clear();
  EXPECT_EQ(tx.ListLifts(f)->total, 2);
  LiftFilter overdue;
  overdue.today = today;
  overdue.overdue = true;  // the 9 never inspected are due since installation
  EXPECT_EQ(tx.ListLifts(overdue)->total, 9);
  LiftFilter valid;
  valid.today = today;
  valid.validity = "valid";
  EXPECT_EQ(tx.ListLifts(valid)->total, 3);
  LiftFilter q;
  q.q = "300001";
  EXPECT_EQ(tx.ListLifts(q)->total, 2);
  auto summary = tx.SummarizeRegions(today);
  ASSERT_EQ(summary->size(), 2u);
  EXPECT_EQ((*summary)[0].region, "Almaly");
  EXPECT_EQ((*summary)[0].total, 4);
  EXPECT_EQ((*summary)[0].due_30_days, 1);
  LiftFilter bad;
  bad.validity = "shiny";
  EXPECT_EQ(tx.ListLifts(bad).error().code(), ErrorCode::kInvalidInput);
}

TEST_P(ConformanceTest, SelfInspectionsOnePerMonth) {
  Create("1234567");
  auto tx = Write();
  SelfInspection s;
  s.month = "2026-01";
  s.visited_on = "2026-01-05";
  s.entered_on = "2026-01-20";
  s.late = true;
  s.items = {{"SI01", "Machine room", "A", ""}};
  auto added = tx.AddSelfInspection("1234567", s);
  ASSERT_TRUE(added.ok()) << added.error().message();
  auto again = tx.AddSelfInspection("1234567", s);
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(tx.Commit().ok());
  auto list = Read().ListSelfInspections("1234567");
  ASSERT_EQ(list->size(), 1u);
  EXPECT_TRUE((*list)[0].late);
  EXPECT_EQ((*list)[0].items[0].grade, "A");
}

TEST_P(ConformanceTest, CompaniesTechniciansAndWorkOrders) {
  Create("1234567");
  auto tx = Write();
  auto company = tx.AddCompany({0, "Lift Care", "R-1", "Medeu", "+7"});
  ASSERT_TRUE(company.ok()) << company.error().message();
  EXPECT_EQ(tx.AddCompany({0, "Lift Care", "", "", ""}).error().code(), ErrorCode::kConflict);
  auto tech = tx.AddTechnician({0, company->id, "T. One", "engineer", "2027-01-01"});
  ASSERT_TRUE(tech.ok());
  EXPECT_EQ(tx.AddTechnician({0, 999, "Nobody", "", ""}).error().code(), ErrorCode::kInvalidInput);
  WorkOrder w;
  w.called_at = "2026-02-01T09:00";
  w.problem = "doors do not open";
  w.company_id = company->id;
  w.technician_id = tech->id;
  auto order = tx.AddWorkOrder("1234567", w);
  ASSERT_TRUE(order.ok()) << order.error().message();
  WorkOrder closed = *order;
  closed.completed_at = "2026-02-01T11:30";
  closed.status = "closed";
  EXPECT_EQ(tx.UpdateWorkOrder(closed, order->version).error().field(), "cause");
  closed.cause = "door operator belt";
  closed.action = "belt replaced";
  auto updated = tx.UpdateWorkOrder(closed, order->version);
  ASSERT_TRUE(updated.ok()) << updated.error().message();
  EXPECT_EQ(tx.UpdateWorkOrder(closed, order->version).error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(tx.Commit().ok());
  auto orders = Read().ListWorkOrders("1234567");
  ASSERT_EQ(orders->size(), 1u);
  EXPECT_EQ((*orders)[0].status, "closed");
  EXPECT_EQ(Read().ListTechnicians(company->id)->size(), 1u);
}

// Regression: records dated in 1800, future accidents and installations,
// and self-inspections of a month to come were stored.
TEST_P(ConformanceTest, RecordsOutsideTheLiftsLifeAreRefused) {
  now_ = *ParseTimestamp("2026-06-01T12:00:00Z");
  Create("1234567");  // installed 2015-03-01
  auto tx = Write();
  Lift future = SampleLift("7654321");
  future.installed_on = "2026-09-01";
  EXPECT_EQ(tx.CreateLift(future).error().field(), "installed_on");
  future.installed_on = "1800-01-01";
  EXPECT_EQ(tx.CreateLift(future).error().field(), "installed_on");
  Inspection old;
  old.date = "1800-04-01";
  auto refused = tx.AddInspection("1234567", old);
  EXPECT_EQ(refused.error().field(), "date");
  EXPECT_EQ(refused.error().problem_code(), "before_earliest");
  old.date = "2014-12-31";  // before the installation
  auto early = tx.AddInspection("1234567", old);
  EXPECT_NE(early.error().message().find("installed (2015-03-01)"), std::string::npos);
  EXPECT_EQ(early.error().problem_code(), "before_installation");  // the console words it
  old.date = "2026-06-03";
  auto future_date = tx.AddInspection("1234567", old);
  EXPECT_EQ(future_date.error().message(), "date: is in the future");
  EXPECT_EQ(future_date.error().problem_code(), "in_future");
  old.date = "2026-06-02";  // already the 2nd east of UTC+12: not in the future
  EXPECT_TRUE(tx.AddInspection("1234567", old).ok());
  AccidentReport accident;
  accident.occurred_at = "2026-06-05T10:00";
  accident.description = "x";
  EXPECT_EQ(tx.AddAccident("1234567", accident).error().field(), "occurred_at");
  SelfInspection self;
  self.month = "2026-07";
  self.visited_on = "2026-06-01";
  self.entered_on = "2026-06-01";
  self.items = {{"SI01", "", "A", ""}};
  EXPECT_EQ(tx.AddSelfInspection("1234567", self).error().field(), "month");
}

// A verdict agrees with its checklist: a pass carries no defect (unless the
// profile allows it), a reading beyond its limit is no pass, and every
// defect is described.
TEST_P(ConformanceTest, AVerdictAgreesWithItsChecklist) {
  Create("1234567");
  auto tx = Write();
  Inspection i;
  i.date = "2025-04-10";
  i.items = {{"EL-16.1.1.4-a", "", "pass", 6.5, "", ""},
             {"EL-7.6.2.2.1-다", "", "defect", 162, "", "sticks"}};
  auto pass = tx.AddInspection("1234567", i);
  ASSERT_FALSE(pass.ok());
  EXPECT_EQ(pass.error().field(), "items[1].result");
  EXPECT_EQ(pass.error().problem_code(), "verdict_disallows");
  i.items[1].note.clear();
  i.result = Verdict::kConditional;
  auto undescribed = tx.AddInspection("1234567", i);
  EXPECT_EQ(undescribed.error().field(), "items[1].note");
  EXPECT_EQ(undescribed.error().problem_code(), "needs_note");
  i.items[1].note = "closing force 162 N";
  i.items[0].measured = 12;  // beyond ±10 mm, yet "pass"
  auto beyond = tx.AddInspection("1234567", i);
  EXPECT_EQ(beyond.error().field(), "items[0].result");
  EXPECT_EQ(beyond.error().problem_code(), "beyond_limit");
  EXPECT_NE(beyond.error().message().find("within ±10 mm"), std::string::npos)
      << beyond.error().message();
  i.items[0].measured = 6.5;
  i.items.push_back({"ZZ9", "", "pass", std::nullopt, "", ""});
  EXPECT_EQ(tx.AddInspection("1234567", i).error().field(), "items[2].code");
  i.items.pop_back();
  auto conditional = tx.AddInspection("1234567", i);
  ASSERT_TRUE(conditional.ok()) << conditional.error().message();
  EXPECT_EQ(conditional->items[1].name,
            "Force needed to prevent door closing");  // named by the profile
  EXPECT_EQ(conditional->items[1].unit, "N");
}

// A C grade ("urgent repair") opens a work order that stays on the lift
// until it is closed.
TEST_P(ConformanceTest, AnUrgentRepairOpensAFollowUp) {
  Create("1234567");
  auto tx = Write();
  SelfInspection s;
  s.month = "2026-01";
  s.visited_on = "2026-01-05";
  s.entered_on = "2026-01-06";
  s.items = {{"SI01", "", "A", ""}, {"SI05", "", "C", ""}};
  EXPECT_EQ(tx.AddSelfInspection("1234567", s).error().field(), "items[1].note");
  s.items[1].note = "landing door 3 lock worn";
  auto added = tx.AddSelfInspection("1234567", s);
  ASSERT_TRUE(added.ok()) << added.error().message();
  ASSERT_TRUE(added->follow_up_work_order_id);
  auto order = tx.GetWorkOrder(*added->follow_up_work_order_id);
  ASSERT_TRUE(order.ok());
  EXPECT_EQ(order->status, "open");
  EXPECT_EQ(order->origin, "self_inspection:2026-01");
  EXPECT_NE(order->problem.find("landing door 3 lock worn"), std::string::npos) << order->problem;
  EXPECT_TRUE(order->cause.empty());
}

// An out-of-service call-out holds the lift out of service until closed;
// a prohibition stays until a passing inspection, whatever an edit says.
TEST_P(ConformanceTest, OperatingStatusFollowsItsRules) {
  Create("1234567");
  auto tx = Write();
  WorkOrder w;
  w.called_at = "2026-01-05T08:00";
  w.problem = "car stuck at floor 3";
  w.out_of_service = true;
  auto order = tx.AddWorkOrder("1234567", w);
  ASSERT_TRUE(order.ok()) << order.error().message();
  auto lift = tx.GetLift("1234567");
  EXPECT_EQ(lift->status, LiftStatus::kOutOfService);
  Lift edit = *lift;
  edit.status = LiftStatus::kInService;
  auto refused = tx.UpdateLift(edit, lift->version);
  EXPECT_EQ(refused.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(refused.error().field(), "status");
  WorkOrder closed = *order;
  closed.completed_at = "2026-01-05T11:00";
  closed.cause = "door operator";
  closed.action = "replaced";
  closed.status = "closed";
  ASSERT_TRUE(tx.UpdateWorkOrder(closed, order->version).ok());
  lift = tx.GetLift("1234567");
  EXPECT_EQ(lift->status, LiftStatus::kInService);
  // Regression: PATCH status=prohibited came back in_service (the edit
  // recomputed the status from the last, passing, inspection).
  Inspection pass;
  pass.date = "2025-04-10";
  ASSERT_TRUE(tx.AddInspection("1234567", pass).ok());
  lift = tx.GetLift("1234567");
  edit = *lift;
  edit.status = LiftStatus::kProhibited;
  auto prohibited = tx.UpdateLift(edit, lift->version);
  ASSERT_TRUE(prohibited.ok()) << prohibited.error().message();
  EXPECT_EQ(prohibited->status, LiftStatus::kProhibited);
  edit = *prohibited;
  edit.status = LiftStatus::kInService;
  EXPECT_EQ(tx.UpdateLift(edit, prohibited->version).error().field(), "status");
  pass.date = "2026-01-10";
  pass.kind = InspectionKind::kAdhoc;
  ASSERT_TRUE(tx.AddInspection("1234567", pass).ok());
  EXPECT_EQ(tx.GetLift("1234567")->status, LiftStatus::kInService);
}

TEST_P(ConformanceTest, CertifiedPartsMustMatchTheirCertificate) {
  Create("1234567");
  auto tx = Write();
  Certificate c{0,
                "KC-001",
                CertificateSubject::kComponent,
                "safety_gear",
                "SG-1",
                "Maker",
                "Maker",
                "2020-01-01",
                "2030-01-01",
                "valid"};
  ASSERT_TRUE(tx.AddCertificate(c).ok());
  EXPECT_EQ(tx.AddCertificate(c).error().code(), ErrorCode::kConflict);
  EXPECT_TRUE(tx.AddPart("1234567", {0, "", "safety_gear", "KC-001", "S1"}).ok());
  EXPECT_EQ(tx.AddPart("1234567", {0, "", "buffer", "KC-001", "S2"}).error().code(),
            ErrorCode::kInvalidInput);
  EXPECT_EQ(tx.AddPart("1234567", {0, "", "safety_gear", "KC-404", "S3"}).error().code(),
            ErrorCode::kInvalidInput);
  ASSERT_TRUE(tx.Commit().ok());
  EXPECT_EQ(Read().ListParts("1234567")->size(), 1u);
  EXPECT_EQ(Read().ListCertificates("safety_gear", "", 1, 10)->total, 1);
}

TEST_P(ConformanceTest, EveryChangeIsAudited) {
  Lift lift = Create("1234567");
  Inspect("1234567", InspectionKind::kPeriodic, "2025-04-10", Verdict::kPass);
  auto tx = Read();
  auto audit = tx.ListAudit("lift", "1234567", 1, 50);
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->total, 2);  // created, then revalidated by the inspection
  const AuditEntry& update = audit->items[0];
  EXPECT_EQ(update.action, "update");
  EXPECT_EQ(update.actor, "tester");
  EXPECT_NE(update.before_json.find("\"valid_until\":null"), std::string::npos);
  EXPECT_NE(update.after_json.find("\"valid_until\":\"2026-04-09\""), std::string::npos);
  EXPECT_EQ(tx.ListAudit("inspection", "", 1, 50)->total, 1);
}

// Regression: a constraint the database enforced answered with its SQL text
// ("FOREIGN KEY constraint failed" with the statement), which reached API
// answers. Now its kind in words, the same on both backends.
TEST_P(ConformanceTest, ConstraintErrorsNameNoSql) {
  // Straight to the backend: the repository checks references before writing.
  auto db = OpenDatabase(url_);
  ASSERT_TRUE(db.ok());
  auto connection = (*db)->Connect();
  ASSERT_TRUE(connection.ok());
  ASSERT_TRUE((*connection)->Begin(TxMode::kWrite).ok());
  auto orphan = (*connection)
                    ->Query(
                        "INSERT INTO technicians (company_id, name, qualification, "
                        "training_valid_until) VALUES "
                        "(?, 'x', '', '')",
                        {std::int64_t{999}});
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.error().code(), ErrorCode::kConflict);
  EXPECT_EQ(orphan.error().message(), ConstraintMessage(Constraint::kForeignKey));
  (*connection)->Rollback();
}

// Regression: POST /users with an unknown company answered 409 with the SQL
// statement; the reference is checked first and named.
TEST_P(ConformanceTest, AUserOfAnUnknownCompanyNamesTheField) {
  auto tx = Write();
  User u;
  u.name = "tech";
  u.role = Role::kTechnician;
  u.company_id = 424242;
  auto created = tx.CreateUser(u, "hash-x", "");
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(created.error().field(), "company_id");
}

TEST_P(ConformanceTest, UsersAndTokens) {
  auto tx = Write();
  User u;
  u.name = "kim";
  u.role = Role::kInspector;
  auto created = tx.CreateUser(u, "hash-1", "");
  ASSERT_TRUE(created.ok()) << created.error().message();
  EXPECT_EQ(tx.CreateUser(u, "hash-2", "").error().code(), ErrorCode::kConflict);
  ASSERT_TRUE(tx.AddToken(created->id, "hash-3").ok());
  ASSERT_TRUE(tx.Commit().ok());
  auto read = Read();
  EXPECT_EQ(read.UserByTokenHash("hash-1", Now())->name, "kim");
  EXPECT_EQ(read.UserByTokenHash("hash-3", Now())->role, Role::kInspector);
  EXPECT_EQ(read.UserByTokenHash("hash-2", Now()).error().code(), ErrorCode::kNotFound);
}

// Regression: signing out of the console left its token valid for ever.
TEST_P(ConformanceTest, RevokedTokensNoLongerAuthenticate) {
  auto tx = Write();
  User u;
  u.name = "lee";
  u.role = Role::kTechnician;
  auto created = tx.CreateUser(u, "hash-a", "");
  ASSERT_TRUE(created.ok()) << created.error().message();
  ASSERT_TRUE(tx.AddToken(created->id, "hash-b").ok());
  ASSERT_TRUE(tx.RevokeToken("hash-b").ok());
  EXPECT_EQ(tx.RevokeToken("hash-b").error().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(tx.Commit().ok());
  auto read = Read();
  EXPECT_EQ(read.UserByTokenHash("hash-b", Now()).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(read.UserByTokenHash("hash-a", Now())->name, "lee");  // the user's other tokens stay
}

TEST_P(ConformanceTest, SignInTokensExpireAndApiTokensDoNot) {
  using std::chrono::hours;
  using std::chrono::seconds;
  const std::chrono::sys_seconds t0{seconds{1'750'000'000}};
  auto tx = Write();
  User u;
  u.name = "park";
  u.role = Role::kInspector;
  auto created = tx.CreateUser(u, "api-token", "");  // an API token: no expiry
  ASSERT_TRUE(created.ok()) << created.error().message();
  ASSERT_TRUE(tx.AddToken(created->id, "session", t0 + hours(12)).ok());
  ASSERT_TRUE(tx.Commit().ok());
  {
    auto read = Read();
    EXPECT_EQ(read.UserByTokenHash("session", t0)->name, "park");
    EXPECT_EQ(read.UserByTokenHash("session", t0 + hours(12) - seconds(1))->name, "park");
    auto expired = read.UserByTokenHash("session", t0 + hours(12));
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().code(), ErrorCode::kPermission);
    EXPECT_NE(expired.error().message().find("expired"), std::string::npos);
    EXPECT_EQ(read.UserByTokenHash("api-token", t0 + hours(24 * 3650))->name, "park");
  }
  // Pruning deletes the expired session only: it is then unknown, not expired.
  auto prune = Write();
  ASSERT_TRUE(prune.PruneSignIns(t0 + hours(12) - seconds(1), t0).ok());
  EXPECT_EQ(prune.UserByTokenHash("session", t0)->name, "park");
  ASSERT_TRUE(prune.PruneSignIns(t0 + hours(12), t0).ok());
  ASSERT_TRUE(prune.Commit().ok());
  auto read = Read();
  EXPECT_EQ(read.UserByTokenHash("session", t0).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(read.UserByTokenHash("api-token", t0 + hours(24 * 3650))->name, "park");
}

TEST_P(ConformanceTest, SignInFailuresAreCountedPerName) {
  using std::chrono::minutes;
  const std::chrono::sys_seconds t0{std::chrono::seconds{1'750'000'000}};
  {
    auto tx = Write();
    auto fresh = tx.LockSignInFailures("nobody-by-this-name", t0);
    ASSERT_TRUE(fresh.ok()) << fresh.error().message();
    EXPECT_EQ(fresh->count, 0);
    ASSERT_TRUE(tx.SetSignInFailures("nobody-by-this-name", {3, t0, t0 + minutes(2)}).ok());
    ASSERT_TRUE(tx.SetSignInFailures("other", {1, t0, t0}).ok());  // no row locked: no effect
    ASSERT_TRUE(tx.Commit().ok());
  }
  {
    auto tx = Write();
    auto stored = tx.LockSignInFailures("nobody-by-this-name", t0 + minutes(3));
    ASSERT_TRUE(stored.ok()) << stored.error().message();
    EXPECT_EQ(stored->count, 3);
    EXPECT_EQ(stored->first_at, t0);
    EXPECT_EQ(stored->last_at, t0 + minutes(2));
    EXPECT_EQ(tx.LockSignInFailures("other", t0)->count, 0);
    EXPECT_EQ(tx.LockSignInFailures("Nobody-By-This-Name", t0)->count, 0);  // names are exact
    ASSERT_TRUE(tx.ClearSignInFailures("nobody-by-this-name").ok());
    EXPECT_EQ(tx.LockSignInFailures("nobody-by-this-name", t0)->count, 0);
    // A name of any length is a fixed-size key.
    ASSERT_TRUE(tx.LockSignInFailures(std::string(100'000, 'x'), t0).ok());
    ASSERT_TRUE(tx.Commit().ok());
  }
  {
    // Counts whose last failure is at or before the cut-off are deleted.
    auto tx = Write();
    ASSERT_TRUE(tx.LockSignInFailures("late", t0 + minutes(30)).ok());
    ASSERT_TRUE(tx.SetSignInFailures("late", {2, t0 + minutes(20), t0 + minutes(30)}).ok());
    ASSERT_TRUE(tx.LockSignInFailures("early", t0).ok());
    ASSERT_TRUE(tx.SetSignInFailures("early", {4, t0, t0 + minutes(10)}).ok());
    ASSERT_TRUE(tx.PruneSignIns(t0 + minutes(30), t0 + minutes(10)).ok());
    EXPECT_EQ(tx.LockSignInFailures("early", t0 + minutes(30))->count, 0);
    EXPECT_EQ(tx.LockSignInFailures("late", t0 + minutes(30))->count, 2);
    ASSERT_TRUE(tx.Commit().ok());
  }
}

// Several servers on one database: concurrent failures under one name are
// all counted (the row lock makes them take turns).
TEST_P(ConformanceTest, ConcurrentSignInFailuresAreAllCounted) {
  constexpr int kThreads = 4;
  constexpr int kEach = 5;
  const std::chrono::sys_seconds t0{std::chrono::seconds{1'750'000'000}};
  const SignInPolicy policy;
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int n = 0; n < kEach; ++n) {
        auto tx = repo_->Begin(TxMode::kWrite, "guesser");
        if (!tx.ok()) {
          ++errors;
          continue;
        }
        auto failures = tx->LockSignInFailures("kim", t0);
        if (!failures.ok() ||
            !tx->SetSignInFailures("kim", WithFailure(*failures, t0, policy)).ok() ||
            !tx->Commit().ok()) {
          ++errors;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(errors.load(), 0);
  auto tx = Write();
  EXPECT_EQ(tx.LockSignInFailures("kim", t0)->count, kThreads * kEach);
}

TEST_P(ConformanceTest, OwnersAreLinkedToTheirBuildings) {
  const Lift mine = Create("5000001", "Medeu");
  Create("5000002", "Almaly");
  auto tx = Write();
  User u;
  u.name = "owner";
  u.role = Role::kOwner;
  auto owner = tx.CreateUser(u, "owner-hash", "");
  ASSERT_TRUE(owner.ok());
  ASSERT_TRUE(tx.LinkUserBuilding(owner->id, mine.building.id).ok());
  ASSERT_TRUE(tx.LinkUserBuilding(owner->id, mine.building.id).ok());  // idempotent
  EXPECT_EQ(tx.LinkUserBuilding(owner->id, 999999).error().code(), ErrorCode::kInvalidInput);
  ASSERT_TRUE(tx.Commit().ok());
  auto read = Read();
  EXPECT_TRUE(*read.UserHasLift(owner->id, "5000001"));
  EXPECT_FALSE(*read.UserHasLift(owner->id, "5000002"));
  LiftFilter f;
  f.owner_user_id = owner->id;
  auto page = read.ListLifts(f);
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->items[0].registration_no, "5000001");

  auto unlink = Write();
  ASSERT_TRUE(unlink.UnlinkUserBuilding(owner->id, mine.building.id).ok());
  EXPECT_EQ(unlink.UnlinkUserBuilding(owner->id, mine.building.id).error().code(),
            ErrorCode::kNotFound);
  ASSERT_TRUE(unlink.Commit().ok());
  EXPECT_FALSE(*Read().UserHasLift(owner->id, "5000001"));
}

TEST_P(ConformanceTest, CommittedDataSurvivesReopening) {
  Create("1234567");
  Inspect("1234567", InspectionKind::kInstallation, "2015-03-05", Verdict::kPass);
  repo_.reset();
  repo_ = Reopen();  // migrations are not applied twice
  auto lift = Read().GetLift("1234567");
  ASSERT_TRUE(lift.ok());
  EXPECT_EQ(lift->last_result, "pass");
}

TEST_P(ConformanceTest, ConcurrentWritersAllCommit) {
  constexpr int kThreads = 4;
  constexpr int kEach = 10;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int n = 0; n < kEach; ++n) {
        auto tx = repo_->Begin(TxMode::kWrite, "writer");
        if (!tx.ok() || !tx->CreateLift(SampleLift(std::to_string(4000000 + t * 100 + n))).ok() ||
            !tx->Commit().ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(*Read().CountLifts(), kThreads * kEach);
}

TEST_P(ConformanceTest, ImportsKoreanPublicData) {
  const std::string json = R"({"response":{"body":{"items":{"item":[
    {"elevatorNo":"0123456","buldNm":"서울타워","address1":"서울특별시 중구 남산공원길 105","elvtrKindNm":"승객용",
     "ratedSpeed":"1.75","liveLoad":"1000","ratedCap":"15","frstInstallationDe":"20100301",
     "inspctDe":"20250310","inspctKind":"정기검사","psexamYn":"조건부합격","applcBeDt":"20250310","applcEnDt":"20260309"},
    {"elevatorNo":"bad"}]}}}})";
  auto tx = Write();
  auto report = ImportPublicData(tx, json);
  ASSERT_TRUE(report.ok()) << report.error().message();
  EXPECT_EQ(report->lifts_created, 1);
  EXPECT_EQ(report->inspections_added, 1);
  ASSERT_EQ(report->skipped.size(), 1u);
  ASSERT_TRUE(tx.Commit().ok());
  auto lift = Read().GetLift("0123456");
  ASSERT_TRUE(lift.ok());
  EXPECT_EQ(lift->building.region, "서울특별시");
  EXPECT_EQ(lift->last_result, "conditional");
  EXPECT_EQ(lift->remediation_until, "2025-05-09");
  auto tx2 = Write();
  auto again = ImportPublicData(tx2, json);  // idempotent
  EXPECT_EQ(again->lifts_existing, 1);
  EXPECT_EQ(again->inspections_added, 0);
}

TEST_P(ConformanceTest, DemoFleetFillsOnlyAnEmptyDatabase) {
  DemoOptions options;
  options.lifts = 25;
  auto report = FillDemoFleet(*repo_, options);
  ASSERT_TRUE(report.ok()) << report.error().message();
  EXPECT_EQ(report->lifts, 25);
  EXPECT_GT(report->inspections, 25);
  auto tx = Read();
  EXPECT_EQ(*tx.CountLifts(), 25);
  EXPECT_EQ(**tx.GetMeta("demo"), "fictional");
  auto applications = InspectionApplications(tx.context()).ListOpen(1, 50);
  ASSERT_TRUE(applications.ok());
  ASSERT_EQ(applications->total, 1);  // demo-owner's, in their name
  EXPECT_EQ(applications->items[0].applied_by, "demo-owner");
  auto again = FillDemoFleet(*repo_, options);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kConflict);
}

// Regression: the demo recorded 6 months of self-inspections while the check
// looks at 12, so nearly every demo lift showed six months missing.
TEST_P(ConformanceTest, DemoFleetMissesOnlyAFewSelfInspections) {
  DemoOptions options;
  options.lifts = 25;
  ASSERT_TRUE(FillDemoFleet(*repo_, options).ok());
  auto tx = Read();
  LiftFilter all;
  all.today = tx.today();
  all.per_page = 100;
  auto lifts = tx.ListLifts(all);
  ASSERT_TRUE(lifts.ok());
  std::size_t missing = 0;
  for (const Lift& lift : lifts->items) {
    auto records = tx.ListSelfInspections(lift.registration_no, /*with_items=*/false);
    ASSERT_TRUE(records.ok());
    missing += CheckSelfInspections(tx.profile(), lift, *records, tx.today()).missing_months.size();
  }
  // About 5 % of the 12 months are left out on purpose: 15 at most of 300.
  EXPECT_LE(missing, 15u);
}

TEST_P(ConformanceTest, ModelsKeepTheirTypeTestsWithUnboundedFigures) {
  std::int64_t model_id = 0;
  {
    auto tx = Write();
    auto model = TypeTests(tx.context())
                     .CreateModel({0, "Hoist Works", "MRL-630", "2026-12-01T10:00:00Z", 0});
    ASSERT_TRUE(model.ok()) << model.error().message();
    model_id = model->id;
    auto twice = TypeTests(tx.context())
                     .CreateModel({0, "Hoist Works", "MRL-630", "2026-12-01T10:00:00Z", 0});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code(), ErrorCode::kConflict);
    TypeTest test;
    test.model_id = model_id;
    test.run_at = "2026-12-01T10:05:00Z";
    test.suite = "en81-20";
    test.lift_name = "MRL 630";
    test.verdict = "fail";
    test.submitted_by = "tester";
    test.description = "name: x\n";
    test.changes = R"({"set":[],"faults":["worn_brake_lining"]})";
    test.report = R"({"verdict":"fail"})";
    test.results = {{"brake_125", "EN 81-20 5.9.2.2.2.1", std::nullopt, "m", std::nullopt, "fail"},
                    {"traction_loading", "EN 81-20 5.5.3 a", 1.4437, "T1/T2", 2.5056, "pass"}};
    ASSERT_TRUE(TypeTests(tx.context()).Add(test).ok());
    test.run_at = "2026-12-02T09:00:00Z";
    test.verdict = "pass";
    ASSERT_TRUE(TypeTests(tx.context()).Add(test).ok());
    test.model_id = model_id + 100;
    EXPECT_EQ(TypeTests(tx.context()).Add(test).error().code(), ErrorCode::kNotFound);
    ASSERT_TRUE(tx.Commit().ok());
  }
  auto tx = Read();
  auto found = TypeTests(tx.context()).FindModel("Hoist Works", "MRL-630");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, model_id);
  EXPECT_EQ(found->type_tests, 2);
  auto tests = TypeTests(tx.context()).ListOf(model_id);
  ASSERT_TRUE(tests.ok());
  ASSERT_EQ(tests->size(), 2u);
  EXPECT_EQ((*tests)[0].run_at, "2026-12-02T09:00:00Z");  // newest first
  EXPECT_TRUE((*tests)[0].report.empty());
  auto full = TypeTests(tx.context()).Get((*tests)[1].id);
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full->report, R"({"verdict":"fail"})");
  ASSERT_EQ(full->results.size(), 2u);
  EXPECT_FALSE(full->results[0].measured.has_value());  // a car that does not stop
  EXPECT_DOUBLE_EQ(*full->results[1].measured, 1.4437);
  EXPECT_DOUBLE_EQ(*full->results[1].limit, 2.5056);
  auto listed = TypeTests(tx.context()).ListModels("oist", 1, 10);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 1);
  EXPECT_EQ(TypeTests(tx.context()).ListModels("100%", 1, 10)->total,
            0);  // no wildcard from the caller
  EXPECT_EQ(TypeTests(tx.context()).Get(9999).error().code(), ErrorCode::kNotFound);
}

TEST_P(ConformanceTest, TrainingSessionsAreAnsweredOnceAndListedByReach) {
  auto tx = Write();
  auto company = tx.AddCompany({0, "Lift Care", "R-1", "Medeu", "+7"});
  ASSERT_TRUE(company.ok());
  User trainee;
  trainee.name = "trainee";
  trainee.role = Role::kTechnician;
  trainee.company_id = company->id;
  auto t1 = tx.CreateUser(trainee, "hash-t1", "");
  User other;
  other.name = "other";
  other.role = Role::kOwner;
  auto t2 = tx.CreateUser(other, "hash-t2", "");
  ASSERT_TRUE(t1.ok() && t2.ok());
  TrainingRecords records(tx.context());
  TrainingSession session;
  session.user_id = t1->id;
  session.scenario = "doors-slam";
  session.seed = 42;
  auto started = records.Start(session);
  ASSERT_TRUE(started.ok()) << started.error().message();
  EXPECT_FALSE(started->answered());
  EXPECT_EQ(started->user_name, "trainee");
  EXPECT_EQ(started->company_id, company->id);
  session.user_id = t2->id;
  ASSERT_TRUE(records.Start(session).ok());
  ASSERT_TRUE(records.Observe(started->id, "test", "door_kinetic_energy").ok());
  TrainingSession answer;
  answer.id = started->id;
  answer.diagnosis = "doors_too_fast";
  answer.passed = true;
  answer.score = 70;
  auto answered = records.Answer(answer);
  ASSERT_TRUE(answered.ok()) << answered.error().message();
  EXPECT_TRUE(answered->answered());
  // Nothing is recorded twice: a second answer or observation is a conflict.
  answer.diagnosis = "no_fault";
  EXPECT_EQ(records.Answer(answer).error().code(), ErrorCode::kConflict);
  EXPECT_EQ(records.Observe(started->id, "ride", "").error().code(), ErrorCode::kConflict);
  auto stored = records.Get(started->id);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->diagnosis, "doors_too_fast");
  EXPECT_EQ(stored->action, "");
  EXPECT_EQ(stored->passed, true);
  EXPECT_EQ(stored->score, 70);
  ASSERT_EQ(stored->observations.size(), 1u);
  EXPECT_EQ(stored->observations[0].test, "door_kinetic_energy");
  EXPECT_EQ(records.Get(9999).error().code(), ErrorCode::kNotFound);
  // The lists a TrainingReach asks for.
  auto filter = [](auto set) {
    TrainingFilter f;
    set(f);
    return f;
  };
  EXPECT_EQ(records.List({}, 1, 50)->total, 2);
  EXPECT_EQ(records.List(filter([&](auto& f) { f.company_id = company->id; }), 1, 50)->total, 1);
  auto own = records.List(filter([&](auto& f) { f.user_id = t2->id; }), 1, 50);
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->total, 1);
  EXPECT_EQ(own->items[0].user_id, t2->id);
  EXPECT_EQ(records.List(filter([](auto& f) { f.scenario = "other"; }), 1, 50)->total, 0);
  // A trainee with their newest passed session; one with none; no one.
  auto found = records.GetTrainee(t1->id);
  ASSERT_TRUE(found.ok()) << found.error().message();
  EXPECT_EQ(found->name, "trainee");
  EXPECT_EQ(found->company_id, company->id);
  EXPECT_EQ(found->last_passed_at, stored->answered_at);
  auto untrained = records.GetTrainee(t2->id);
  ASSERT_TRUE(untrained.ok());
  EXPECT_EQ(untrained->role, "owner");
  EXPECT_EQ(untrained->last_passed_at, "");
  EXPECT_EQ(records.GetTrainee(999999).error().code(), ErrorCode::kNotFound);
  ASSERT_TRUE(tx.Commit().ok());
}

TEST(TrainingReachTest, EachRoleReadsWhomTheRuleSays) {
  EXPECT_TRUE(TrainingReachOf({Role::kPublic, 0, {}, {}}).none);
  const TrainingReach admin = TrainingReachOf({Role::kAdmin, 1, {}, {}});
  EXPECT_FALSE(admin.none || admin.user_id || admin.company_id);
  const TrainingReach inspector = TrainingReachOf({Role::kInspector, 2, {}, {}});
  EXPECT_FALSE(inspector.none || inspector.user_id || inspector.company_id);
  EXPECT_EQ(TrainingReachOf({Role::kTechnician, 3, 7, {}}).company_id, 7);
  EXPECT_EQ(TrainingReachOf({Role::kTechnician, 3, {}, {}}).user_id, 3);
  EXPECT_EQ(TrainingReachOf({Role::kOwner, 4, {}, {}}).user_id, 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConformanceTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace hoistway::registry

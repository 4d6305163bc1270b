// Registry read speed at national scale: fills an SQLite file with N lifts
// (default 1,000,000) and times the two questions an authority asks all day:
// fetch a lift by registration number, and list a region's lifts whose next
// inspection is due within 30 days (first page of 50 plus the total).
//
//   registry_bench [--lifts N] [--db PATH | --db postgresql://...] [--lookups K]
//
// The SQLite file is kept between runs (re-filled only when its lift count
// differs). A PostgreSQL database is likewise kept, and wiped before a fill:
// its name must start with "hoistway_bench" or "hoistway_test" (for instance
// the one scripts/test-services.sh starts).
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "core/random.h"
#include "registry/repository.h"

namespace {

using namespace hoistway;
using namespace hoistway::registry;
using SteadyClock = std::chrono::steady_clock;

constexpr int kRegions = 17;  // Korea has 17 first-level divisions
constexpr int kLiftsPerBuilding = 4;

double Micros(SteadyClock::duration d) {
  return std::chrono::duration<double, std::micro>(d).count();
}

std::string RegionName(int r) {
  return fmt::format("Region-{:02}", r);
}

int Fill(SqlDatabase& db, int lifts) {
  auto connection = db.Connect();
  if (!connection.ok()) return fmt::print(stderr, "{}\n", connection.error().message()), 1;
  SqlConnection& c = **connection;
  if (!c.Begin(TxMode::kWrite).ok()) return 1;
  Random rng(7);
  const Date today = Date::Of(Now());
  const std::string now = FormatTimestamp(Now());
  for (int n = 0; n < lifts; ++n) {
    const int region = n % kRegions;
    if (n % kLiftsPerBuilding == 0) {
      auto b = c.Query(
          "INSERT INTO buildings (name, address, region, use) VALUES (?, ?, ?, 'residential')",
          {fmt::format("Building {}", n / kLiftsPerBuilding),
           fmt::format("{} Main St, {}", n / kLiftsPerBuilding, RegionName(region)),
           RegionName(region)});
      if (!b.ok()) return fmt::print(stderr, "{}\n", b.error().message()), 1;
    }
    // Inspected within the last year: validity ends within the next year.
    const Date inspected = today.AddDays(-static_cast<int>(rng.Below(365)));
    const Date until = inspected.AddMonths(12).AddDays(-1);
    auto r = c.Query(
        "INSERT INTO lifts (registration_no, building_id, region, kind, drive, rated_load_kg, "
        "persons, "
        "rated_speed_mps, installed_on, last_result, last_inspection_on, valid_from, valid_until, "
        "next_inspection_due, next_inspection_kind, updated_at) VALUES (?, ?, ?, 'passenger', "
        "'traction', 1000, "
        "13, 1.6, '2012-05-01', 'pass', ?, ?, ?, ?, 'periodic', ?)",
        {fmt::format("{:07}", 1000000 + n), std::int64_t{n / kLiftsPerBuilding + 1},
         RegionName(region), inspected.ToString(), inspected.ToString(), until.ToString(),
         until.ToString(), now});
    if (!r.ok()) return fmt::print(stderr, "{}\n", r.error().message()), 1;
  }
  return c.Commit().ok() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  int lifts = 1'000'000;
  int lookups = 200'000;
  std::string path = "registry_bench.db";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--lifts")) lifts = std::stoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--db")) path = argv[i + 1];
    if (!std::strcmp(argv[i], "--lookups")) lookups = std::stoi(argv[i + 1]);
  }
  const bool postgres = path.starts_with("postgresql://");
  const std::string url = postgres ? path : "sqlite:" + path;
  if (postgres) {
    const std::string name = path.substr(path.rfind('/') + 1, path.find('?') - path.rfind('/') - 1);
    if (!name.starts_with("hoistway_bench") && !name.starts_with("hoistway_test")) {
      return fmt::print(stderr, "refusing to wipe database '{}'\n", name), 2;
    }
  }
  auto db = OpenDatabase(url);
  if (!db.ok()) return fmt::print(stderr, "{}\n", db.error().message()), 1;
  auto repo = Repository::Open(std::move(*db), *LoadProfile("korea"), Now);
  if (!repo.ok()) return fmt::print(stderr, "{}\n", repo.error().message()), 1;
  {
    auto tx = (*repo)->Begin(TxMode::kRead, "bench");
    if (*tx->CountLifts() != lifts) {
      tx = Error(ErrorCode::kInternal, "closed");
      repo->reset();
      if (postgres) {
        auto wipe = (*OpenDatabase(url))->Connect();
        if (!wipe.ok() ||
            !(*wipe)->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public").ok())
          return fmt::print(stderr, "cannot wipe {}\n", path), 1;
      } else {
        std::filesystem::remove(path);
        std::filesystem::remove(path + "-wal");
        std::filesystem::remove(path + "-shm");
      }
      auto fresh = OpenDatabase(url);
      auto reopened = Repository::Open(std::move(*fresh), *LoadProfile("korea"), Now);
      if (!reopened.ok()) return fmt::print(stderr, "{}\n", reopened.error().message()), 1;
      const auto start = SteadyClock::now();
      auto raw = OpenDatabase(url);
      if (Fill(**raw, lifts) != 0) return 1;
      fmt::print("filled {} lifts in {:.1f} s\n", lifts, Micros(SteadyClock::now() - start) / 1e6);
      *repo = std::move(*reopened);
    }
  }
  if (postgres) {
    // Statistics and the visibility map, as autovacuum would after a bulk load.
    auto analyze = (*OpenDatabase(url))->Connect();
    Status vacuumed = analyze.ok() ? (*analyze)->ExecScript("VACUUM ANALYZE") : analyze.error();
    if (!vacuumed.ok()) fmt::print(stderr, "VACUUM ANALYZE: {}\n", vacuumed.error().message());
    fmt::print("database: {}\n", path);
  } else {
    fmt::print("database: {} ({:.0f} MiB)\n", path,
               static_cast<double>(std::filesystem::file_size(path)) / 1048576.0);
  }

  Random rng(11);
  std::vector<double> times;
  times.reserve(lookups);
  auto tx = (*repo)->Begin(TxMode::kRead, "bench");
  for (int i = 0; i < lookups; ++i) {
    const std::string reg =
        fmt::format("{:07}", 1000000 + rng.Below(static_cast<std::uint32_t>(lifts)));
    const auto start = SteadyClock::now();
    auto lift = tx->GetLift(reg);
    times.push_back(Micros(SteadyClock::now() - start));
    if (!lift.ok()) return fmt::print(stderr, "{}\n", lift.error().message()), 1;
  }
  std::sort(times.begin(), times.end());
  double sum = 0;
  for (double t : times) sum += t;
  fmt::print(
      "fetch by registration number: {} lookups, mean {:.1f} us, median {:.1f} us, p99 {:.1f} us\n",
      lookups, sum / lookups, times[times.size() / 2], times[times.size() * 99 / 100]);

  times.clear();
  std::int64_t due = 0;
  constexpr int kQueries = 200;
  for (int i = 0; i < kQueries; ++i) {
    LiftFilter f;
    f.region = RegionName(i % kRegions);
    f.due_within_days = 30;
    f.sort = "next_inspection_due";
    const auto start = SteadyClock::now();
    auto page = tx->ListLifts(f);
    times.push_back(Micros(SteadyClock::now() - start));
    if (!page.ok()) return fmt::print(stderr, "{}\n", page.error().message()), 1;
    due = page->total;
  }
  std::sort(times.begin(), times.end());
  sum = 0;
  for (double t : times) sum += t;
  fmt::print(
      "region's lifts due within 30 days (first page of 50 + total, ~{} per region): {} queries, "
      "mean {:.2f} ms, "
      "median {:.2f} ms, p99 {:.2f} ms\n",
      due, kQueries, sum / kQueries / 1000, times[times.size() / 2] / 1000,
      times[times.size() * 99 / 100] / 1000);

  // Text search (`q`): through the trigram index for three or more
  // characters. A precise query (one building) and a broad one (1,111
  // buildings: "building 1000" is in "Building 10001" and so on).
  const std::pair<const char*, int> searches[] = {{"building {}", 123456}, {"building {}", 1000}};
  for (const auto& [pattern, number] : searches) {
    times.clear();
    std::int64_t found = 0;
    for (int i = 0; i < 20; ++i) {
      LiftFilter f;
      f.q = fmt::format(fmt::runtime(pattern), number + i);
      const auto start = SteadyClock::now();
      auto page = tx->ListLifts(f);
      times.push_back(Micros(SteadyClock::now() - start));
      if (!page.ok()) return fmt::print(stderr, "{}\n", page.error().message()), 1;
      if (i == 0) found = page->total;
    }
    std::sort(times.begin(), times.end());
    fmt::print("text search \"{}\" (first page + total, {} lifts found): median {:.2f} ms\n",
               fmt::format(fmt::runtime(pattern), number), found, times[times.size() / 2] / 1000);
  }
  return 0;
}

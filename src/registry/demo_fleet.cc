#include "registry/demo_fleet.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "core/random.h"
#include "registry/auth.h"
#include "registry/inspection_applications.h"
#include "registry/maintenance_stats.h"

namespace hoistway::registry {
namespace {

constexpr std::array<std::string_view, 8> kDistricts = {
    "Alatau", "Almaly", "Auezov", "Bostandyk", "Zhetysu", "Medeu", "Nauryzbay", "Turksib"};
constexpr std::array<std::string_view, 10> kStreets = {
    "Abay Ave",     "Dostyk Ave",   "Tole Bi St",    "Satpayev St", "Al-Farabi Ave",
    "Raiymbek Ave", "Zhandosov St", "Seifullin Ave", "Furmanov St", "Timiryazev St"};
constexpr std::array<std::string_view, 4> kUses = {"residential", "office", "hospital", "retail"};
constexpr std::array<std::string_view, 4> kMakers = {"Demo Lifts Co", "Fictive Elevator Works",
                                                     "Sample Aufzug GmbH", "Example Hoist Ltd"};

template <std::size_t N>
std::string_view Pick(Random& rng, const std::array<std::string_view, N>& list) {
  return list[rng.Below(static_cast<std::uint32_t>(N))];
}

// A fictional reading of a checklist item, within its limits (nullopt for
// an item that measures nothing).
std::optional<double> WithinLimits(const ChecklistTemplate& t, Random& rng) {
  // Two significant digits of the limit's size (0.015 m² reads 0.017, not 0).
  const double scale = std::max({std::fabs(t.min.value_or(0.0)), std::fabs(t.max.value_or(0.0)),
                                 std::fabs(t.max_abs.value_or(0.0))});
  const double step = scale > 0.0 ? std::pow(10.0, std::floor(std::log10(scale)) - 1.0) : 0.1;
  const auto round = [&](double v) {
    v = std::round(v / step) * step;
    if (t.min) v = std::max(v, *t.min);
    if (t.max) v = std::min(v, *t.max);
    return v;
  };
  const double u = rng.Uniform();
  if (t.max_abs) return round((u * 2 - 1) * *t.max_abs * 0.8);
  if (t.min && t.max) return round(*t.min + (*t.max - *t.min) * u);
  if (t.max) return round(u * *t.max * 0.9);
  if (t.min) return round(*t.min * (1.1 + 0.3 * u));
  return std::nullopt;
}

// Every item of the checklist of `kind` for a lift of `lift_kind`, passed,
// with readings within the limits.
std::vector<ChecklistItem> PassingItems(const RegulationProfile& profile,
                                        std::string_view lift_kind, InspectionKind kind,
                                        Random& rng) {
  std::vector<ChecklistItem> items;
  for (const ChecklistTemplate* t : profile.ChecklistFor(lift_kind, ToString(kind))) {
    items.push_back({t->code, t->name, "pass", WithinLimits(*t, rng), t->unit, ""});
  }
  return items;
}

std::string Time(Date day, int hour, int minute) {
  return fmt::format("{}T{:02}:{:02}:00", day.ToString(), hour, minute);
}

}  // namespace

std::vector<DemoUser> DemoUsers() {
  std::vector<DemoUser> users;
  for (const char* role : {"admin", "inspector", "technician", "owner"}) {
    users.push_back({fmt::format("demo-{}", role), role, fmt::format("demo-{}", role)});
  }
  return users;
}

Result<DemoReport> FillDemoFleet(Repository& repository, const DemoOptions& options) {
  auto tx = repository.Begin(TxMode::kWrite, "demo");
  if (!tx.ok()) return tx.error();
  auto count = tx->CountLifts();
  if (!count.ok()) return count.error();
  if (*count > 0) {
    return Error(
        ErrorCode::kConflict,
        fmt::format("--demo fills only an empty database; this one holds {} lifts", *count));
  }
  Random rng(options.seed);
  DemoReport report;
  const Date today = options.today.value_or(tx->today());
  const RegulationProfile& profile = repository.profile();

  std::vector<std::int64_t> companies;
  std::vector<std::vector<std::int64_t>> technicians;
  for (int c = 0; c < 4; ++c) {
    Company company{0, fmt::format("[DEMO] Almaty Lift Service {}", c + 1),
                    fmt::format("DEMO-{:04}", c + 1), std::string(kDistricts[c * 2]),
                    "+7 700 000 00 0" + std::to_string(c)};
    auto added = tx->AddCompany(company);
    if (!added.ok()) return added.error();
    companies.push_back(added->id);
    technicians.emplace_back();
    for (int t = 0; t < 5; ++t) {
      Technician tech{0, added->id, fmt::format("Demo Technician {}-{}", c + 1, t + 1),
                      t == 0 ? "lift engineer (senior)" : "lift technician",
                      today.AddDays(static_cast<int>(rng.Below(700)) - 200).ToString()};
      auto tech_added = tx->AddTechnician(tech);
      if (!tech_added.ok()) return tech_added.error();
      technicians.back().push_back(tech_added->id);
    }
  }
  // A certificate per component kind and maker, and per model.
  for (std::size_t m = 0; m < kMakers.size(); ++m) {
    Certificate model{0,
                      fmt::format("DEMO-M-{:03}", m + 1),
                      CertificateSubject::kModel,
                      "",
                      fmt::format("DL-{}00", m + 1),
                      std::string(kMakers[m]),
                      std::string(kMakers[m]),
                      today.AddYears(-8).ToString(),
                      today.AddYears(2).ToString(),
                      "valid"};
    auto added = tx->AddCertificate(model);
    if (!added.ok()) return added.error();
    for (std::size_t k = 0; k < profile.component_kinds.size(); ++k) {
      Certificate part{0,
                       fmt::format("DEMO-C-{:03}-{:02}", m + 1, k + 1),
                       CertificateSubject::kComponent,
                       profile.component_kinds[k].code,
                       fmt::format("{}-{}", profile.component_kinds[k].code, m + 1),
                       std::string(kMakers[m]),
                       std::string(kMakers[m]),
                       today.AddYears(-8).ToString(),
                       today.AddYears(2).ToString(),
                       k == 3 && m == 2 ? "suspended" : "valid"};
      auto part_added = tx->AddCertificate(part);
      if (!part_added.ok()) return part_added.error();
    }
  }

  int building_no = 0;
  std::int64_t lift_no = 0;
  std::vector<std::int64_t> owned_buildings;  // demo-owner answers for the first few
  while (lift_no < options.lifts) {
    ++building_no;
    const std::string district(Pick(rng, kDistricts));
    Building building{
        0, fmt::format("[DEMO] {} residential complex, block {}", district, building_no),
        fmt::format("{} {} (fictional), Almaty", 1 + rng.Below(200), Pick(rng, kStreets)), district,
        std::string(Pick(rng, kUses))};
    const int lifts_here = 1 + static_cast<int>(rng.Below(4));
    const int floors = 5 + static_cast<int>(rng.Below(20));
    const Date installed = today.AddDays(-static_cast<int>(365 + rng.Below(365 * 30)));
    for (int k = 0; k < lifts_here && lift_no < options.lifts; ++k) {
      ++lift_no;
      const std::size_t maker = rng.Below(kMakers.size());
      const std::size_t company = rng.Below(static_cast<std::uint32_t>(companies.size()));
      Lift lift;
      lift.registration_no = fmt::format("{:07}", 9000000 + lift_no);
      lift.building = building;
      lift.kind = k == 1 ? "freight" : (k == 2 ? "firefighting" : "passenger");
      lift.drive = rng.Uniform() < 0.9 ? "traction" : "hydraulic";
      lift.rated_load_kg = lift.kind == "freight" ? 1600 : (rng.Uniform() < 0.5 ? 630 : 1000);
      lift.persons = static_cast<int>(lift.rated_load_kg / 75);
      lift.rated_speed_mps = floors > 15 ? 1.75 : 1.0;
      lift.floors_served = floors;
      lift.machine_room_less = rng.Uniform() < 0.4;
      lift.manufacturer = std::string(kMakers[maker]);
      lift.model = fmt::format("DL-{}00", maker + 1);
      lift.model_certificate_no = fmt::format("DEMO-M-{:03}", maker + 1);
      lift.installed_on = installed.ToString();
      lift.first_use_on = installed.AddDays(20).ToString();
      lift.company_id = companies[company];
      lift.safety_manager = fmt::format("Demo Safety Manager {}", building_no);
      auto created = tx->CreateLift(lift);
      if (!created.ok()) return created.error();
      ++report.lifts;
      if (owned_buildings.empty() || owned_buildings.back() != created->building.id) {
        owned_buildings.push_back(created->building.id);
      }
      for (std::size_t part = 0; part < 4; ++part) {
        const auto& kind = profile.component_kinds[part].code;
        LiftPart p{0, "", kind, fmt::format("DEMO-C-{:03}-{:02}", maker + 1, part + 1),
                   fmt::format("SN{}-{}", lift.registration_no, part + 1)};
        auto added = tx->AddPart(lift.registration_no, p);
        if (!added.ok()) return added.error();
      }

      // Inspection history: installation, then one a year for the last six
      // years (older records are left out to keep the demo quick to build);
      // some lifts fall behind.
      const bool behind = rng.Uniform() < 0.12;
      Date next = installed.AddDays(10);
      bool first = true;
      constexpr int kHistoryYears = 6;
      const Date history_start = today.AddYears(-kHistoryYears);
      while (next <= today) {
        Inspection insp;
        insp.kind = first ? InspectionKind::kInstallation : InspectionKind::kPeriodic;
        // From 15 years of age, every third yearly visit is the precision inspection.
        const int age = next.YearsSince(installed);
        if (!first && age >= 15 && (age - 15) % 3 == 0) insp.kind = InspectionKind::kPrecision;
        insp.date = next.ToString();
        insp.inspector = fmt::format("Demo Inspector {}", 1 + rng.Below(6));
        const double u = rng.Uniform();
        insp.result =
            u < 0.85 ? Verdict::kPass : (u < 0.96 ? Verdict::kConditional : Verdict::kFail);
        if (first) insp.result = Verdict::kPass;
        // Every item of the lift's checklist, measured values within their
        // limits; a conditional pass or a fail has one defect, described.
        insp.items = PassingItems(profile, lift.kind, insp.kind, rng);
        // Older visits keep ten items (a checklist of the Korean criteria
        // has hundreds): the demo stays small and quick to build.
        if (next < today.AddDays(-400) && insp.items.size() > 10) insp.items.resize(10);
        const std::size_t defect = insp.items.size() > 1 ? 1 : 0;
        if (insp.result != Verdict::kPass && !insp.items.empty()) {
          insp.items[defect].result = "defect";
          insp.items[defect].note = "worn; to be replaced (fictional)";
        }
        auto added = tx->AddInspection(lift.registration_no, insp);
        if (!added.ok()) return added.error();
        ++report.inspections;
        first = false;
        if (next < history_start) {
          const int skipped_years = history_start.YearsSince(next);
          next = next.AddYears(skipped_years);
        }
        const Date after = next;
        if (insp.result == Verdict::kPass) {
          next = after.AddMonths(12).AddDays(static_cast<int>(rng.Below(20)) - 25);
        } else {
          next =
              after.AddDays(20 + static_cast<int>(rng.Below(30)));  // confirmation or re-inspection
          if (next > today) break;
          Inspection follow = insp;
          follow.kind = InspectionKind::kAdhoc;
          follow.date = next.ToString();
          follow.result = Verdict::kPass;
          follow.items = PassingItems(profile, lift.kind, follow.kind, rng);
          auto confirmed = tx->AddInspection(lift.registration_no, follow);
          if (!confirmed.ok()) return confirmed.error();
          ++report.inspections;
          next = after.AddMonths(12).AddDays(static_cast<int>(rng.Below(20)) - 25);
        }
        if (behind && next.AddMonths(12) > today) break;  // this lift's last periodic is overdue
      }

      // Monthly self-inspections over the months CheckSelfInspections looks
      // at (all of them, or every lift would show months missing); a few late
      // or missing.
      for (int m = kSelfInspectionLookbackMonths; m >= 1; --m) {
        if (rng.Uniform() < 0.05) continue;
        const Date visit =
            today.AddMonths(-m).AddDays(-today.day() + 1 + static_cast<int>(rng.Below(25)));
        if (visit < installed.AddDays(30)) continue;
        SelfInspection s;
        s.month = MonthOf(visit);
        s.visited_on = visit.ToString();
        s.entered_on =
            visit.AddDays(rng.Uniform() < 0.08 ? 14 : static_cast<int>(rng.Below(5))).ToString();
        s.late = s.entered_on > visit.AddDays(profile.self_inspection_entry_days).ToString();
        s.technician_id = technicians[company][rng.Below(5)];
        for (const auto& item : profile.self_inspection_items) {
          const double g = rng.Uniform();
          const bool urgent = g >= 0.995;
          s.items.push_back({item.code, item.name, g < 0.9 ? "A" : (urgent ? "C" : "B"),
                             urgent ? "worn part; repair needed (fictional)" : ""});
        }
        auto added = tx->AddSelfInspection(lift.registration_no, s);
        if (!added.ok()) return added.error();
        // The follow-up of an urgent repair, closed a few days later unless recent.
        if (added->follow_up_work_order_id && m > 1) {
          auto order = tx->GetWorkOrder(*added->follow_up_work_order_id);
          if (!order.ok()) return order.error();
          order->arrived_at = Time(visit.AddDays(1), 9, 0);
          order->completed_at = Time(visit.AddDays(2), 15, 30);
          order->cause = "worn part";
          order->action = "part replaced and tested";
          order->status = "closed";
          auto closed = tx->UpdateWorkOrder(*order, order->version);
          if (!closed.ok()) return closed.error();
        }
      }

      // Call-outs, and now and then an accident or a serious failure.
      const int callouts = static_cast<int>(rng.Below(4));
      for (int c = 0; c < callouts; ++c) {
        const Date day = today.AddDays(-static_cast<int>(3 + rng.Below(300)));
        WorkOrder w;
        w.called_at =
            Time(day, 8 + static_cast<int>(rng.Below(10)), static_cast<int>(rng.Below(60)));
        w.arrived_at = Time(day, 19, static_cast<int>(rng.Below(30)));
        w.completed_at =
            Time(day.AddDays(static_cast<int>(rng.Below(2))), 21, static_cast<int>(rng.Below(60)));
        const bool door = rng.Uniform() < 0.5;
        w.problem = door ? "doors do not close at a landing" : "lift stopped between floors";
        w.out_of_service = true;
        w.cause = door ? "landing door lock contact" : "drive fault";
        w.action = "adjusted and tested";
        w.technician_id = technicians[company][rng.Below(5)];
        w.status = "closed";
        auto added = tx->AddWorkOrder(lift.registration_no, w);
        if (!added.ok()) return added.error();
      }
      if (rng.Uniform() < 0.03) {
        AccidentReport a;
        a.kind = ReportKind::kFailure;
        a.occurred_at = Time(today.AddDays(-static_cast<int>(1 + rng.Below(400))), 14, 5);
        a.description = "Car stopped between floors; two passengers trapped (fictional)";
        a.failure_type = "trapped_mid_travel";
        a.cause = "controller fault";
        a.persons_trapped = 2;
        a.rescued_by = "maintenance company";
        a.measures = "controller board replaced";
        auto added = tx->AddAccident(lift.registration_no, a);
        if (!added.ok()) return added.error();
      }
    }
  }

  for (const DemoUser& demo : DemoUsers()) {
    auto token = GenerateToken();
    if (!token.ok()) return token.error();
    auto hash = HashPassword(demo.password);
    if (!hash.ok()) return hash.error();
    User user;
    user.name = demo.name;
    user.role = *ParseRole(demo.role);
    if (user.role == Role::kTechnician) {  // Demo Technician 1-1 of the first company
      user.company_id = companies[0];
      user.technician_id = technicians[0][0];
    }
    auto created = tx->CreateUser(user, HashToken(*token), *hash);
    if (!created.ok()) return created.error();
    if (user.role == Role::kOwner) {
      constexpr std::size_t kOwnedBuildings = 5;  // the first buildings of the fleet
      for (std::size_t b = 0; b < owned_buildings.size() && b < kOwnedBuildings; ++b) {
        Status linked = tx->LinkUserBuilding(created->id, owned_buildings[b]);
        if (!linked.ok()) return linked.error();
      }
      // demo-owner has applied for the next inspection of their first lift,
      // so the inspectors' queue of applications is not empty.
      auto first = tx->GetLift(fmt::format("{:07}", 9000001));
      if (!first.ok()) return first.error();
      InspectionApplication application;
      auto kind =
          ParseInspectionKind(first->last_inspection_on.empty() ? "installation" : "periodic");
      if (!kind.ok()) return kind.error();
      application.kind = *kind;
      application.note = "[DEMO] the residents' council asks for the inspection before winter";
      tx->SetActor(demo.name);
      auto applied =
          InspectionApplications(tx->context()).Apply(first->registration_no, application);
      tx->SetActor("demo");
      if (!applied.ok()) return applied.error();
    }
    report.users.push_back(demo);
  }
  Status meta = tx->SetMeta("demo", "fictional");
  if (!meta.ok()) return meta.error();
  Status commit = tx->Commit();
  if (!commit.ok()) return commit.error();
  return report;
}

}  // namespace hoistway::registry

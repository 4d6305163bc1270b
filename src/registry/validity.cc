#include "registry/validity.h"

#include <algorithm>

namespace hoistway::registry {
namespace {

Date ParseOr(const std::string& text, Date fallback) {
  auto parsed = Date::Parse(text);
  return parsed.ok() ? *parsed : fallback;
}

bool Matches(const IntervalOverride& rule, const Lift& lift, Date on,
             const std::vector<Date>& serious_events) {
  if (rule.age_years_at_least) {
    const Date installed = ParseOr(lift.installed_on, on);
    if (on.YearsSince(installed) < *rule.age_years_at_least) return false;
  }
  if (rule.within_years_of_serious_event) {
    const bool recent = std::any_of(serious_events.begin(), serious_events.end(), [&](Date event) {
      return event <= on && on < event.AddYears(*rule.within_years_of_serious_event);
    });
    if (!recent) return false;
  }
  if (!rule.kind_in.empty() &&
      std::find(rule.kind_in.begin(), rule.kind_in.end(), lift.kind) == rule.kind_in.end()) {
    return false;
  }
  return true;
}

// The last day of validity of an interval starting on `from`.
Date EndOf(Date from, int months) {
  return from.AddMonths(months).AddDays(-1);
}

}  // namespace

int PeriodicIntervalMonths(const RegulationProfile& profile, const Lift& lift, Date on,
                           const std::vector<Date>& serious_events) {
  int months = profile.periodic_interval_months;
  bool overridden = false;
  for (const auto& rule : profile.overrides) {
    if (!Matches(rule, lift, on, serious_events)) continue;
    // The most stringent (shortest) matching rule wins; a longer one applies
    // only when no shorter one matched (e.g. freight lifts).
    months = overridden ? std::min(months, rule.interval_months) : rule.interval_months;
    overridden = true;
  }
  return months;
}

InspectionWindow WindowOf(const RegulationProfile& profile, const Lift& lift,
                          const Inspection& inspection, const std::vector<Date>& serious_events) {
  InspectionWindow window;
  const Date date = ParseOr(inspection.date, Date());
  if (inspection.result == Verdict::kFail && profile.fail_prohibits) return window;
  const int months = PeriodicIntervalMonths(profile, lift, date, serious_events);
  window.valid_from = date.ToString();
  window.valid_until = EndOf(date, months).ToString();
  if (inspection.result == Verdict::kConditional && profile.remediation_days) {
    window.remediation_until = date.AddDays(*profile.remediation_days).ToString();
  }
  return window;
}

Validity ComputeValidity(const RegulationProfile& profile, const Lift& lift,
                         std::vector<Inspection> inspections,
                         const std::vector<Date>& serious_events) {
  std::sort(inspections.begin(), inspections.end(), [](const Inspection& a, const Inspection& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
  });
  Validity v;
  bool prohibited = false;
  std::string last_precision;
  for (const auto& insp : inspections) {
    const InspectionWindow window = WindowOf(profile, lift, insp, serious_events);
    v.last_result = std::string(ToString(insp.result));
    v.last_inspection_on = insp.date;
    if (insp.result == Verdict::kFail) {
      prohibited = profile.fail_prohibits;
      v.remediation_until.clear();
      if (prohibited) v.valid_from.clear(), v.valid_until.clear();
      continue;
    }
    if (insp.kind == InspectionKind::kPrecision) last_precision = insp.date;
    // An ad-hoc inspection keeps the periodic cycle, unless it is the
    // re-inspection that lifts a prohibition or there is no validity yet.
    const bool restarts_cycle =
        insp.kind != InspectionKind::kAdhoc || prohibited || v.valid_until.empty();
    if (restarts_cycle) {
      v.valid_from = window.valid_from;
      v.valid_until = window.valid_until;
    }
    prohibited = false;
    v.remediation_until = window.remediation_until;  // a pass closes an open window
  }
  if (prohibited) v.last_result = "fail";

  struct Due {
    std::string date;
    std::string kind;
  };
  std::vector<Due> dues;
  if (inspections.empty()) {
    dues.push_back({lift.installed_on, "installation"});
  } else if (prohibited) {
    dues.push_back({v.last_inspection_on, "reinspection"});
  } else {
    if (!v.valid_until.empty()) dues.push_back({v.valid_until, "periodic"});
    if (!v.remediation_until.empty()) dues.push_back({v.remediation_until, "confirmation"});
  }
  if (profile.precision_first_after_years) {
    const Date installed = ParseOr(lift.installed_on, Date());
    const Date next =
        last_precision.empty()
            ? installed.AddYears(*profile.precision_first_after_years)
            : ParseOr(last_precision, installed).AddYears(profile.precision_interval_years);
    v.next_precision_due = next.ToString();
    if (!inspections.empty()) dues.push_back({v.next_precision_due, "precision"});
  }
  const auto first = std::min_element(dues.begin(), dues.end(),
                                      [](const Due& a, const Due& b) { return a.date < b.date; });
  if (first != dues.end()) {
    v.next_inspection_due = first->date;
    v.next_inspection_kind = first->kind;
  }
  return v;
}

std::string ValidityState(const Lift& lift, Date today) {
  if (lift.status == LiftStatus::kProhibited || lift.last_result == "fail") return "prohibited";
  if (lift.last_inspection_on.empty()) return "not_inspected";
  const std::string now = today.ToString();
  if (!lift.remediation_until.empty()) {
    return now > lift.remediation_until ? "remediation_overdue" : "conditional";
  }
  if (lift.valid_until.empty() || lift.valid_until < now) return "expired";
  return "valid";
}

bool IsSerious(const RegulationProfile& profile, const AccidentReport& report) {
  if (report.kind == ReportKind::kAccident) {
    return report.deaths >= profile.serious_deaths_at_least ||
           report.hospitalisation_days >= profile.serious_hospitalisation_days_at_least ||
           report.treatment_days >= profile.serious_treatment_days_at_least;
  }
  const auto& ex = profile.failure_excluded_causes;
  if (std::find(ex.begin(), ex.end(), report.cause) != ex.end()) return false;
  return std::any_of(profile.serious_failures.begin(), profile.serious_failures.end(),
                     [&](const NamedCode& f) { return f.code == report.failure_type; });
}

}  // namespace hoistway::registry

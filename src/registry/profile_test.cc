#include "registry/profile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>

namespace hoistway::registry {
namespace {

// Checklists by lift kind and inspection kind: hundreds of items for Korea,
// the EN 81-20 handover tests at the installation of uk-loler and en81.
TEST(ProfileTest, ChecklistsByLiftKindAndInspectionKind) {
  auto korea = LoadProfile("korea");
  ASSERT_TRUE(korea.ok()) << korea.error().message();
  EXPECT_GE(korea->checklist.size(), 900u);  // 별표22, chapters 6 to 17
  const auto lift = korea->ChecklistFor("passenger", "periodic");
  const auto precision = korea->ChecklistFor("passenger", "precision");
  const auto escalator = korea->ChecklistFor("escalator", "periodic");
  EXPECT_GE(lift.size(), 600u);
  EXPECT_EQ(precision.size(), lift.size() + 8);  // the 8 safety items
  // Chapter 17's items only for the lifts they are for.
  const auto firefighting = korea->ChecklistFor("firefighting", "periodic");
  EXPECT_GT(firefighting.size(), lift.size());
  for (const auto* item : lift) EXPECT_NE(item->code.substr(0, 6), "EL-17.") << item->code;
  const auto evacuation = korea->ChecklistFor("evacuation", "periodic");
  EXPECT_TRUE(std::any_of(evacuation.begin(), evacuation.end(),
                          [](const auto* item) { return item->code.starts_with("EL-17.3."); }));
  EXPECT_FALSE(std::any_of(firefighting.begin(), firefighting.end(),
                           [](const auto* item) { return item->code.starts_with("EL-17.3."); }));
  // Escalators and moving walks: 별표24, each kind its own items (steps and
  // the escalator's speeds for one, pallets and belts for the other).
  EXPECT_GE(escalator.size(), 300u);
  const auto walk = korea->ChecklistFor("moving_walk", "periodic");
  EXPECT_GE(walk.size(), 300u);
  const auto has = [](const auto& list, std::string_view code) {
    return std::any_of(list.begin(), list.end(),
                       [&](const auto* item) { return item->code == code; });
  };
  EXPECT_TRUE(has(escalator, "ES-5.4.1.2.2-가"));  // nominal speed, inclined 30° or less
  EXPECT_FALSE(has(walk, "ES-5.4.1.2.2-가"));
  EXPECT_TRUE(has(walk, "ES-5.3.2.3.4"));  // belt web width
  EXPECT_FALSE(has(escalator, "ES-5.3.2.3.4"));
  for (const auto* item : escalator) {
    EXPECT_EQ(item->code.substr(0, 3), "ES-") << item->code;
    EXPECT_FALSE(item->name.empty() || item->clause.empty()) << item->code;
  }
  const auto escalator_installation = korea->ChecklistFor("escalator", "installation");
  EXPECT_GT(escalator_installation.size(), escalator.size() + 50);  // designs, type tests
  auto loler = LoadProfile("uk-loler");
  ASSERT_TRUE(loler.ok()) << loler.error().message();
  EXPECT_GT(loler->ChecklistFor("passenger", "installation").size(),
            loler->ChecklistFor("passenger", "periodic").size() + 20);
  auto en81 = LoadProfile("en81");
  ASSERT_TRUE(en81.ok()) << en81.error().message();
  EXPECT_GE(en81->ChecklistFor("passenger", "installation").size(), 25u);
}

TEST(ProfileTest, KoreaIsBuiltInWithNineteenComponentKinds) {
  auto p = LoadProfile("korea");
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->periodic_interval_months, 12);
  EXPECT_EQ(p->component_kinds.size(), 19u);
  EXPECT_EQ(*p->remediation_days, 60);
  EXPECT_EQ(*p->precision_first_after_years, 15);
  EXPECT_EQ(p->precision_interval_years, 3);
  EXPECT_EQ(p->self_inspection_entry_days, 10);
  EXPECT_EQ(p->grades.size(), 5u);
  EXPECT_EQ(p->serious_hospitalisation_days_at_least, 7);
  EXPECT_EQ(p->serious_treatment_days_at_least, 21);
  EXPECT_FALSE(p->periodic_source.empty());
  EXPECT_TRUE(p->HasComponentKind("ucmp_device"));
}

TEST(ProfileTest, LolerIsAnotherFileNotCode) {
  auto p = LoadProfile("uk-loler");
  ASSERT_TRUE(p.ok()) << p.error().message();
  EXPECT_EQ(p->periodic_interval_months, 6);
  EXPECT_FALSE(p->precision_first_after_years.has_value());
  EXPECT_FALSE(p->HasInspectionKind("precision"));
}

// No checklists beyond those a test gives.
Result<std::string> NoChecklist(std::string_view id) {
  return NotFound(std::string("no checklist ") + std::string(id));
}

constexpr const char* kMinimal =
    "id: x\nname: X\nperiodic: {interval_months: 12}\n"
    "self_inspection: {grades: [{code: A, meaning: good}]}\n";

TEST(ProfileTest, ErrorsNameTheOriginLineAndField) {
  auto p = ParseProfile("id: x\nname: X\nperiodic: {}\n", "mine.yaml", NoChecklist);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message().find("mine.yaml:3:"), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().message().find("interval_months"), std::string::npos);
  auto bad = ParseProfile("id: [", "broken.yaml", NoChecklist);
  EXPECT_NE(bad.error().message().find("broken.yaml:"), std::string::npos);
  EXPECT_FALSE(LoadProfile("atlantis").ok());
  EXPECT_TRUE(ParseProfile(kMinimal, "minimal.yaml", NoChecklist).ok());
}

// Regression: profiles were read key by key with yaml-cpp, so a misspelt key
// ("intervall_months", "remediaton_days") silently left a rule out. They are
// read with the strict reader of building files now.
TEST(ProfileTest, UnknownKeysAreErrorsWithAHint) {
  auto p = ParseProfile(std::string(kMinimal) + "conditional_pass: {remediaton_days: 60}\n",
                        "mine.yaml", NoChecklist);
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message().find("mine.yaml:5:"), std::string::npos) << p.error().message();
  EXPECT_NE(p.error().message().find("remediation_days"), std::string::npos)
      << p.error().message();  // the nearest valid key
  auto months = ParseProfile(
      "id: x\nname: X\nperiodic: {interval_months: 20444444444444}\n"
      "self_inspection: {grades: [{code: A, meaning: good}]}\n",
      "big.yaml", NoChecklist);
  ASSERT_FALSE(months.ok());
  EXPECT_NE(months.error().message().find("periodic.interval_months"), std::string::npos)
      << months.error().message();
}

TEST(ProfileTest, ChecklistsAreFilesWithPartsSourcesAndLimits) {
  const std::string checklist =
      "id: c\nname: C\nsource: S\nlift_kinds: [passenger]\nparts:\n"
      "  - code: pit\n    name: Pit\n    names: {ko: 피트, ru: Приямок}\n    items:\n"
      "      - {code: P1, name: Buffer, source: \"EN 81-20 5.8\", unit: mm, max: 10,\n"
      "         inspection_kinds: [installation]}\n"
      "      - {code: P2, name: Pit floor, source: \"EN 81-20 5.2.5.8\"}\n";
  const auto source = [&](std::string_view id) -> Result<std::string> {
    if (id == "c") return checklist;
    return NoChecklist(id);
  };
  auto p = ParseProfile(std::string(kMinimal) + "checklists: [c]\n", "x.yaml", source);
  ASSERT_TRUE(p.ok()) << p.error().message();
  ASSERT_EQ(p->checklist.size(), 2u);
  EXPECT_EQ(p->checklist[0].part, "pit");
  EXPECT_EQ(p->checklist_parts[0].names.at("ru"), "Приямок");
  EXPECT_EQ(p->ChecklistFor("passenger", "installation").size(), 2u);
  EXPECT_EQ(p->ChecklistFor("passenger", "periodic").size(), 1u);
  EXPECT_TRUE(p->ChecklistFor("escalator", "periodic").empty());
  EXPECT_TRUE(p->checklist[0].Exceeds(10.5));
  EXPECT_EQ(p->checklist[0].LimitText(), "at most 10 mm");
  auto unknown = ParseProfile(std::string(kMinimal) + "checklists: [nope]\n", "x.yaml", source);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message().find("checklists"), std::string::npos);
  const auto typo = [&](std::string_view) -> Result<std::string> {
    return std::string(
        "id: c\nname: C\nsource: S\nparts:\n  - code: pit\n    name: Pit\n"
        "    items:\n      - {code: P1, name: B, source: S, maxx: 3}\n");
  };
  auto bad = ParseProfile(std::string(kMinimal) + "checklists: [c]\n", "x.yaml", typo);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message().find("checklists/c.yaml:8:"), std::string::npos)
      << bad.error().message();
}

TEST(ProfileTest, EveryBuiltInProfileLoads) {
  for (const auto& id : BuiltinProfileIds()) {
    auto p = LoadProfile(id);
    ASSERT_TRUE(p.ok()) << id << ": " << p.error().message();
    EXPECT_FALSE(p->checklist.empty()) << id;
    for (const auto& item : p->checklist) EXPECT_FALSE(item.clause.empty()) << item.code;
    // Localisation finished: everything a form or the certificate names has
    // its Korean and Russian name.
    const auto named = [&](const LocalNames& names, const std::string& what) {
      for (const char* language : {"ko", "ru"}) {
        EXPECT_TRUE(names.contains(language)) << id << ": " << what << " lacks " << language;
      }
    };
    for (const auto& item : p->checklist) named(item.names, item.code);
    for (const auto& part : p->checklist_parts) named(part.names, part.code);
    for (const auto* list :
         {&p->grades, &p->self_inspection_items, &p->serious_failures, &p->component_kinds}) {
      for (const auto& code : *list) named(code.names, code.code);
    }
  }
}

}  // namespace
}  // namespace hoistway::registry

// TelemetryStore over SQLite and PostgreSQL alike (built into monitor_tests,
// whose PostgreSQL database is its own: see tests/support/test_registry.h).
#include "registry/telemetry_store.h"

#include <fmt/core.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/test_registry.h"

namespace hoistway::registry {
namespace {

class TelemetryStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip;
    registry_ = std::make_unique<testing::TestRegistry>(GetParam(), &skip);
    if (!skip.empty()) GTEST_SKIP() << skip;
    lift_ = registry_->AddLift("7000001");
  }
  NewTelemetryEvent Event(std::string id, std::string at, std::string kind = "trip") {
    return {lift_,         std::move(id),
            std::move(at), std::move(kind),
            true,          3,
            "{}",          "2026-12-03T06:00:00.000Z"};
  }
  std::unique_ptr<testing::TestRegistry> registry_;
  std::int64_t lift_ = 0;
};

TEST_P(TelemetryStoreTest, EventsAreStoredOnceWhateverTheRepeats) {
  {
    auto tx = registry_->Write();
    TelemetryStore store(tx.context());
    std::vector<NewTelemetryEvent> batch;
    for (int i = 0; i < 300; ++i) {
      batch.push_back(
          Event(fmt::format("e-{:04}", i), fmt::format("2026-12-03T05:{:02}:00.000Z", i % 60)));
    }
    batch.push_back(Event("e-0007", "2026-12-03T05:07:00.000Z"));  // a repeat inside the call
    auto fresh = store.InsertEvents(batch);
    ASSERT_TRUE(fresh.ok()) << fresh.error().message();
    EXPECT_EQ(std::count(fresh->begin(), fresh->end(), true), 300);
    EXPECT_FALSE(fresh->back());
    ASSERT_TRUE(tx.Commit().ok());
  }
  auto tx = registry_->Write();
  TelemetryStore store(tx.context());
  auto again =
      store.InsertEvents({Event("e-0001", "2026-12-03T05:01:00.000Z"),
                          Event("e-9999", "2026-12-03T05:59:00.000Z", "door_close_fault")});
  ASSERT_TRUE(again.ok()) << again.error().message();
  EXPECT_EQ(*again, (std::vector<bool>{false, true}));
  auto page = store.ListEvents(lift_, {"", "", 1, 10});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 301);
  EXPECT_EQ(page->items[0].event_id, "e-9999");  // newest first
  auto faults = store.ListEvents(lift_, {"door_close_fault", "", 1, 10});
  EXPECT_EQ(faults->total, 1);
  auto recent = store.ListEvents(lift_, {"", "2026-12-03T05:58:00.000Z", 1, 10});
  EXPECT_EQ(recent->total, 11);  // 05:58 and 05:59 five times each (i % 60), and e-9999
}

TEST_P(TelemetryStoreTest, OneOpenAlarmPerCauseCountsRepeats) {
  auto tx = registry_->Write("monitor");
  TelemetryStore store(tx.context());
  auto first = store.RaiseAlarm(lift_, {"door_faults", "minor", "2026-12-03T05:00:00.000Z", "e1"});
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_TRUE(first->opened);
  auto second = store.RaiseAlarm(lift_, {"door_faults", "major", "2026-12-03T05:01:00.000Z", "e2"});
  ASSERT_TRUE(second.ok());
  EXPECT_FALSE(second->opened);
  EXPECT_EQ(second->alarm.id, first->alarm.id);
  EXPECT_EQ(second->alarm.count, 2);
  EXPECT_EQ(second->alarm.severity, "major");  // raised to the worse
  EXPECT_EQ(second->alarm.last_at, "2026-12-03T05:01:00.000Z");
  auto other = store.RaiseAlarm(lift_, {"overspeed", "critical", "2026-12-03T05:02:00.000Z", "e3"});
  EXPECT_TRUE(other->opened);
  auto closed = store.CloseAutomatically(lift_, {"door_faults", "power_loss"},
                                         "2026-12-03T05:03:00.000Z", "in_service e4");
  ASSERT_TRUE(closed.ok());
  ASSERT_EQ(closed->size(), 1u);
  EXPECT_EQ((*closed)[0].closed_by, "monitor");
  auto reopened =
      store.RaiseAlarm(lift_, {"door_faults", "minor", "2026-12-03T05:04:00.000Z", "e5"});
  EXPECT_TRUE(reopened->opened);
  EXPECT_NE(reopened->alarm.id, first->alarm.id);
  auto active = store.ListAlarms({"", "active", "", "", {}, 1, 50});
  ASSERT_TRUE(active.ok());
  EXPECT_EQ(active->total, 2);
  EXPECT_EQ(active->items[0].cause, "overspeed");  // critical first
  ASSERT_TRUE(tx.Commit().ok());
}

TEST_P(TelemetryStoreTest, PeopleAcknowledgeAndCloseAudited) {
  std::int64_t id = 0;
  {
    auto tx = registry_->Write("monitor");
    TelemetryStore store(tx.context());
    id = store.RaiseAlarm(lift_, {"entrapment", "critical", "2026-12-03T05:00:00.000Z", "e1"})
             ->alarm.id;
    ASSERT_TRUE(tx.Commit().ok());
  }
  auto tx = registry_->Write("kim");
  TelemetryStore store(tx.context());
  auto acked = store.AcknowledgeAlarm(id, "2026-12-03T05:01:00.000Z");
  ASSERT_TRUE(acked.ok()) << acked.error().message();
  EXPECT_EQ(acked->state, "acknowledged");
  EXPECT_EQ(acked->acknowledged_by, "kim");
  EXPECT_EQ(store.AcknowledgeAlarm(id, "2026-12-03T05:02:00.000Z").error().code(),
            ErrorCode::kConflict);
  auto closed = store.CloseAlarm(id, "2026-12-03T05:10:00.000Z", "passengers out");
  ASSERT_TRUE(closed.ok());
  EXPECT_EQ(closed->closed_by, "kim");
  EXPECT_EQ(closed->close_note, "passengers out");
  EXPECT_EQ(store.CloseAlarm(id, "2026-12-03T05:11:00.000Z", "").error().code(),
            ErrorCode::kConflict);
  EXPECT_EQ(store.GetAlarm(999999).error().code(), ErrorCode::kNotFound);
  auto audit = tx.ListAudit("alarm", std::to_string(id), 1, 10);
  ASSERT_TRUE(audit.ok());
  ASSERT_EQ(audit->total, 3);  // opened, acknowledged, closed
  EXPECT_EQ(audit->items[0].actor, "kim");
  EXPECT_NE(audit->items[0].after_json.find("\"state\":\"closed\""), std::string::npos);
  ASSERT_TRUE(tx.Commit().ok());
}

TEST_P(TelemetryStoreTest, LiftRowVersionsAndDeadlines) {
  auto tx = registry_->Write();
  TelemetryStore store(tx.context());
  auto row = store.LockLift(lift_);
  ASSERT_TRUE(row.ok());
  EXPECT_EQ(row->version, 0);
  row->state_json = R"({"out_of_service":true})";
  row->deadline = "2026-12-03T06:00:30.000Z";
  row->mode = "normal";
  EXPECT_EQ(*store.SaveLift(*row, "2026-12-03T06:00:00.000Z"), 1);
  EXPECT_EQ(*store.SaveLift(*row, "2026-12-03T06:00:01.000Z"), 2);
  EXPECT_TRUE(store.DueLifts("2026-12-03T06:00:29.999Z", 10)->empty());
  EXPECT_EQ(*store.DueLifts("2026-12-03T06:00:30.000Z", 10), std::vector<std::int64_t>{lift_});
  auto back = store.LockLift(lift_);
  EXPECT_EQ(back->version, 2);
  EXPECT_EQ(back->state_json, R"({"out_of_service":true})");
  ASSERT_TRUE(tx.Commit().ok());
}

TEST_P(TelemetryStoreTest, DowntimePeriodsAndTheFleetView) {
  const std::int64_t other = registry_->AddLift("7000002");
  auto tx = registry_->Write();
  TelemetryStore store(tx.context());
  ASSERT_TRUE(store.StartDowntime(lift_, "2026-12-01T00:00:00.000Z", "repair").ok());
  ASSERT_TRUE(store.StartDowntime(lift_, "2026-12-01T01:00:00.000Z", "again").ok());  // still one
  ASSERT_TRUE(store.EndDowntime(lift_, "2026-12-01T06:00:00.000Z").ok());
  ASSERT_TRUE(store.StartDowntime(other, "2026-12-02T00:00:00.000Z", "").ok());
  auto periods =
      store.ListDowntime(std::nullopt, {}, "2026-11-30T00:00:00.000Z", "2026-12-03T00:00:00.000Z");
  ASSERT_TRUE(periods.ok());
  ASSERT_EQ(periods->size(), 2u);
  EXPECT_EQ((*periods)[0].ended_at, "2026-12-01T06:00:00.000Z");
  EXPECT_EQ((*periods)[1].ended_at, "");
  auto mine = store.ListDowntime(lift_, {}, "2026-12-01T05:00:00.000Z", "2026-12-02T00:00:00.000Z");
  EXPECT_EQ(mine->size(), 1u);

  LiftTelemetryRow row{lift_,    0, "{}", std::nullopt, "2026-12-03T06:00:00.000Z",
                       "normal", 4, false};
  ASSERT_TRUE(store.SaveLift(row, "2026-12-03T06:00:00.000Z").ok());
  ASSERT_TRUE(
      store.RaiseAlarm(lift_, {"entrapment", "critical", "2026-12-03T06:00:00.000Z", "e"}).ok());
  auto fleet = store.ListFleet({{}, false, 1, 10});
  ASSERT_TRUE(fleet.ok()) << fleet.error().message();
  ASSERT_EQ(fleet->total, 2);
  EXPECT_EQ(fleet->items[0].registration_no, "7000001");
  EXPECT_TRUE(fleet->items[0].entrapment);
  EXPECT_EQ(fleet->items[0].worst_severity, "critical");
  EXPECT_EQ(fleet->items[0].floor, 4);
  EXPECT_EQ(fleet->items[1].last_seen_at, "");
  EXPECT_EQ(store.ListFleet({{}, true, 1, 10})->total, 1);
  EXPECT_EQ(*store.CountConnected({}), 1);
  auto counts = store.CountOpenAlarms({});
  ASSERT_EQ(counts->size(), 1u);
  EXPECT_EQ((*counts)[0], (std::pair<std::string, std::int64_t>{"critical", 1}));
  // A company sees only the lifts it maintains: none here.
  EXPECT_EQ(store.ListFleet({{std::int64_t{42}, std::nullopt}, false, 1, 10})->total, 0);
  ASSERT_TRUE(tx.Commit().ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, TelemetryStoreTest, ::testing::ValuesIn(testing::kBackends));

}  // namespace
}  // namespace hoistway::registry

#include "telemetry/topics.h"

#include <gtest/gtest.h>

namespace hoistway::telemetry {
namespace {

TEST(TopicsTest, BuildsAndParsesTheContractTopics) {
  EXPECT_EQ(EventTopic("1234567"), "hoistway/v1/lift/1234567/event");
  EXPECT_EQ(StatusTopic("1234567"), "hoistway/v1/lift/1234567/status");
  EXPECT_EQ(CountersTopic("1234567"), "hoistway/v1/lift/1234567/counters");
  auto event = ParseLiftTopic("hoistway/v1/lift/1234567/event");
  ASSERT_TRUE(event);
  EXPECT_EQ(event->registration_no, "1234567");
  EXPECT_EQ(event->kind, TopicKind::kEvent);
  EXPECT_EQ(ParseLiftTopic(StatusTopic("9000001"))->kind, TopicKind::kStatus);
  EXPECT_EQ(ParseLiftTopic(CountersTopic("9000001"))->kind, TopicKind::kCounters);
}

TEST(TopicsTest, RefusesOtherTopics) {
  for (const char* topic :
       {"", "hoistway/v1/lift/", "hoistway/v1/lift/1234567", "hoistway/v1/lift/1234567/events",
        "hoistway/v1/lift//event", "hoistway/v1/lift/12 34/event", "hoistway/v2/lift/1/event",
        "hoistway/v1/lift/1234567/event/extra",
        "hoistway/v1/lift/123456789012345678901234567890123/event"}) {
    EXPECT_FALSE(ParseLiftTopic(topic)) << topic;
  }
}

TEST(TopicsTest, SharedSubscriptionFilter) {
  EXPECT_EQ(LiftTopicsFilter("hoistway"), "$share/hoistway/hoistway/v1/lift/+/+");
  EXPECT_EQ(LiftTopicsFilter(""), "hoistway/v1/lift/+/+");
}

}  // namespace
}  // namespace hoistway::telemetry

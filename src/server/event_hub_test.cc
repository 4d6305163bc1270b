#include "server/event_hub.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hoistway::server {
namespace {

TEST(EventHubTest, AddressedEventsReachOnlyTheirUser) {
  EventHub hub;
  std::vector<std::string> anyone, kim, lee;
  hub.Subscribe([&](const std::string& e) { anyone.push_back(e); });
  const auto kim_id = hub.Subscribe([&](const std::string& e) { kim.push_back(e); }, 7);
  hub.Subscribe([&](const std::string& e) { lee.push_back(e); }, 8);
  hub.Publish("everyone");
  hub.Publish("for kim", 7);
  EXPECT_EQ(anyone, std::vector<std::string>{"everyone"});
  EXPECT_EQ(kim, (std::vector<std::string>{"everyone", "for kim"}));
  EXPECT_EQ(lee, std::vector<std::string>{"everyone"});
  hub.Unsubscribe(kim_id);
  hub.Publish("again", 7);
  EXPECT_EQ(kim.size(), 2u);
  EXPECT_EQ(hub.subscribers(), 2u);
}

}  // namespace
}  // namespace hoistway::server

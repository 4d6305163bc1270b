// MqttClient against a real Mosquitto on loopback: scripts/test.sh starts one
// and exports HOISTWAY_TEST_MQTT_URL; without it these tests are skipped.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <set>

#include "telemetry/mqtt_client.h"

namespace hoistway::telemetry {
namespace {

using std::chrono::milliseconds;

class MosquittoClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* url = std::getenv("HOISTWAY_TEST_MQTT_URL");
    if (url == nullptr || *url == '\0') {
      GTEST_SKIP() << "HOISTWAY_TEST_MQTT_URL is not set (scripts/test.sh sets it)";
    }
    auto address = ParseBrokerUrl(url);
    ASSERT_TRUE(address.ok()) << address.error().message();
    address_ = *address;
    // Unique per run too: a persistent session outlives its test (60 s), and
    // --gtest_repeat must not find the previous run's.
    prefix_ = "test/" + std::to_string(getpid()) + "/" +
              std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + "/" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name();
  }

  std::unique_ptr<MqttClient> Client(const std::string& id, bool persistent) {
    MqttOptions options;
    options.client_id = prefix_ + "/" + id;
    options.persistent_session = persistent;
    options.session_expiry_s = 60;
    return MakeMqttClient(address_, options);
  }

  // Receives until `count` messages arrived or 5 s passed. Each Receive gets
  // an empty batch: given a non-empty one it would only take what is already
  // there, and a broker slow to send the rest would end the loop early.
  std::vector<MqttMessage> ReceiveAll(MqttClient& client, std::size_t count) {
    std::vector<MqttMessage> out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (out.size() < count && std::chrono::steady_clock::now() < deadline) {
      std::vector<MqttMessage> batch;
      Status s = client.Receive(&batch, count - out.size(), milliseconds(50));
      EXPECT_TRUE(s.ok()) << s.error().message();
      for (auto& m : batch) out.push_back(std::move(m));
    }
    return out;
  }

  void PublishNumbered(const std::string& topic, int from, int to) {
    auto publisher = Client("publisher", false);
    ASSERT_TRUE(publisher->Connect().ok());
    for (int i = from; i < to; ++i) {
      ASSERT_TRUE(publisher->Publish(topic, std::to_string(i), 1, false).ok());
    }
    ASSERT_TRUE(publisher->Flush(milliseconds(5000)).ok());
    EXPECT_EQ(publisher->publishes_in_flight(), 0u);
    publisher->Disconnect();
  }

  BrokerAddress address_;
  std::string prefix_;
};

TEST_F(MosquittoClientTest, PublishedMessagesArrive) {
  auto subscriber = Client("sub", false);
  ASSERT_TRUE(subscriber->Subscribe(prefix_ + "/#", 1).ok());
  ASSERT_TRUE(subscriber->Connect().ok());
  PublishNumbered(prefix_ + "/a", 0, 500);
  auto got = ReceiveAll(*subscriber, 500);
  ASSERT_EQ(got.size(), 500u);
  for (int i = 0; i < 500; ++i)
    EXPECT_EQ(got[static_cast<std::size_t>(i)].payload, std::to_string(i));
  EXPECT_TRUE(subscriber->Acknowledge().ok());
}

// What a kill -9 does: the process dies with acknowledgements unsent. The
// broker must send those messages again, and only those.
TEST_F(MosquittoClientTest, UnacknowledgedMessagesComeAgainAfterTheReceiverDies) {
  {
    auto first = Client("sub", true);
    ASSERT_TRUE(first->Subscribe(prefix_ + "/#", 1).ok());
    ASSERT_TRUE(first->Connect().ok());
    PublishNumbered(prefix_ + "/a", 0, 100);
    auto got = ReceiveAll(*first, 100);
    ASSERT_EQ(got.size(), 100u);
    ASSERT_TRUE(first->Acknowledge().ok());  // 0..99 are done
    PublishNumbered(prefix_ + "/a", 100, 200);
    got = ReceiveAll(*first, 100);
    ASSERT_EQ(got.size(), 100u);
    // Destroyed without Acknowledge: 100..199 were received, never acknowledged.
  }
  PublishNumbered(prefix_ + "/a", 200, 300);  // while nobody listens
  auto second = Client("sub", true);
  ASSERT_TRUE(second->Subscribe(prefix_ + "/#", 1).ok());
  ASSERT_TRUE(second->Connect().ok());
  auto again = ReceiveAll(*second, 200);
  std::set<int> numbers;
  for (const auto& m : again) numbers.insert(std::stoi(m.payload));
  EXPECT_EQ(again.size(), 200u);
  ASSERT_EQ(numbers.size(), 200u);
  EXPECT_EQ(*numbers.begin(), 100);
  EXPECT_EQ(*numbers.rbegin(), 299);
  ASSERT_TRUE(second->Acknowledge().ok());
  second->Disconnect();
}

TEST_F(MosquittoClientTest, SharedSubscriptionSplitsMessagesBetweenMembers) {
  const std::string filter = "$share/g" + std::to_string(getpid()) + "/" + prefix_ + "/#";
  auto a = Client("a", false);
  auto b = Client("b", false);
  ASSERT_TRUE(a->Subscribe(filter, 1).ok());
  ASSERT_TRUE(b->Subscribe(filter, 1).ok());
  ASSERT_TRUE(a->Connect().ok());
  ASSERT_TRUE(b->Connect().ok());
  PublishNumbered(prefix_ + "/x", 0, 400);
  std::vector<MqttMessage> got_a, got_b;
  for (int i = 0; i < 200 && got_a.size() + got_b.size() < 400; ++i) {
    ASSERT_TRUE(a->Receive(&got_a, 400, milliseconds(10)).ok());
    ASSERT_TRUE(b->Receive(&got_b, 400, milliseconds(10)).ok());
    ASSERT_TRUE(a->Acknowledge().ok());
    ASSERT_TRUE(b->Acknowledge().ok());
  }
  std::set<std::string> all;
  for (const auto& m : got_a) all.insert(m.payload);
  for (const auto& m : got_b) all.insert(m.payload);
  EXPECT_EQ(got_a.size() + got_b.size(), 400u);
  EXPECT_EQ(all.size(), 400u);
  EXPECT_GT(got_a.size(), 0u);
  EXPECT_GT(got_b.size(), 0u);
}

TEST_F(MosquittoClientTest, UnreachableBrokerIsUnavailable) {
  MqttOptions options;
  options.client_id = prefix_;
  options.connect_timeout = milliseconds(1000);
  auto client = MakeMqttClient({"127.0.0.1", 1}, options);
  Status s = client->Connect();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kUnavailable);
  EXPECT_NE(s.error().message().find("broker mqtt://127.0.0.1:1"), std::string::npos)
      << s.error().message();
  std::vector<MqttMessage> out;
  EXPECT_EQ(client->Receive(&out, 10, milliseconds(10)).error().code(), ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace hoistway::telemetry

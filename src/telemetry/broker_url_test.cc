#include "telemetry/broker_url.h"

#include <gtest/gtest.h>

namespace hoistway::telemetry {
namespace {

TEST(BrokerUrlTest, ParsesHostAndPort) {
  auto a = ParseBrokerUrl("mqtt://127.0.0.1:18842");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->host, "127.0.0.1");
  EXPECT_EQ(a->port, 18842);
  auto b = ParseBrokerUrl("mqtt://broker.example");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->port, 1883);
  auto c = ParseBrokerUrl("mqtt://[::1]:1884/");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->host, "::1");
  EXPECT_EQ(c->port, 1884);
  EXPECT_EQ(ToString(*c), "mqtt://[::1]:1884");
  auto d = ParseBrokerUrl("mqtt://[::1]");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->port, 1883);
}

TEST(BrokerUrlTest, NamesWhatIsWrong) {
  EXPECT_EQ(ParseBrokerUrl("tcp://h:1").error().message(),
            "--broker: 'tcp://h:1' must look like mqtt://HOST:PORT");
  EXPECT_EQ(ParseBrokerUrl("mqtt://h:0").error().message(),
            "--broker: 'mqtt://h:0': the port must be 1 to 65535");
  EXPECT_EQ(ParseBrokerUrl("mqtt://h:").error().message(),
            "--broker: 'mqtt://h:': the port must be 1 to 65535");
  EXPECT_EQ(ParseBrokerUrl("mqtt://h:99999").error().message(),
            "--broker: 'mqtt://h:99999': the port must be 1 to 65535");
  EXPECT_EQ(ParseBrokerUrl("mqtt://:1883").error().message(),
            "--broker: 'mqtt://:1883' has no valid host");
  EXPECT_FALSE(ParseBrokerUrl("mqtts://h:8883").ok());
  EXPECT_FALSE(ParseBrokerUrl("mqtt://user@h:1").ok());
}

}  // namespace
}  // namespace hoistway::telemetry

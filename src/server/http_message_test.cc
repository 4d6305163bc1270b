#include "server/http_message.h"

#include <gtest/gtest.h>

namespace hoistway::server {
namespace {

TEST(HttpMessageTest, ParsesPathAndQuery) {
  std::string path;
  std::map<std::string, std::string> query;
  ASSERT_TRUE(ParseTarget("/api/v1/lifts?region=Medeu%20East&q=a+b&page=2&flag", &path, &query));
  EXPECT_EQ(path, "/api/v1/lifts");
  EXPECT_EQ(query["region"], "Medeu East");
  EXPECT_EQ(query["q"], "a b");
  EXPECT_EQ(query["page"], "2");
  EXPECT_EQ(query.count("flag"), 1u);
}

TEST(HttpMessageTest, RejectsMalformedTargets) {
  std::string path;
  std::map<std::string, std::string> query;
  EXPECT_FALSE(ParseTarget("api/v1", &path, &query));
  EXPECT_FALSE(ParseTarget("/a%2", &path, &query));
  EXPECT_FALSE(ParseTarget("/a%zz", &path, &query));
  EXPECT_FALSE(ParseTarget("/a%00b", &path, &query));
  EXPECT_FALSE(ParseTarget("/a?x=%", &path, &query));
}

}  // namespace
}  // namespace hoistway::server

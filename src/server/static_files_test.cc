#include "server/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace hoistway::server {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("hoistway_static_" + std::to_string(::getpid()));
    fs::create_directories(root_ / "assets");
    std::ofstream(root_ / "index.html") << "<html>console</html>";
    std::ofstream(root_ / "assets" / "app-1234.js") << "console.log(1)";
    std::ofstream(root_.parent_path() / ("secret_" + std::to_string(::getpid()))) << "secret";
  }
  void TearDown() override {
    fs::remove_all(root_);
    fs::remove(root_.parent_path() / ("secret_" + std::to_string(::getpid())));
  }
  fs::path root_;
};

TEST_F(StaticFilesTest, ServesFilesAndTheIndex) {
  auto index = ReadStaticFile(root_.string(), "/");
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->body, "<html>console</html>");
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  auto js = ReadStaticFile(root_.string(), "/assets/app-1234.js");
  ASSERT_TRUE(js.ok());
  EXPECT_TRUE(js->immutable);
  EXPECT_EQ(js->content_type, "text/javascript; charset=utf-8");
}

TEST_F(StaticFilesTest, ClientRoutesGetTheIndex) {
  EXPECT_EQ(ReadStaticFile(root_.string(), "/lifts/1234567")->body, "<html>console</html>");
  EXPECT_FALSE(ReadStaticFile(root_.string(), "/missing.js").ok());
}

TEST_F(StaticFilesTest, NothingOutsideTheRoot) {
  const std::string secret = "/../secret_" + std::to_string(::getpid());
  EXPECT_FALSE(ReadStaticFile(root_.string(), secret).ok());
  EXPECT_FALSE(ReadStaticFile(root_.string(), "/assets/../../x").ok());
  EXPECT_FALSE(ReadStaticFile(root_.string(), "/.env").ok());
  EXPECT_FALSE(ReadStaticFile("/nonexistent-dir", "/").ok());
}

}  // namespace
}  // namespace hoistway::server

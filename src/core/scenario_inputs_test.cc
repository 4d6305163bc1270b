// The loader's side of the data-driven scenarios (tests/scenarios): every
// input under invalid/ is refused with the message its .expect names, and
// every input under valid/ loads. The scenario runner checks the same files
// end to end through the command line; this keeps the messages honest even
// where the command line is not built.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/building_loader.h"

namespace hoistway {
namespace {

std::filesystem::path ScenarioDir(const std::string& name) {
  return std::filesystem::path(HOISTWAY_SOURCE_DIR) / "tests" / "scenarios" / name;
}

std::vector<std::filesystem::path> Inputs(const std::string& dir) {
  std::vector<std::filesystem::path> inputs;
  for (const auto& entry : std::filesystem::directory_iterator(ScenarioDir(dir))) {
    if (entry.path().extension() == ".yaml") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// The `stderr:` lines of an .expect file.
std::vector<std::string> ExpectedStderr(const std::filesystem::path& expect) {
  std::ifstream in(expect);
  std::vector<std::string> texts;
  std::string line;
  const std::string key = "stderr: ";
  while (std::getline(in, line)) {
    if (line.rfind(key, 0) == 0) texts.push_back(line.substr(key.size()));
  }
  return texts;
}

TEST(ScenarioInputsTest, InvalidInputsGiveTheExpectedMessage) {
  const std::vector<std::filesystem::path> inputs = Inputs("invalid");
  EXPECT_GE(inputs.size(), 30u);
  for (const std::filesystem::path& input : inputs) {
    std::filesystem::path expect = input;
    expect.replace_extension(".expect");
    ASSERT_TRUE(std::filesystem::exists(expect)) << expect;
    const Result<Building> building = LoadBuildingFile(input.string());
    ASSERT_FALSE(building.ok()) << input;
    const std::vector<std::string> texts = ExpectedStderr(expect);
    EXPECT_FALSE(texts.empty()) << expect;
    for (const std::string& text : texts) {
      EXPECT_NE(building.error().message().find(text), std::string::npos)
          << input.filename() << "\n  message: " << building.error().message()
          << "\n  expected: " << text;
    }
  }
}

TEST(ScenarioInputsTest, ValidInputsLoad) {
  for (const std::filesystem::path& input : Inputs("valid")) {
    const Result<Building> building = LoadBuildingFile(input.string());
    EXPECT_TRUE(building.ok()) << building.error().message();
  }
}

}  // namespace
}  // namespace hoistway

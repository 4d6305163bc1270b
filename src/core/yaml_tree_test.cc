#include "core/yaml_tree.h"

#include <gtest/gtest.h>

#include <string>

namespace hoistway {
namespace {

const YamlNode& Root(const Result<YamlDocument>& doc) {
  EXPECT_TRUE(doc.ok()) << doc.error().message();
  return *doc->root();
}

TEST(YamlTreeTest, PositionsAreOneBased) {
  const auto doc = ParseYaml("a: 1\nbb:\n  - x\n", "t.yaml");
  const YamlNode& root = Root(doc);
  ASSERT_TRUE(root.IsMap());
  ASSERT_EQ(root.entries.size(), 2u);
  EXPECT_EQ(root.entries[0].key->position.line, 1);
  EXPECT_EQ(root.entries[0].key->position.column, 1);
  EXPECT_EQ(root.entries[0].value->position.column, 4);
  const YamlNode& list = *root.entries[1].value;
  ASSERT_TRUE(list.IsSequence());
  EXPECT_EQ(list.items[0]->position.line, 3);
  EXPECT_EQ(list.items[0]->position.column, 5);
}

TEST(YamlTreeTest, PlainAndQuotedScalars) {
  const auto doc = ParseYaml("a: 1.5\nb: \"1.5\"\nc: '2'\nd: !!str 3\ne: !!float 4\n", "t.yaml");
  const YamlNode& root = Root(doc);
  EXPECT_TRUE(root.entries[0].value->plain);
  EXPECT_FALSE(root.entries[1].value->plain);
  EXPECT_FALSE(root.entries[2].value->plain);
  EXPECT_FALSE(root.entries[3].value->plain);
  EXPECT_TRUE(root.entries[4].value->plain);
  EXPECT_EQ(root.entries[1].value->text, "1.5");
}

TEST(YamlTreeTest, ReadsJson) {
  const auto doc = ParseYaml("{\n\t\"a\": [1, 2],\n\t\"b\": {\"c\": \"x\"}\n}\n", "t.json");
  const YamlNode& root = Root(doc);
  ASSERT_TRUE(root.IsMap());
  EXPECT_EQ(root.entries[0].key->text, "a");
  EXPECT_EQ(root.entries[0].value->items.size(), 2u);
  EXPECT_EQ(root.entries[1].value->entries[0].value->text, "x");
}

TEST(YamlTreeTest, EmptyValueIsNullAtItsKey) {
  const auto doc = ParseYaml("a:\nb: 1\n", "t.yaml");
  const YamlNode& root = Root(doc);
  EXPECT_TRUE(root.entries[0].value->IsNull());
  EXPECT_EQ(root.entries[0].value->position.line, 1);
}

TEST(YamlTreeTest, RepeatedKeysAreKept) {
  const auto doc = ParseYaml("a: 1\na: 2\n", "t.yaml");
  EXPECT_EQ(Root(doc).entries.size(), 2u);
}

TEST(YamlTreeTest, AliasSharesTheAnchoredNode) {
  const auto doc = ParseYaml("a: &car {speed: 1}\nb: *car\n", "t.yaml");
  const YamlNode& root = Root(doc);
  EXPECT_EQ(root.entries[0].value, root.entries[1].value);
}

TEST(YamlTreeTest, AliasInsideItsOwnAnchorIsAnError) {
  const auto doc = ParseYaml("a: &x [1, *x]\n", "t.yaml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message(),
            "t.yaml:1:11: a[1]: this alias refers to a node that contains it");
}

TEST(YamlTreeTest, ManyAliasesStayLinear) {
  // "Billion laughs": each level doubles if aliases were expanded.
  std::string text = "l0: &l0 [x, x]\n";
  for (int i = 1; i < 40; ++i) {
    text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [*l" + std::to_string(i - 1) +
            ", *l" + std::to_string(i - 1) + "]\n";
  }
  EXPECT_TRUE(ParseYaml(text, "t.yaml").ok());
}

TEST(YamlTreeTest, DeepNestingIsRefused) {
  const std::string flow = std::string(100000, '[') + std::string(100000, ']');
  const auto doc = ParseYaml(flow, "t.yaml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message(),
            "t.yaml:1:65: [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]...: nested more than 64 "
            "levels deep");

  std::string block;
  for (int i = 0; i < 100; ++i) block += std::string(i, ' ') + "k:\n";
  EXPECT_FALSE(ParseYaml(block, "t.yaml").ok());

  std::string dashes;
  for (int i = 0; i < 100; ++i) dashes += "- ";
  EXPECT_FALSE(ParseYaml(dashes + "x\n", "t.yaml").ok());
}

TEST(YamlTreeTest, NestingWithinTheLimitIsRead) {
  const std::string flow = std::string(60, '[') + std::string(60, ']');
  EXPECT_TRUE(ParseYaml(flow, "t.yaml").ok());
}

TEST(YamlTreeTest, SecondDocumentIsRefused) {
  const auto doc = ParseYaml("a: 1\n---\nb: 2\n", "t.yaml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message(),
            "t.yaml:2:1: a second YAML document starts here; a description is one document");
}

TEST(YamlTreeTest, EmptyInputHasNoRoot) {
  for (const char* text : {"", "\n\n", "# a comment\n", "   "}) {
    const auto doc = ParseYaml(text, "t.yaml");
    ASSERT_TRUE(doc.ok()) << text;
    EXPECT_EQ(doc->root(), nullptr) << text;
  }
}

TEST(YamlTreeTest, SyntaxErrorsHaveAPosition) {
  const auto doc = ParseYaml("a: [1, 2\n", "t.yaml");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.error().message(),
            "t.yaml:2:1: a[2]: invalid YAML: end of sequence flow not found");
  EXPECT_EQ(doc.error().code(), ErrorCode::kInvalidInput);
}

TEST(YamlTreeTest, TooLargeIsRefused) {
  YamlLimits limits;
  limits.max_bytes = 10;
  const auto doc = ParseYaml("a: 12345678901\n", "t.yaml", limits);
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.error().message().find("larger than 10 bytes"), std::string::npos);
}

TEST(YamlTreeTest, BinaryJunkNeverThrows) {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) & 0xff);
  const auto doc = ParseYaml(junk, "t.bin");
  if (!doc.ok()) {
    EXPECT_EQ(doc.error().message().find('\n'), std::string::npos);
  }
}

}  // namespace
}  // namespace hoistway

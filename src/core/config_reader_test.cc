#include "core/config_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "core/printable.h"

namespace hoistway {
namespace {

constexpr std::string_view kKeys[] = {"speed", "cars", "name", "on"};

// Parses `text` and reads its top map through kKeys; returns the first error or "".
class MapReaderTest : public ::testing::Test {
 protected:
  const YamlNode& Parse(const std::string& text) {
    auto doc = ParseYaml(text, "t.yaml");
    EXPECT_TRUE(doc.ok()) << doc.error().message();
    document_ = std::move(doc).value();
    return *document_.root();
  }
  std::string FirstError() const { return errors_.ok() ? "" : errors_.error().message(); }

  YamlDocument document_;
  ConfigErrors errors_{"t.yaml"};
};

TEST(NumberRangeTest, Explanations) {
  EXPECT_EQ(NumberRange::Positive().Explain(-1, "-1"), "must be greater than 0 (got -1)");
  EXPECT_EQ(NumberRange::NonNegative().Explain(-0.5, "-0.5"), "must be 0 or more (got -0.5)");
  EXPECT_EQ(NumberRange::Fraction().Explain(1.5, "1.5"), "must be in (0, 1] (got 1.5)");
  EXPECT_EQ(NumberRange::Fraction().Explain(0, "0"), "must be in (0, 1] (got 0)");
  EXPECT_EQ(NumberRange::Positive(25, "too fast").Explain(30, "30"),
            "must be at most 25 (got 30): too fast");
  EXPECT_EQ(NumberRange::Between(1, 64).Explain(0, "0"), "must be at least 1 (got 0)");
  EXPECT_EQ(NumberRange::Positive(2.5).Explain(3, "3"), "must be at most 2.5 (got 3)");
}

TEST(NumberRangeTest, Contains) {
  EXPECT_FALSE(NumberRange::Positive().Contains(0));
  EXPECT_TRUE(NumberRange::NonNegative().Contains(0));
  EXPECT_TRUE(NumberRange::Fraction().Contains(1));
  EXPECT_FALSE(NumberRange::Fraction().Contains(std::numeric_limits<double>::quiet_NaN()));
}

TEST(ConfigErrorsTest, KeepsTheFirstError) {
  ConfigErrors errors("f.yaml");
  EXPECT_TRUE(errors.ok());
  errors.Fail({3, 4}, "a.b", "first");
  errors.Fail({5, 6}, "c", "second");
  ASSERT_FALSE(errors.ok());
  EXPECT_EQ(errors.error().message(), "f.yaml:3:4: a.b: first");
  EXPECT_EQ(errors.error().code(), ErrorCode::kInvalidInput);
}

TEST(ConfigErrorsTest, LeavesOutAnEmptyPathOrUnknownPosition) {
  ConfigErrors a("f.yaml");
  a.Fail({1, 1}, "", "problem");
  EXPECT_EQ(a.error().message(), "f.yaml:1:1: problem");
  ConfigErrors b("f.yaml");
  b.Fail({}, "k", "problem");
  EXPECT_EQ(b.error().message(), "f.yaml: k: problem");
}

TEST_F(MapReaderTest, UnknownKeyWithHint) {
  const MapReader m(errors_, Parse("speed: 1\nnmae: x\n"), "group", kKeys);
  EXPECT_EQ(FirstError(), "t.yaml:2:1: group.nmae: unknown key (did you mean 'name'?)");
}

TEST_F(MapReaderTest, UnknownKeyListsTheKnownOnes) {
  const MapReader m(errors_, Parse("colour: red\n"), "", kKeys);
  EXPECT_EQ(FirstError(),
            "t.yaml:1:1: colour: unknown key; expected one of: speed, cars, name, on");
}

TEST_F(MapReaderTest, DuplicateKey) {
  const MapReader m(errors_, Parse("speed: 1\ncars: 2\nspeed: 3\n"), "", kKeys);
  EXPECT_EQ(FirstError(), "t.yaml:3:1: speed: duplicate key (first given at line 1)");
}

TEST_F(MapReaderTest, MergeKeyIsExplained) {
  const MapReader m(errors_, *Parse("base: &b {speed: 1}\ng:\n  <<: *b\n").entries[1].value, "g",
                    kKeys);
  EXPECT_EQ(FirstError(),
            "t.yaml:3:3: g.<<: YAML merge keys are not supported; use an alias for the whole "
            "value (e.g. car: *standard_car)");
}

TEST_F(MapReaderTest, KeyThatIsNotAName) {
  const MapReader m(errors_, Parse("? [a, b]\n: 1\n"), "", kKeys);
  EXPECT_EQ(FirstError(), "t.yaml:1:3: a key must be a name, got a list");
}

TEST_F(MapReaderTest, NotAMap) {
  const MapReader m(errors_, Parse("- 1\n"), "car", kKeys);
  EXPECT_EQ(FirstError(), "t.yaml:1:1: car: expected a map of keys, got a list");
  EXPECT_EQ(m.Find("speed"), nullptr);
}

TEST_F(MapReaderTest, ReadsNumbers) {
  const MapReader m(errors_, Parse("speed: 2.5e0\ncars: +3\n"), "", kKeys);
  double speed = 0;
  int cars = 0;
  double absent = 7;
  EXPECT_TRUE(m.Number("speed", NumberRange::Positive(), &speed));
  EXPECT_TRUE(m.Integer("cars", NumberRange::Between(1, 8), &cars));
  EXPECT_FALSE(m.Number("name", NumberRange::Positive(), &absent));
  EXPECT_EQ(speed, 2.5);
  EXPECT_EQ(cars, 3);
  EXPECT_EQ(absent, 7);
  EXPECT_EQ(FirstError(), "");
}

TEST_F(MapReaderTest, RefusesBadNumbers) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"speed: fast", "t.yaml:1:8: speed: expected a number, got 'fast'"},
      {"speed: 0x10", "t.yaml:1:8: speed: expected a number, got '0x10'"},
      {"speed: 1_000", "t.yaml:1:8: speed: expected a number, got '1_000'"},
      {"speed: '2'",
       "t.yaml:1:8: speed: expected a number, got the quoted text \"2\" (write numbers without "
       "quotes)"},
      {"speed: .inf", "t.yaml:1:8: speed: must be a finite number (got .inf)"},
      {"speed: -.Inf", "t.yaml:1:8: speed: must be a finite number (got -.Inf)"},
      {"speed: .NaN", "t.yaml:1:8: speed: must be a finite number (got .NaN)"},
      {"speed: 1e999", "t.yaml:1:8: speed: 1e999 is out of range"},
      {"speed: [1]", "t.yaml:1:8: speed: expected a number, got a list"},
      {"speed:", "t.yaml:1:1: speed: has no value (expected a number)"},
      {"speed: -2", "t.yaml:1:8: speed: must be greater than 0 (got -2)"},
      {"speed: ++2", "t.yaml:1:8: speed: expected a number, got '++2'"},
  };
  for (const Case& c : cases) {
    ConfigErrors errors("t.yaml");
    auto doc = ParseYaml(c.text, "t.yaml");
    ASSERT_TRUE(doc.ok()) << c.text;
    const MapReader m(errors, *doc->root(), "", kKeys);
    double speed = 42;
    EXPECT_FALSE(m.Number("speed", NumberRange::Positive(), &speed)) << c.text;
    EXPECT_EQ(speed, 42) << c.text;
    ASSERT_FALSE(errors.ok()) << c.text;
    EXPECT_EQ(errors.error().message(), c.message);
  }
}

TEST_F(MapReaderTest, IntegersMustBeWhole) {
  const MapReader m(errors_, Parse("cars: 2.5\n"), "", kKeys);
  int cars = 0;
  EXPECT_FALSE(m.Integer("cars", NumberRange::Between(1, 8), &cars));
  EXPECT_EQ(FirstError(), "t.yaml:1:7: cars: must be a whole number (got 2.5)");
}

TEST_F(MapReaderTest, IntegersWithoutABoundStayInRange) {
  const MapReader m(errors_, Parse("cars: 1e300\n"), "", kKeys);
  int cars = 0;
  EXPECT_FALSE(m.Integer("cars", NumberRange{}, &cars));
  EXPECT_EQ(FirstError(), "t.yaml:1:7: cars: 1e300 is out of range");
}

TEST_F(MapReaderTest, Booleans) {
  const MapReader m(errors_, Parse("on: True\nname: yes\n"), "", kKeys);
  bool on = false;
  bool name = false;
  EXPECT_TRUE(m.Bool("on", &on));
  EXPECT_TRUE(on);
  EXPECT_FALSE(m.Bool("name", &name));
  EXPECT_EQ(FirstError(), "t.yaml:2:7: name: expected true or false, got 'yes'");
}

TEST_F(MapReaderTest, TextRefusesControlCharacters) {
  const MapReader m(errors_, Parse("name: \"a\\nb\"\n"), "", kKeys);
  std::string name;
  EXPECT_FALSE(m.Text("name", &name));
  EXPECT_EQ(FirstError(), "t.yaml:1:7: name: must not contain control characters (got \"a\\nb\")");
}

TEST_F(MapReaderTest, TextTakesPlainNumbers) {
  const MapReader m(errors_, Parse("name: 12\n"), "", kKeys);
  std::string name;
  EXPECT_TRUE(m.Text("name", &name));
  EXPECT_EQ(name, "12");
}

TEST_F(MapReaderTest, RequiredKeyNamesTheMap) {
  const MapReader m(errors_, *Parse("x:\n  speed: 1\n").entries[0].value, "x", kKeys);
  int cars = 0;
  EXPECT_FALSE(m.RequiredInteger("cars", NumberRange::Between(1, 8), &cars));
  EXPECT_EQ(FirstError(), "t.yaml:2:3: x: missing required key 'cars'");
}

TEST(PrintableTest, EscapesAndShortens) {
  EXPECT_EQ(Printable("a\nb\tc\x01"), "a\\nb\\tc\\x01");
  EXPECT_EQ(Printable(std::string(100, 'k'), 10), "kkkkkkkkkk...");
  EXPECT_EQ(Printable("plain"), "plain");
  EXPECT_EQ(Printable("가나다", 4), "가...");  // 3 bytes a character: cut before the second
}

TEST(DescribeTest, Kinds) {
  auto doc = ParseYaml("[~, 'q', p, [], {}]", "t.yaml");
  ASSERT_TRUE(doc.ok());
  const auto& items = doc->root()->items;
  EXPECT_EQ(Describe(*items[0]), "nothing");
  EXPECT_EQ(Describe(*items[1]), "\"q\"");
  EXPECT_EQ(Describe(*items[2]), "'p'");
  EXPECT_EQ(Describe(*items[3]), "a list");
  EXPECT_EQ(Describe(*items[4]), "a map");
}

}  // namespace
}  // namespace hoistway

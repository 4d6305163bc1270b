#include "registry/messages.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

TEST(MessagesTest, TheConsolesCatalogsInEachLanguage) {
  EXPECT_TRUE(HasLanguage("en"));
  EXPECT_TRUE(HasLanguage("ko"));
  EXPECT_TRUE(HasLanguage("ru"));
  EXPECT_FALSE(HasLanguage("xx"));
  EXPECT_EQ(Words("en", "verdict", "conditional"), "conditional pass");
  EXPECT_EQ(Words("ru", "liftKind", "passenger"), "пассажирский лифт");
  EXPECT_EQ(Words("ko", "status", "prohibited"), Message("ko", "status.prohibited"));
  EXPECT_EQ(Words("ko", "status", "unheard_of"), "unheard_of");          // no key: the value
  EXPECT_EQ(Message("xx", "pdf.title"), "Lift inspection certificate");  // English
  EXPECT_EQ(Message("en", "pdf.statusOn", {{"date", "2026-11-25"}}), "Status on 2026-11-25");
}

}  // namespace
}  // namespace hoistway::registry

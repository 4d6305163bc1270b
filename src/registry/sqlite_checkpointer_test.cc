// The SQLite backend's log is copied back into the database file by the
// checkpointer's thread (the writers' automatic checkpoint is off): without it
// the file would never grow and the log would grow without end.
#include "registry/sqlite_checkpointer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "registry/sqlite_backend.h"

namespace hoistway::registry {
namespace {

namespace fs = std::filesystem;

class SqliteCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("hoistway-checkpoint-" + std::to_string(getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    Remove();
  }
  void TearDown() override { Remove(); }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  // Writes about `megabytes` MB in one transaction.
  static void Write(SqlConnection& c, int megabytes) {
    ASSERT_TRUE(c.ExecScript("CREATE TABLE IF NOT EXISTS t (x BLOB)").ok());
    ASSERT_TRUE(c.Begin(TxMode::kWrite).ok());
    for (int i = 0; i < megabytes * 16; ++i) {
      ASSERT_TRUE(c.ExecScript("INSERT INTO t VALUES (randomblob(65536))").ok());
    }
    ASSERT_TRUE(c.Commit().ok());
  }

  // Waits up to 10 s for the database file to reach `bytes`.
  bool FileReaches(std::uintmax_t bytes) const {
    for (int i = 0; i < 1000; ++i) {
      if (fs::file_size(path_) >= bytes) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  std::string path_;
};

TEST_F(SqliteCheckpointerTest, TheLogReachesTheFileWithoutAnotherCommit) {
  auto db = OpenSqlite(path_);
  ASSERT_TRUE(db.ok());
  auto c = (*db)->Connect();
  ASSERT_TRUE(c.ok());
  Write(**c, 8);  // 2,000 pages of 4 KiB: past the thread's threshold, below a writer's
  EXPECT_TRUE(FileReaches(8u << 20)) << "database file " << fs::file_size(path_) << " bytes";
}

TEST_F(SqliteCheckpointerTest, AWriterFarAheadCheckpointsItself) {
  auto db = OpenSqlite(path_);
  ASSERT_TRUE(db.ok());
  auto c = (*db)->Connect();
  ASSERT_TRUE(c.ok());
  // Beyond kInlinePages in one commit: the committing connection copies the
  // log before its Commit returns.
  constexpr int kMegabytes = SqliteCheckpointer::kInlinePages * 4 / 1024 + 8;
  Write(**c, kMegabytes);
  EXPECT_GE(fs::file_size(path_), static_cast<std::uintmax_t>(kMegabytes - 8) << 20);
}

TEST_F(SqliteCheckpointerTest, AConnectionMayOutliveItsDatabase) {
  std::unique_ptr<SqlConnection> c;
  {
    auto db = OpenSqlite(path_);
    ASSERT_TRUE(db.ok());
    auto connected = (*db)->Connect();
    ASSERT_TRUE(connected.ok());
    c = std::move(*connected);
  }
  Write(*c, 8);  // its commits still wake the checkpointer it shares
  EXPECT_TRUE(FileReaches(8u << 20));
  c.reset();
}

}  // namespace
}  // namespace hoistway::registry

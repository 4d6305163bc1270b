// Copies an SQLite file's write-ahead log back into the database on a thread
// of its own. SQLite's automatic checkpoint runs inside the COMMIT of
// whichever connection crosses the threshold: the writer then waits for the
// copy and its fsync before it can take the next batch. Here the writers only
// append to the log, and the copy runs beside them on the other core.
//
// Durability is unchanged: a commit is durable once its frames are in the
// synced log (synchronous=FULL); the checkpoint only moves them.
#pragma once

#include <sqlite3.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace hoistway::registry {

class SqliteCheckpointer {
 public:
  // The log is copied once it holds `wake_pages` pages; a writer that finds
  // it beyond `inline_pages` (the thread cannot keep up, e.g. readers keep
  // old snapshots) checkpoints after its own commit, as SQLite would.
  static constexpr int kWakePages = 1000;  // SQLite's own automatic threshold
  static constexpr int kInlinePages = 32 * kWakePages;

  explicit SqliteCheckpointer(std::string path);
  ~SqliteCheckpointer();  // stops and joins the thread
  SqliteCheckpointer(const SqliteCheckpointer&) = delete;
  SqliteCheckpointer& operator=(const SqliteCheckpointer&) = delete;

  // Installs on a connection to the same file: turns its automatic checkpoint
  // off and wakes the thread from its commits. The connection must be closed
  // before this object is destroyed (its hook points here): connections hold
  // a shared_ptr to it.
  void Attach(sqlite3* db);

 private:
  static int OnCommit(void* self, sqlite3* db, const char* schema, int pages);
  void Wake();
  void Run();

  const std::string path_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool pending_ = false;
  bool stop_ = false;
  std::thread thread_;  // started by the first Wake
};

}  // namespace hoistway::registry

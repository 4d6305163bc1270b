#include "registry/sqlite_checkpointer.h"

namespace hoistway::registry {

SqliteCheckpointer::SqliteCheckpointer(std::string path) : path_(std::move(path)) {}

SqliteCheckpointer::~SqliteCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void SqliteCheckpointer::Attach(sqlite3* db) {
  sqlite3_wal_autocheckpoint(db, 0);
  sqlite3_wal_hook(db, &SqliteCheckpointer::OnCommit, this);
}

int SqliteCheckpointer::OnCommit(void* self, sqlite3* db, const char* schema, int pages) {
  if (pages >= kInlinePages) {
    // Within the hook the write lock is released: the same call SQLite's
    // automatic checkpoint makes.
    sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages >= kWakePages) {
    static_cast<SqliteCheckpointer*>(self)->Wake();
  }
  return SQLITE_OK;
}

void SqliteCheckpointer::Wake() {
  {
    std::lock_guard lock(mutex_);
    if (stop_) return;
    pending_ = true;
    if (!thread_.joinable()) thread_ = std::thread([this] { Run(); });
  }
  wake_.notify_one();
}

void SqliteCheckpointer::Run() {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    db = nullptr;  // writers' inline checkpoints still bound the log
  } else {
    // The copied pages are synced before the log may be reused.
    sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
  }
  std::unique_lock lock(mutex_);
  for (;;) {
    wake_.wait(lock, [this] { return pending_ || stop_; });
    if (stop_) break;
    pending_ = false;
    lock.unlock();
    if (db != nullptr) {
      sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    lock.lock();
  }
  lock.unlock();
  sqlite3_close(db);
}

}  // namespace hoistway::registry

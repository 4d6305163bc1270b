#include "registry/sql_session.h"

namespace hoistway::registry {

Result<SqlRows> SqlSession::Query(std::string_view sql, const std::vector<SqlValue>& params) {
  auto rows = connection_->Query(sql, params);
  if (!rows.ok() && rows.error().code() == ErrorCode::kUnavailable) healthy_ = false;
  return rows;
}

Result<std::int64_t> SqlSession::Insert(std::string_view sql, const std::vector<SqlValue>& params) {
  auto rows = Query(sql, params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kInternal, "insert returned no id");
  return (*rows)[0].Int(0);
}

}  // namespace hoistway::registry

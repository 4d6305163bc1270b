// Storage of maintenance companies and their technicians, and of safety
// certificates and the certified parts fitted in lifts (SQL only; the
// Transaction owns the rules, the audit log and the clock).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/lift_store.h"
#include "registry/sql_session.h"

namespace hoistway::registry {

class CompanyStore {
 public:
  explicit CompanyStore(SqlSession& sql) : sql_(sql) {}
  Result<std::int64_t> Insert(const Company& company);
  // kNotFound for an unknown id.
  Result<Company> Get(std::int64_t id);
  Result<bool> NameTaken(std::string_view name);
  Result<std::vector<Company>> List();
  Result<std::int64_t> InsertTechnician(const Technician& technician);
  // kNotFound for an unknown id.
  Result<Technician> GetTechnician(std::int64_t id);
  // All technicians, or those of one company.
  Result<std::vector<Technician>> Technicians(std::optional<std::int64_t> company_id);

 private:
  SqlSession& sql_;
};

class CertificateStore {
 public:
  explicit CertificateStore(SqlSession& sql) : sql_(sql) {}
  Result<std::int64_t> Insert(const Certificate& certificate);
  // kNotFound for an unknown number.
  Result<Certificate> Get(std::string_view certificate_no);
  Result<Page<Certificate>> List(std::string_view component_kind, std::string_view q, int page,
                                 int per_page);
  Result<std::int64_t> InsertPart(std::int64_t lift_id, const LiftPart& part);
  Result<bool> PartExists(std::int64_t lift_id, std::string_view component_kind,
                          std::string_view serial_no);
  Result<std::vector<LiftPart>> Parts(std::int64_t lift_id, std::string_view registration_no);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry

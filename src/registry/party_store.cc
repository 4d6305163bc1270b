// The SQL of companies, technicians, certificates and lift parts.
#include "registry/party_store.h"

#include <fmt/core.h>

#include <algorithm>

namespace hoistway::registry {
namespace {

constexpr std::string_view kCertificateColumns =
    "SELECT id, certificate_no, subject, component_kind, model, manufacturer, holder, issued_on, "
    "valid_until, "
    "status FROM certificates";

Certificate CertificateFromRow(const SqlRow& r) {
  Certificate c;
  c.id = r.Int(0);
  c.certificate_no = r.Text(1);
  c.subject = r.Text(2) == "model" ? CertificateSubject::kModel : CertificateSubject::kComponent;
  c.component_kind = r.Text(3);
  c.model = r.Text(4);
  c.manufacturer = r.Text(5);
  c.holder = r.Text(6);
  c.issued_on = r.Text(7);
  c.valid_until = r.Text(8);
  c.status = r.Text(9);
  return c;
}

}  // namespace

Result<std::int64_t> CompanyStore::Insert(const Company& c) {
  return sql_.Insert(
      "INSERT INTO companies (name, registration, region, phone) VALUES (?, ?, ?, ?) RETURNING id",
      {c.name, c.registration, c.region, c.phone});
}

Result<Company> CompanyStore::Get(std::int64_t id) {
  auto rows =
      sql_.Query("SELECT id, name, registration, region, phone FROM companies WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no company {}", id));
  const auto& r = (*rows)[0];
  return Company{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)};
}

Result<bool> CompanyStore::NameTaken(std::string_view name) {
  auto rows = sql_.Query("SELECT id FROM companies WHERE name = ?", {std::string(name)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<Company>> CompanyStore::List() {
  auto rows =
      sql_.Query("SELECT id, name, registration, region, phone FROM companies ORDER BY name", {});
  if (!rows.ok()) return rows.error();
  std::vector<Company> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<std::int64_t> CompanyStore::InsertTechnician(const Technician& t) {
  return sql_.Insert(
      "INSERT INTO technicians (company_id, name, qualification, training_valid_until) VALUES (?, "
      "?, ?, ?) RETURNING id",
      {t.company_id, t.name, t.qualification, t.training_valid_until});
}

Result<Technician> CompanyStore::GetTechnician(std::int64_t id) {
  auto rows = sql_.Query(
      "SELECT id, company_id, name, qualification, training_valid_until FROM technicians WHERE id "
      "= ?",
      {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no technician {}", id));
  const auto& r = (*rows)[0];
  return Technician{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4)};
}

Result<std::vector<Technician>> CompanyStore::Technicians(std::optional<std::int64_t> company_id) {
  std::string sql =
      "SELECT id, company_id, name, qualification, training_valid_until FROM technicians";
  std::vector<SqlValue> params;
  if (company_id) {
    sql += " WHERE company_id = ?";
    params.emplace_back(*company_id);
  }
  auto rows = sql_.Query(sql + " ORDER BY name, id", params);
  if (!rows.ok()) return rows.error();
  std::vector<Technician> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<std::int64_t> CertificateStore::Insert(const Certificate& c) {
  return sql_.Insert(
      "INSERT INTO certificates (certificate_no, subject, component_kind, model, manufacturer, "
      "holder, issued_on, valid_until, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {c.certificate_no, std::string(ToString(c.subject)), c.component_kind, c.model,
       c.manufacturer, c.holder, c.issued_on, c.valid_until, c.status});
}

Result<Certificate> CertificateStore::Get(std::string_view certificate_no) {
  auto rows = sql_.Query(std::string(kCertificateColumns) + " WHERE certificate_no = ?",
                         {std::string(certificate_no)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no certificate {}", certificate_no));
  return CertificateFromRow((*rows)[0]);
}

Result<Page<Certificate>> CertificateStore::List(std::string_view component_kind,
                                                 std::string_view q, int page, int per_page) {
  std::string where = " WHERE 1=1";
  std::vector<SqlValue> params;
  if (!component_kind.empty()) {
    where += " AND component_kind = ?";
    params.emplace_back(std::string(component_kind));
  }
  if (!q.empty()) {
    where += " AND (certificate_no = ? OR model = ? OR manufacturer = ? OR holder = ?)";
    for (int i = 0; i < 4; ++i) params.emplace_back(std::string(q));
  }
  auto count = sql_.Query("SELECT COUNT(*) FROM certificates" + where, params);
  if (!count.ok()) return count.error();
  Page<Certificate> out;
  out.total = (*count)[0].Int(0);
  out.page = std::max(1, page);
  out.per_page = std::clamp(per_page, 1, kMaxPerPage);
  params.emplace_back(std::int64_t{out.per_page});
  params.emplace_back(std::int64_t{(out.page - 1) * std::int64_t{out.per_page}});
  auto rows = sql_.Query(
      std::string(kCertificateColumns) + where + " ORDER BY certificate_no LIMIT ? OFFSET ?",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.items.push_back(CertificateFromRow(r));
  return out;
}

Result<std::int64_t> CertificateStore::InsertPart(std::int64_t lift_id, const LiftPart& p) {
  return sql_.Insert(
      "INSERT INTO lift_parts (lift_id, component_kind, certificate_no, serial_no) VALUES (?, ?, "
      "?, ?) RETURNING id",
      {lift_id, p.component_kind, p.certificate_no, p.serial_no});
}

Result<bool> CertificateStore::PartExists(std::int64_t lift_id, std::string_view component_kind,
                                          std::string_view serial_no) {
  auto rows = sql_.Query(
      "SELECT id FROM lift_parts WHERE lift_id = ? AND component_kind = ? AND serial_no = ?",
      {lift_id, std::string(component_kind), std::string(serial_no)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<LiftPart>> CertificateStore::Parts(std::int64_t lift_id,
                                                      std::string_view registration_no) {
  auto rows = sql_.Query(
      "SELECT id, component_kind, certificate_no, serial_no FROM lift_parts WHERE lift_id = ? "
      "ORDER BY component_kind, id",
      {lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<LiftPart> out;
  for (const auto& r : *rows) {
    out.push_back({r.Int(0), std::string(registration_no), r.Text(1), r.Text(2), r.Text(3)});
  }
  return out;
}

}  // namespace hoistway::registry

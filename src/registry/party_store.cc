// Transaction: maintenance companies, technicians, safety certificates and
// the certified parts fitted in lifts.
#include <fmt/core.h>

#include "registry/json_codec.h"
#include "registry/repository.h"

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

Result<Company> Transaction::AddCompany(Company c) {
  auto existing = Query("SELECT id FROM companies WHERE name = ?", {c.name});
  if (!existing.ok()) return existing.error();
  if (!existing->empty())
    return Error::AtField(ErrorCode::kConflict, "name",
                          fmt::format("company '{}' already exists", c.name));
  auto id = Insert(
      "INSERT INTO companies (name, registration, region, phone) VALUES (?, ?, ?, ?) RETURNING id",
      {c.name, c.registration, c.region, c.phone});
  if (!id.ok()) return id.error();
  c.id = *id;
  Status audit = Audit("create", "company", std::to_string(c.id), "", ToJson(c).dump());
  if (!audit.ok()) return audit.error();
  return c;
}

Result<Company> Transaction::GetCompany(std::int64_t id) {
  auto rows =
      Query("SELECT id, name, registration, region, phone FROM companies WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no company {}", id));
  const auto& r = (*rows)[0];
  return Company{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)};
}

Result<std::vector<Company>> Transaction::ListCompanies() {
  auto rows =
      Query("SELECT id, name, registration, region, phone FROM companies ORDER BY name", {});
  if (!rows.ok()) return rows.error();
  std::vector<Company> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<Technician> Transaction::AddTechnician(Technician t) {
  auto company = GetCompany(t.company_id);
  if (!company.ok()) return FieldError("company_id", company.error().message());
  auto id = Insert(
      "INSERT INTO technicians (company_id, name, qualification, training_valid_until) VALUES (?, "
      "?, ?, ?) "
      "RETURNING id",
      {t.company_id, t.name, t.qualification, t.training_valid_until});
  if (!id.ok()) return id.error();
  t.id = *id;
  Status audit = Audit("create", "technician", std::to_string(t.id), "", ToJson(t).dump());
  if (!audit.ok()) return audit.error();
  return t;
}

Result<std::vector<Technician>> Transaction::ListTechnicians(
    std::optional<std::int64_t> company_id) {
  std::string sql =
      "SELECT id, company_id, name, qualification, training_valid_until FROM technicians";
  std::vector<SqlValue> params;
  if (company_id) {
    sql += " WHERE company_id = ?";
    params.emplace_back(*company_id);
  }
  auto rows = Query(sql + " ORDER BY name, id", params);
  if (!rows.ok()) return rows.error();
  std::vector<Technician> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<Technician> Transaction::GetTechnician(std::int64_t id) {
  auto rows = Query(
      "SELECT id, company_id, name, qualification, training_valid_until FROM technicians WHERE id "
      "= ?",
      {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no technician {}", id));
  const auto& r = (*rows)[0];
  return Technician{r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4)};
}

Result<Certificate> Transaction::AddCertificate(Certificate c) {
  auto existing = GetCertificate(c.certificate_no);
  if (existing.ok()) {
    return Error::AtField(ErrorCode::kConflict, "certificate_no",
                          fmt::format("{} already exists", c.certificate_no));
  }
  if (existing.error().code() != ErrorCode::kNotFound) return existing.error();
  auto id = Insert(
      "INSERT INTO certificates (certificate_no, subject, component_kind, model, manufacturer, "
      "holder, issued_on, "
      "valid_until, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {c.certificate_no, std::string(ToString(c.subject)), c.component_kind, c.model,
       c.manufacturer, c.holder, c.issued_on, c.valid_until, c.status});
  if (!id.ok()) return id.error();
  c.id = *id;
  Status audit = Audit("create", "certificate", c.certificate_no, "", ToJson(c).dump());
  if (!audit.ok()) return audit.error();
  return c;
}

Result<Certificate> Transaction::GetCertificate(std::string_view certificate_no) {
  auto rows = Query(std::string(kCertificateColumns) + " WHERE certificate_no = ?",
                    {std::string(certificate_no)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no certificate {}", certificate_no));
  return CertificateFromRow((*rows)[0]);
}

Result<Page<Certificate>> Transaction::ListCertificates(std::string_view component_kind,
                                                        std::string_view q, int page,
                                                        int per_page) {
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
  auto count = Query("SELECT COUNT(*) FROM certificates" + where, params);
  if (!count.ok()) return count.error();
  Page<Certificate> out;
  out.total = (*count)[0].Int(0);
  out.page = std::max(1, page);
  out.per_page = std::clamp(per_page, 1, kMaxPerPage);
  params.emplace_back(std::int64_t{out.per_page});
  params.emplace_back(std::int64_t{(out.page - 1) * std::int64_t{out.per_page}});
  auto rows =
      Query(std::string(kCertificateColumns) + where + " ORDER BY certificate_no LIMIT ? OFFSET ?",
            params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) out.items.push_back(CertificateFromRow(r));
  return out;
}

Result<LiftPart> Transaction::AddPart(std::string_view registration_no, LiftPart p) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto certificate = GetCertificate(p.certificate_no);
  if (!certificate.ok()) return FieldError("certificate_no", certificate.error().message());
  if (certificate->subject != CertificateSubject::kComponent ||
      certificate->component_kind != p.component_kind) {
    return FieldError("certificate_no",
                      fmt::format("certificate {} does not cover component kind {}",
                                  p.certificate_no, p.component_kind));
  }
  auto existing =
      Query("SELECT id FROM lift_parts WHERE lift_id = ? AND component_kind = ? AND serial_no = ?",
            {*lift_id, p.component_kind, p.serial_no});
  if (!existing.ok()) return existing.error();
  if (!existing->empty())
    return Error::AtField(ErrorCode::kConflict, "serial_no", "this part is already recorded");
  auto id = Insert(
      "INSERT INTO lift_parts (lift_id, component_kind, certificate_no, serial_no) VALUES (?, ?, "
      "?, ?) RETURNING id",
      {*lift_id, p.component_kind, p.certificate_no, p.serial_no});
  if (!id.ok()) return id.error();
  p.id = *id;
  p.registration_no = std::string(registration_no);
  Status audit = Audit("create", "lift_part", fmt::format("{}/{}", registration_no, p.id), "",
                       ToJson(p).dump());
  if (!audit.ok()) return audit.error();
  return p;
}

Result<std::vector<LiftPart>> Transaction::ListParts(std::string_view registration_no) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto rows = Query(
      "SELECT id, component_kind, certificate_no, serial_no FROM lift_parts WHERE lift_id = ? "
      "ORDER BY "
      "component_kind, id",
      {*lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<LiftPart> out;
  for (const auto& r : *rows) {
    out.push_back({r.Int(0), std::string(registration_no), r.Text(1), r.Text(2), r.Text(3)});
  }
  return out;
}

}  // namespace hoistway::registry

// Transaction: safety certificates and the certified parts fitted in lifts
// (a part's certificate must cover its component kind), with the audit log.
#include <fmt/core.h>

#include "registry/json_codec.h"
#include "registry/lift_store.h"
#include "registry/party_store.h"
#include "registry/repository.h"

namespace hoistway::registry {

Result<Certificate> Transaction::AddCertificate(Certificate c) {
  CertificateStore certificates(session_);
  auto existing = certificates.Get(c.certificate_no);
  if (existing.ok()) {
    return Error::AtField(ErrorCode::kConflict, "certificate_no",
                          fmt::format("{} already exists", c.certificate_no));
  }
  if (existing.error().code() != ErrorCode::kNotFound) return existing.error();
  auto id = certificates.Insert(c);
  if (!id.ok()) return id.error();
  c.id = *id;
  Status audit = Audit("create", "certificate", c.certificate_no, "", ToJson(c).dump());
  if (!audit.ok()) return audit.error();
  return c;
}

Result<Certificate> Transaction::GetCertificate(std::string_view certificate_no) {
  return CertificateStore(session_).Get(certificate_no);
}

Result<Page<Certificate>> Transaction::ListCertificates(std::string_view component_kind,
                                                        std::string_view q, int page,
                                                        int per_page) {
  return CertificateStore(session_).List(component_kind, q, page, per_page);
}

Result<LiftPart> Transaction::AddPart(std::string_view registration_no, LiftPart p) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  CertificateStore certificates(session_);
  auto certificate = certificates.Get(p.certificate_no);
  if (!certificate.ok()) return FieldError("certificate_no", certificate.error().message());
  if (certificate->subject != CertificateSubject::kComponent ||
      certificate->component_kind != p.component_kind) {
    return FieldError("certificate_no",
                      fmt::format("certificate {} does not cover component kind {}",
                                  p.certificate_no, p.component_kind));
  }
  auto existing = certificates.PartExists(*lift_id, p.component_kind, p.serial_no);
  if (!existing.ok()) return existing.error();
  if (*existing) {
    return Error::AtField(ErrorCode::kConflict, "serial_no", "this part is already recorded");
  }
  auto id = certificates.InsertPart(*lift_id, p);
  if (!id.ok()) return id.error();
  p.id = *id;
  p.registration_no = std::string(registration_no);
  Status audit = Audit("create", "lift_part", fmt::format("{}/{}", registration_no, p.id), "",
                       ToJson(p).dump());
  if (!audit.ok()) return audit.error();
  return p;
}

Result<std::vector<LiftPart>> Transaction::ListParts(std::string_view registration_no) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return CertificateStore(session_).Parts(*lift_id, registration_no);
}

}  // namespace hoistway::registry

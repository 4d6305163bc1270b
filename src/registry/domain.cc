#include "registry/domain.h"

#include <fmt/core.h>

#include <array>
#include <utility>

namespace hoistway::registry {
namespace {

template <typename E, std::size_t N>
Result<E> ParseEnum(std::string_view text,
                    const std::array<std::pair<E, std::string_view>, N>& names,
                    std::string_view what) {
  std::string accepted;
  for (const auto& [value, name] : names) {
    if (name == text) return value;
    accepted += accepted.empty() ? "" : ", ";
    accepted += name;
  }
  return InvalidInput(fmt::format("'{}' is not a {} (expected one of: {})", text, what, accepted));
}

template <typename E, std::size_t N>
std::string_view NameOf(E value, const std::array<std::pair<E, std::string_view>, N>& names) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "?";
}

constexpr std::array<std::pair<LiftStatus, std::string_view>, 3> kLiftStatusNames{{
    {LiftStatus::kInService, "in_service"},
    {LiftStatus::kOutOfService, "out_of_service"},
    {LiftStatus::kProhibited, "prohibited"},
}};
constexpr std::array<std::pair<InspectionKind, std::string_view>, 4> kInspectionKindNames{{
    {InspectionKind::kInstallation, "installation"},
    {InspectionKind::kPeriodic, "periodic"},
    {InspectionKind::kAdhoc, "adhoc"},
    {InspectionKind::kPrecision, "precision"},
}};
constexpr std::array<std::pair<Verdict, std::string_view>, 3> kVerdictNames{{
    {Verdict::kPass, "pass"},
    {Verdict::kConditional, "conditional"},
    {Verdict::kFail, "fail"},
}};
constexpr std::array<std::pair<Role, std::string_view>, 5> kRoleNames{{
    {Role::kAdmin, "admin"},
    {Role::kInspector, "inspector"},
    {Role::kTechnician, "technician"},
    {Role::kOwner, "owner"},
    {Role::kPublic, "public"},
}};
constexpr std::array<std::pair<CertificateSubject, std::string_view>, 2> kSubjectNames{{
    {CertificateSubject::kModel, "model"},
    {CertificateSubject::kComponent, "component"},
}};
constexpr std::array<std::pair<ReportKind, std::string_view>, 2> kReportKindNames{{
    {ReportKind::kAccident, "accident"},
    {ReportKind::kFailure, "failure"},
}};

}  // namespace

std::string_view ToString(LiftStatus value) {
  return NameOf(value, kLiftStatusNames);
}
std::string_view ToString(InspectionKind value) {
  return NameOf(value, kInspectionKindNames);
}
std::string_view ToString(Verdict value) {
  return NameOf(value, kVerdictNames);
}
std::string_view ToString(Role value) {
  return NameOf(value, kRoleNames);
}
std::string_view ToString(CertificateSubject value) {
  return NameOf(value, kSubjectNames);
}
std::string_view ToString(ReportKind value) {
  return NameOf(value, kReportKindNames);
}

Result<LiftStatus> ParseLiftStatus(std::string_view text) {
  return ParseEnum(text, kLiftStatusNames, "lift status");
}
Result<InspectionKind> ParseInspectionKind(std::string_view text) {
  return ParseEnum(text, kInspectionKindNames, "inspection kind");
}
Result<Verdict> ParseVerdict(std::string_view text) {
  return ParseEnum(text, kVerdictNames, "verdict");
}
Result<Role> ParseRole(std::string_view text) {
  return ParseEnum(text, kRoleNames, "role");
}
Result<CertificateSubject> ParseCertificateSubject(std::string_view text) {
  return ParseEnum(text, kSubjectNames, "certificate subject");
}
Result<ReportKind> ParseReportKind(std::string_view text) {
  return ParseEnum(text, kReportKindNames, "report kind");
}

bool IsRegistrationNo(std::string_view text) {
  if (text.size() != 7) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace hoistway::registry

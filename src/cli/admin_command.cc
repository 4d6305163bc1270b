// hoistway admin: users and tokens, migrations, import and export.
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/registry_open.h"
#include "registry/auth.h"
#include "registry/csv_export.h"
#include "registry/json_codec.h"
#include "registry/korean_import.h"
#include "registry/migrations.h"

namespace hoistway::cli {
namespace {

struct AdminOptions {
  std::string db = kDefaultDb;
  std::string profile = "korea";
  std::string name;
  std::string role;
  std::int64_t company_id = 0;
  std::int64_t technician_id = 0;
  std::vector<std::int64_t> building_ids;
  bool password_stdin = false;
  std::string file;
  std::string region;
  std::string format = "csv";
};

// The command-line flag of a record field: "company_id" -> "company-id".
std::string FlagOf(std::string field) {
  std::replace(field.begin(), field.end(), '_', '-');
  return field;
}

int CreateUser(const AdminOptions& o) {
  auto role = registry::ParseRole(o.role);
  if (!role.ok())
    return ReportError(InvalidInput(fmt::format("--role: {}", role.error().message())));
  if (o.name.empty() || o.name.size() > 100)
    return ReportError(InvalidInput("--name: 1 to 100 characters"));
  std::string password_hash;
  if (o.password_stdin) {
    std::string password;
    std::getline(std::cin, password);
    if (password.size() < 8)
      return ReportError(InvalidInput("--password-stdin: at least 8 characters"));
    auto hash = registry::HashPassword(password);
    if (!hash.ok()) return ReportError(hash.error());
    password_hash = *hash;
  }
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return ReportError(repository.error());
  auto token = registry::GenerateToken();
  if (!token.ok()) return ReportError(token.error());
  auto tx = (*repository)->Begin(registry::TxMode::kWrite, "admin-cli");
  if (!tx.ok()) return ReportError(tx.error());
  registry::User user;
  user.name = o.name;
  user.role = *role;
  if (o.company_id > 0) user.company_id = o.company_id;
  if (o.technician_id > 0) user.technician_id = o.technician_id;
  auto created = tx->CreateUser(user, registry::HashToken(*token), password_hash);
  if (!created.ok()) {
    if (created.error().code() == ErrorCode::kConflict)
      return ReportError(InvalidInput(created.error().message()));
    if (!created.error().field().empty()) {  // e.g. company_id: no company 7
      return ReportError(InvalidInput(
          fmt::format("--{}: {}", FlagOf(created.error().field()), created.error().problem())));
    }
    return ReportError(created.error());
  }
  for (const std::int64_t building : o.building_ids) {
    Status linked = tx->LinkUserBuilding(created->id, building);
    if (!linked.ok())
      return ReportError(
          Error(linked.error().code(), "--building-id: " + linked.error().message()));
  }
  Status commit = tx->Commit();
  if (!commit.ok()) return ReportError(commit.error());
  fmt::print("{}\n", *token);
  return kExitOk;
}

int Migrate(const AdminOptions& o) {
  auto database = registry::OpenDatabase(o.db);
  if (!database.ok()) return ReportError(database.error());
  auto connection = (*database)->Connect();
  if (!connection.ok()) return ReportError(connection.error());
  auto applied = registry::Migrate(**connection, registry::Now());
  if (!applied.ok()) return ReportError(applied.error());
  fmt::print("applied {} migration(s); the schema is up to date\n", *applied);
  return kExitOk;
}

int ImportKorea(const AdminOptions& o) {
  std::ifstream in(o.file, std::ios::binary);
  if (!in) return ReportError(IoError(fmt::format("{}: cannot read", o.file)));
  std::stringstream text;
  text << in.rdbuf();
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return ReportError(repository.error());
  auto tx = (*repository)->Begin(registry::TxMode::kWrite, "admin-import");
  if (!tx.ok()) return ReportError(tx.error());
  auto report = registry::ImportPublicData(*tx, text.str());
  if (!report.ok())
    return ReportError(
        Error(report.error().code(), fmt::format("{}: {}", o.file, report.error().message())));
  Status commit = tx->Commit();
  if (!commit.ok()) return ReportError(commit.error());
  const nlohmann::json out = {{"records", report->records},
                              {"lifts_created", report->lifts_created},
                              {"lifts_existing", report->lifts_existing},
                              {"inspections_added", report->inspections_added},
                              {"skipped", report->skipped}};
  fmt::print("{}\n", out.dump(2));
  return kExitOk;
}

int Export(const AdminOptions& o) {
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return ReportError(repository.error());
  auto tx = (*repository)->Begin(registry::TxMode::kRead, "admin-export");
  if (!tx.ok()) return ReportError(tx.error());
  registry::LiftFilter filter;
  filter.region = o.region;
  filter.per_page = registry::kMaxPerPage;
  const registry::Date today = tx->today();
  filter.today = today;
  nlohmann::json items = nlohmann::json::array();
  if (o.format == "csv") fmt::print("{}", registry::LiftsCsvHeader());
  for (filter.page = 1;; ++filter.page) {
    auto page = tx->ListLifts(filter);
    if (!page.ok()) return ReportError(page.error());
    if (o.format == "csv") {
      fmt::print("{}", registry::LiftsCsvRows(page->items, today));
    } else {
      for (const auto& lift : page->items) items.push_back(registry::ToJson(lift, today));
    }
    if (static_cast<std::int64_t>(filter.page) * filter.per_page >= page->total) break;
  }
  if (o.format == "json") fmt::print("{}\n", items.dump());
  return kExitOk;
}

void CommonOptions(CLI::App* cmd, AdminOptions* o) {
  cmd->add_option("--db", o->db, "sqlite:PATH or postgresql://user@host:port/db")
      ->capture_default_str();
  cmd->add_option("--profile", o->profile, "regulation profile: korea, uk-loler, or a YAML file")
      ->capture_default_str();
}

}  // namespace

void AddAdminCommand(CLI::App& app, int* exit_code) {
  auto o = std::make_shared<AdminOptions>();
  auto* admin = app.add_subcommand(
      "admin", "Administer the registry: users and tokens, migrations, import, export");
  admin->require_subcommand(1);
  admin->footer(
      "Examples:\n"
      "  hoistway admin create-user --db sqlite:hoistway.db --name kim --role inspector\n"
      "  hoistway admin migrate --db postgresql://hoistway@127.0.0.1:5432/registry\n"
      "  hoistway admin import-korea --db sqlite:hoistway.db elevators.json\n"
      "  hoistway admin export --db sqlite:hoistway.db --region Medeu > lifts.csv");

  auto* create =
      admin->add_subcommand("create-user", "Create a user and print their API token (one line)");
  CommonOptions(create, o.get());
  create->add_option("--name", o->name, "user name")->required();
  create->add_option("--role", o->role, "admin, inspector, technician, owner or public")
      ->required();
  create->add_option("--company-id", o->company_id,
                     "for technicians: the id of their maintenance company");
  create->add_option("--technician-id", o->technician_id,
                     "for technicians: their technician record (of that company); what they "
                     "record is then in their name");
  create->add_flag("--password-stdin", o->password_stdin,
                   "also set a sign-in password, read from stdin");
  create->callback([o, exit_code] { *exit_code = CreateUser(*o); });

  auto* migrate = admin->add_subcommand("migrate", "Apply pending schema migrations");
  CommonOptions(migrate, o.get());
  migrate->callback([o, exit_code] { *exit_code = Migrate(*o); });

  auto* import = admin->add_subcommand(
      "import-korea", "Import Korean public elevator data (JSON or XML; elevatorNo, buldNm, ...)");
  CommonOptions(import, o.get());
  import->add_option("FILE", o->file, "the data file")->required();
  import->callback([o, exit_code] { *exit_code = ImportKorea(*o);
});

auto* exp = admin->add_subcommand("export", "Print the lifts as CSV (or JSON) on stdout");
CommonOptions(exp, o.get());
exp->add_option("--region", o->region, "only this region");
exp->add_option("--format", o->format, "csv or json")
    ->check(CLI::IsMember({"csv", "json"}))
    ->capture_default_str();
exp->callback([o, exit_code] { *exit_code = Export(*o); });
}  // namespace hoistway::cli

}  // namespace hoistway::cli

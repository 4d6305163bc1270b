// CSV export of lists (RFC 4180: CRLF line ends, quotes doubled).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "registry/date.h"
#include "registry/domain.h"

namespace hoistway::registry {

// One CSV field, quoted when it holds a comma, quote, CR or LF. Fields that a
// spreadsheet would run as a formula (=, +, -, @ first) are prefixed with '.
std::string CsvField(std::string_view text);

// The header line of LiftsCsvRows().
std::string LiftsCsvHeader();
// One line per lift, in the columns of LiftsCsvHeader(), validity for `today`.
std::string LiftsCsvRows(const std::vector<Lift>& lifts, Date today);

// Inspections of one lift, with a header line.
std::string InspectionsCsv(const std::vector<Inspection>& inspections);

}  // namespace hoistway::registry

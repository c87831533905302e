// google.protobuf.Timestamp and Duration as JSON strings: RFC 3339 times in UTC ("1972-01-01T10:00:20.021Z") and
// signed seconds with an "s" ("-1.500s"). Both write 0, 3, 6 or 9 fractional digits, the fewest that keep the
// nanoseconds exact, as protobuf does; both check protobuf's ranges in each direction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::json::internal {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, in seconds from the Unix epoch.
constexpr int64_t kMinTimestampSeconds = -62135596800;
constexpr int64_t kMaxTimestampSeconds = 253402300799;
// About 10,000 years, either way.
constexpr int64_t kMaxDurationSeconds = 315576000000;

struct SecondsNanos {
  int64_t seconds = 0;
  int32_t nanos = 0;
};

// Append the string form (without quotes). Return false, appending nothing, when the value is out of range:
// seconds outside the limits, nanos outside [0, 1e9) for timestamps or (-1e9, 1e9) for durations, or a duration
// whose seconds and nanos have opposite signs.
bool append_timestamp(std::string& out, SecondsNanos t);
bool append_duration(std::string& out, SecondsNanos d);

// Parse the string forms. Timestamps: "YYYY-MM-DDTHH:MM:SS", 1 to 9 fractional digits after a '.', then "Z" or an
// offset "+HH:MM"/"-HH:MM" (upper-case T and Z only); the instant must be within range after the offset applies.
// Durations: an optional '-', decimal seconds with 1 to 9 fractional digits after a '.', then "s". Return false on
// anything else.
bool parse_timestamp(std::string_view text, SecondsNanos& out);
bool parse_duration(std::string_view text, SecondsNanos& out);

}  // namespace protoforge::json::internal

#include "runtime/json/internal/time_text.h"

#include <cstdio>

namespace protoforge::json::internal {

namespace {

constexpr int64_t kSecondsPerDay = 86400;
constexpr int32_t kNanosPerSecond = 1000000000;

struct CivilDate {
  int64_t year;
  int month;  // 1-12
  int day;    // 1-31
};

// Days from 1970-01-01 in the proleptic Gregorian calendar, counted in 400-year eras that start on March 1st so
// that the leap day is the last day of its year.
int64_t days_from_civil(CivilDate d) {
  const int64_t y = d.month <= 2 ? d.year - 1 : d.year;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t year_of_era = y - era * 400;
  const int64_t day_of_year = (153 * (d.month > 2 ? d.month - 3 : d.month + 9) + 2) / 5 + d.day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int days_in_month(int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// ".500", ".000001", ".000000001" or nothing: the fewest of 0/3/6/9 digits that hold `nanos` (0 <= nanos < 1e9).
void append_fraction(std::string& out, int32_t nanos) {
  if (nanos == 0) return;
  char digits[16];
  if (nanos % 1000000 == 0) std::snprintf(digits, sizeof digits, ".%03d", nanos / 1000000);
  else if (nanos % 1000 == 0) std::snprintf(digits, sizeof digits, ".%06d", nanos / 1000);
  else std::snprintf(digits, sizeof digits, ".%09d", nanos);
  out += digits;
}

// A small cursor over the text being parsed.
struct Scanner {
  std::string_view text;
  size_t at = 0;

  bool done() const { return at == text.size(); }
  bool take(char c) {
    if (at < text.size() && text[at] == c) return ++at, true;
    return false;
  }
  // Exactly `count` digits.
  bool digits(int count, int64_t& value) {
    value = 0;
    for (int i = 0; i < count; ++i, ++at) {
      if (at >= text.size() || text[at] < '0' || text[at] > '9') return false;
      value = value * 10 + (text[at] - '0');
    }
    return true;
  }
  // ".d{1,9}" if present, as nanoseconds; false when the '.' has no digits or more than nine follow.
  bool fraction(int32_t& nanos) {
    nanos = 0;
    if (!take('.')) return true;
    int count = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
      if (++count > 9) return false;
      nanos = nanos * 10 + (text[at++] - '0');
    }
    for (int i = count; i < 9; ++i) nanos *= 10;
    return count > 0;
  }
};

// "Z", or "+HH:MM" / "-HH:MM" as seconds to subtract from the local time.
bool parse_offset(Scanner& s, int64_t& offset) {
  offset = 0;
  if (s.take('Z')) return true;
  const bool plus = s.take('+');
  if (!plus && !s.take('-')) return false;
  int64_t hours, minutes;
  if (!s.digits(2, hours) || !s.take(':') || !s.digits(2, minutes) || hours > 23 || minutes > 59) return false;
  offset = (hours * 60 + minutes) * 60 * (plus ? 1 : -1);
  return true;
}

}  // namespace

bool append_timestamp(std::string& out, SecondsNanos t) {
  if (t.seconds < kMinTimestampSeconds || t.seconds > kMaxTimestampSeconds) return false;
  if (t.nanos < 0 || t.nanos >= kNanosPerSecond) return false;
  const int64_t days = (t.seconds >= 0 ? t.seconds : t.seconds - (kSecondsPerDay - 1)) / kSecondsPerDay;
  const int64_t in_day = t.seconds - days * kSecondsPerDay;
  const CivilDate d = civil_from_days(days);
  char text[64];  // roomy: the compiler cannot see that the fields are in range
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", static_cast<int>(d.year), d.month, d.day,
                static_cast<int>(in_day / 3600), static_cast<int>(in_day / 60 % 60), static_cast<int>(in_day % 60));
  out += text;
  append_fraction(out, t.nanos);
  out.push_back('Z');
  return true;
}

bool append_duration(std::string& out, SecondsNanos d) {
  if (d.seconds < -kMaxDurationSeconds || d.seconds > kMaxDurationSeconds) return false;
  if (d.nanos <= -kNanosPerSecond || d.nanos >= kNanosPerSecond) return false;
  if ((d.seconds > 0 && d.nanos < 0) || (d.seconds < 0 && d.nanos > 0)) return false;
  if (d.seconds < 0 || d.nanos < 0) out.push_back('-');
  out += std::to_string(d.seconds < 0 ? -d.seconds : d.seconds);
  append_fraction(out, d.nanos < 0 ? -d.nanos : d.nanos);
  out.push_back('s');
  return true;
}

bool parse_timestamp(std::string_view text, SecondsNanos& out) {
  Scanner s{text};
  int64_t year, month, day, hour, minute, second, offset;
  int32_t nanos;
  if (!s.digits(4, year) || !s.take('-') || !s.digits(2, month) || !s.take('-') || !s.digits(2, day)) return false;
  if (!s.take('T') || !s.digits(2, hour) || !s.take(':') || !s.digits(2, minute) || !s.take(':') ||
      !s.digits(2, second) || !s.fraction(nanos) || !parse_offset(s, offset) || !s.done()) {
    return false;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, static_cast<int>(month))) {
    return false;
  }
  if (hour > 23 || minute > 59 || second > 59) return false;
  const int64_t days = days_from_civil({year, static_cast<int>(month), static_cast<int>(day)});
  const int64_t seconds = days * kSecondsPerDay + hour * 3600 + minute * 60 + second - offset;
  if (seconds < kMinTimestampSeconds || seconds > kMaxTimestampSeconds) return false;
  out = {seconds, nanos};
  return true;
}

bool parse_duration(std::string_view text, SecondsNanos& out) {
  Scanner s{text};
  const bool negative = s.take('-');
  const size_t first_digit = s.at;
  int64_t seconds = 0;
  while (s.at < text.size() && text[s.at] >= '0' && text[s.at] <= '9') {
    seconds = seconds * 10 + (text[s.at++] - '0');
    if (seconds > kMaxDurationSeconds) return false;  // also keeps the arithmetic from overflowing
  }
  int32_t nanos;
  if (s.at == first_digit || !s.fraction(nanos) || !s.take('s') || !s.done()) return false;
  out = {negative ? -seconds : seconds, negative ? -nanos : nanos};
  return true;
}

}  // namespace protoforge::json::internal

#include "compiler/toolkit/type_lookup.h"

#include <algorithm>
#include <vector>

namespace protoforge::toolkit {

namespace {

constexpr size_t kMaxSuggestions = 3;
constexpr size_t kMaxListed = 5;

// Whether `name` is `full_name` or a suffix of it that starts right after a dot.
bool names_suffix(std::string_view full_name, std::string_view name) {
  if (full_name.size() < name.size() || !full_name.ends_with(name)) return false;
  return full_name.size() == name.size() || full_name[full_name.size() - name.size() - 1] == '.';
}

std::string quoted_list(const std::vector<std::string_view>& names, size_t limit) {
  std::string out;
  for (size_t i = 0; i < names.size() && i < limit; ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "\"" + std::string(names[i]) + "\"";
  }
  if (names.size() > limit) out += ", ...";
  return out;
}

// The distance of a typed name to a type: to its full name, or to the part after the package when the user
// typed no dots (the common case of leaving the package out).
size_t distance_to(std::string_view typed, const schema::MessageType& type) {
  size_t best = edit_distance(typed, type.full_name);
  if (typed.find('.') == std::string_view::npos) best = std::min(best, edit_distance(typed, type.name));
  return best;
}

std::string suggest(const schema::Pool& pool, std::string_view typed) {
  // Close enough to be a typo: two edits, or a third of the last name part for long names (the package part is
  // usually right or absent, and counting its length would let unrelated names in).
  const size_t last_dot = typed.rfind('.');
  const size_t simple_length = last_dot == std::string_view::npos ? typed.size() : typed.size() - last_dot - 1;
  const size_t threshold = std::max<size_t>(2, simple_length / 3);
  std::vector<std::pair<size_t, std::string_view>> close;
  for (const auto* type : pool.messages()) {
    if (type->map_entry) continue;  // synthesized, never what the user means
    if (size_t d = distance_to(typed, *type); d <= threshold) close.emplace_back(d, type->full_name);
  }
  std::stable_sort(close.begin(), close.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string_view> names;
  for (const auto& [d, name] : close) names.push_back(name);
  return names.empty() ? "" : "; did you mean " + quoted_list(names, kMaxSuggestions) + "?";
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

TypeLookup find_message_type(const schema::Pool& pool, std::string_view name) {
  if (name.starts_with('.')) name.remove_prefix(1);
  if (const auto* exact = pool.find_message(name)) return {exact, ""};
  std::vector<const schema::MessageType*> matches;
  for (const auto* type : pool.messages()) {
    if (!name.empty() && names_suffix(type->full_name, name)) matches.push_back(type);
  }
  if (matches.size() == 1) return {matches.front(), ""};
  const std::string quoted = "\"" + std::string(name) + "\"";
  if (matches.size() > 1) {
    std::vector<std::string_view> names;
    for (const auto* type : matches) names.push_back(type->full_name);
    return {nullptr, "message type " + quoted + " is ambiguous: it may be " + quoted_list(names, kMaxListed) +
                         "; give the full name"};
  }
  if (pool.messages().empty()) return {nullptr, "unknown message type " + quoted + ": the schema defines no messages"};
  return {nullptr, "unknown message type " + quoted + suggest(pool, name)};
}

}  // namespace protoforge::toolkit

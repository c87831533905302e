#include <string_view>
#include <utility>

#include "compiler/link/lower.h"

namespace protoforge::link {

std::optional<descriptor::FieldType> scalar_type(std::string_view keyword) {
  using descriptor::FieldType;
  static constexpr std::pair<std::string_view, FieldType> kTypes[] = {
      {"double", FieldType::double_}, {"float", FieldType::float_},     {"int64", FieldType::int64},
      {"uint64", FieldType::uint64},  {"int32", FieldType::int32},      {"fixed64", FieldType::fixed64},
      {"fixed32", FieldType::fixed32}, {"bool", FieldType::bool_},      {"string", FieldType::string},
      {"bytes", FieldType::bytes},    {"uint32", FieldType::uint32},    {"sfixed32", FieldType::sfixed32},
      {"sfixed64", FieldType::sfixed64}, {"sint32", FieldType::sint32}, {"sint64", FieldType::sint64},
  };
  for (const auto& [name, type] : kTypes) {
    if (name == keyword) return type;
  }
  return std::nullopt;
}

}  // namespace protoforge::link

// The accessor methods of one field (or oneof), as signature + body pairs, so that the header can declare them
// in the class and define them inline after all classes, or leave the definitions to the .pf.cc for messages
// too large for inline accessors.
#pragma once

#include <string>
#include <vector>

#include "plugins/cpp/model.h"

namespace protoforge::cpp {

struct Accessor {
  std::string return_type;
  std::string name;
  std::string parameters;
  bool is_const = false;
  std::string body;  // statements, without braces
};

std::vector<Accessor> field_accessors(const MessageModel& message, const FieldModel& field);
std::vector<Accessor> oneof_accessors(const MessageModel& message, const OneofModel& oneof);

}  // namespace protoforge::cpp

// Storage of one string or bytes field in a generated message: an owned std::string, or a view into the buffer a
// message was parsed from in aliasing mode (Message::ParseFromStringAliased). Readers see a string_view either way;
// the first write through mutable() copies an aliased value into owned storage, so aliasing never leaks into
// values the program builds itself.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace protoforge::gen {

class StringField {
 public:
  StringField() = default;
  StringField(const StringField& other) : owned_(other.view()) {}
  StringField(StringField&&) noexcept = default;
  StringField& operator=(const StringField& other) {
    if (this != &other) set(other.view());
    return *this;
  }
  StringField& operator=(StringField&&) noexcept = default;
  explicit StringField(std::string_view value) : owned_(value) {}

  std::string_view view() const { return alias_ ? std::string_view(alias_, alias_size_) : std::string_view(owned_); }
  operator std::string_view() const { return view(); }  // NOLINT: elements of repeated fields read as strings
  size_t size() const { return alias_ ? alias_size_ : owned_.size(); }
  bool empty() const { return size() == 0; }

  void set(std::string_view value) {
    owned_.assign(value.data(), value.size());
    alias_ = nullptr;
  }
  void set(std::string&& value) {
    owned_ = std::move(value);
    alias_ = nullptr;
  }
  // Lifetime: `value` must outlive this field or the next write to it.
  void set_alias(std::string_view value) {
    alias_ = value.data() != nullptr ? value.data() : "";
    alias_size_ = value.size();
  }
  std::string* mutable_string() {
    if (alias_) {
      owned_.assign(alias_, alias_size_);
      alias_ = nullptr;
    }
    return &owned_;
  }
  void clear() {
    owned_.clear();
    alias_ = nullptr;
  }
  bool is_alias() const { return alias_ != nullptr; }
  void swap(StringField& other) noexcept {
    owned_.swap(other.owned_);
    std::swap(alias_, other.alias_);
    std::swap(alias_size_, other.alias_size_);
  }

  friend bool operator==(const StringField& a, const StringField& b) { return a.view() == b.view(); }
  friend bool operator==(const StringField& a, std::string_view b) { return a.view() == b; }

 private:
  std::string owned_;
  const char* alias_ = nullptr;  // non-null: the value is [alias_, alias_ + alias_size_)
  size_t alias_size_ = 0;
};

}  // namespace protoforge::gen

// Map fields of generated messages: protobuf's Map<K, V> vocabulary over an ordered map. Keys stay sorted, so
// iteration and serialization follow libprotobuf's deterministic order without a sort. The storage is one
// pointer, allocated on the first insert: empty maps cost 8 bytes, and V may be incomplete where the field is
// declared (a message may hold a map of itself).
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <utility>

#include "runtime/generated/codec.h"

namespace protoforge::gen {

template <class K, class V>
class Map {
 public:
  using Impl = std::map<K, V, std::less<>>;
  using key_type = K;
  using mapped_type = V;
  using value_type = typename Impl::value_type;
  using iterator = typename Impl::iterator;
  using const_iterator = typename Impl::const_iterator;
  using size_type = size_t;

  Map() = default;
  Map(const Map& other) : impl_(other.impl_ != nullptr && !other.impl_->empty() ? new Impl(*other.impl_) : nullptr) {}
  Map(Map&& other) noexcept : impl_(std::exchange(other.impl_, nullptr)) {}
  ~Map() { delete impl_; }
  Map& operator=(const Map& other) {
    if (this != &other) {
      clear();
      if (other.impl_ != nullptr) mutable_impl() = *other.impl_;
    }
    return *this;
  }
  Map& operator=(Map&& other) noexcept {
    std::swap(impl_, other.impl_);
    return *this;
  }

  size_t size() const { return impl_ != nullptr ? impl_->size() : 0; }
  bool empty() const { return size() == 0; }
  iterator begin() { return mutable_impl().begin(); }
  iterator end() { return mutable_impl().end(); }
  const_iterator begin() const { return impl().begin(); }
  const_iterator end() const { return impl().end(); }
  const_iterator cbegin() const { return begin(); }
  const_iterator cend() const { return end(); }

  V& operator[](const K& key) { return mutable_impl()[key]; }
  V& operator[](K&& key) { return mutable_impl()[std::move(key)]; }
  template <class Key>
  const V& at(const Key& key) const {
    return find(key)->second;  // precondition: contains(key), as protobuf's Map::at
  }
  template <class Key>
  V& at(const Key& key) { return find(key)->second; }
  template <class Key>
  iterator find(const Key& key) { return mutable_impl().find(key); }
  template <class Key>
  const_iterator find(const Key& key) const { return impl().find(key); }
  template <class Key>
  bool contains(const Key& key) const { return impl_ != nullptr && impl_->find(key) != impl_->end(); }
  template <class Key>
  size_t count(const Key& key) const { return contains(key) ? 1 : 0; }
  template <class Key>
  size_t erase(const Key& key) {
    if (impl_ == nullptr) return 0;
    auto it = impl_->find(key);
    if (it == impl_->end()) return 0;
    impl_->erase(it);
    return 1;
  }
  iterator erase(const_iterator at) { return mutable_impl().erase(at); }
  std::pair<iterator, bool> insert(const value_type& entry) { return mutable_impl().insert(entry); }
  template <class It>
  void insert(It first, It last) { mutable_impl().insert(first, last); }
  template <class... Args>
  std::pair<iterator, bool> try_emplace(const K& key, Args&&... args) {
    return mutable_impl().try_emplace(key, std::forward<Args>(args)...);
  }
  void clear() {
    if (impl_ != nullptr) impl_->clear();
  }
  void swap(Map& other) noexcept { std::swap(impl_, other.impl_); }

  friend bool operator==(const Map& a, const Map& b) { return a.impl() == b.impl(); }

  Impl& mutable_impl() {
    if (impl_ == nullptr) impl_ = new Impl();
    return *impl_;
  }
  const Impl& impl() const {
    static const Impl empty_map;
    return impl_ != nullptr ? *impl_ : empty_map;
  }

 private:
  Impl* impl_ = nullptr;
};

// A map field's operations for the table-driven codec, instantiated per key and value type in generated .pf.cc
// files (map_codec.h). `map` points at a Map<K, V>.
struct MapOps {
  // Parses one entry's bytes and inserts (or overwrites) it. Sets `unknown_value` when the value is a number a
  // closed enum does not define: the caller then keeps the whole entry as an unknown field, as libprotobuf does.
  bool (*parse_entry)(void* map, const char* p, const char* end, ParseContext& context, bool& unknown_value);
  size_t (*byte_size)(const void* map, int32_t number);  // every entry with its tag and length
  char* (*serialize)(const void* map, int32_t number, char* out);
  void (*clear)(void* map);
  void (*merge)(void* to, const void* from);
  bool (*equal)(const void* a, const void* b);
  bool (*is_initialized)(const void* map);
  size_t (*size)(const void* map);
};

}  // namespace protoforge::gen

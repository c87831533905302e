// Repeated fields of generated messages, with the vocabulary of protobuf's RepeatedField / RepeatedPtrField.
// RepeatedField<T> holds numbers, bools and enums contiguously. RepeatedPtrField<T> holds strings and messages,
// each element on the heap so that pointers returned by Add() and Mutable() stay valid as the field grows; cleared
// elements are kept for reuse, which makes parsing into a reused message allocation-free in the steady state.
//
// Both are standard-layout with all state in one base, so the table-driven codec (codec.h) can reach them by
// offset without knowing T; everything typed lives in the header-only wrappers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <type_traits>
#include <utility>

namespace protoforge::gen {

// Untyped storage of a RepeatedField: `capacity` elements of `element_size` bytes.
class RepeatedFieldBase {
 public:
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int capacity() const { return capacity_; }

  // Makes room for `n` more elements of `element_size` bytes; returns where the first of them goes.
  void* grow_by(int n, size_t element_size) {
    if (size_ + n > capacity_) reserve_bytes(size_ + n, element_size);
    void* at = static_cast<char*>(data_) + static_cast<size_t>(size_) * element_size;
    size_ += n;
    return at;
  }
  void reserve_bytes(int n, size_t element_size) {
    if (n <= capacity_) return;
    int grown = capacity_ < 4 ? 4 : capacity_ * 2;
    if (grown < n) grown = n;
    void* bigger = std::malloc(static_cast<size_t>(grown) * element_size);
    if (size_ > 0) std::memcpy(bigger, data_, static_cast<size_t>(size_) * element_size);
    std::free(data_);
    data_ = bigger;
    capacity_ = grown;
  }
  void clear() { size_ = 0; }
  void truncate(int n) { if (n < size_) size_ = n; }
  void swap_storage(RepeatedFieldBase& other) noexcept {
    std::swap(data_, other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
  }
  const void* raw_data() const { return data_; }
  void* raw_data() { return data_; }

 protected:
  RepeatedFieldBase() = default;
  ~RepeatedFieldBase() { std::free(data_); }
  RepeatedFieldBase(const RepeatedFieldBase&) = delete;
  RepeatedFieldBase& operator=(const RepeatedFieldBase&) = delete;

  void* data_ = nullptr;
  int size_ = 0;
  int capacity_ = 0;
};

template <class T>
class RepeatedField : public RepeatedFieldBase {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  RepeatedField() = default;
  RepeatedField(std::initializer_list<T> values) { for (T v : values) Add(v); }
  RepeatedField(const RepeatedField& other) { *this = other; }
  RepeatedField(RepeatedField&& other) noexcept { swap_storage(other); }
  RepeatedField& operator=(const RepeatedField& other) {
    if (this != &other) {
      clear();
      Append(other);
    }
    return *this;
  }
  RepeatedField& operator=(RepeatedField&& other) noexcept {
    swap_storage(other);
    return *this;
  }

  T Get(int i) const { return data()[i]; }
  const T& operator[](int i) const { return data()[i]; }
  T& operator[](int i) { return data()[i]; }
  T* Mutable(int i) { return data() + i; }
  void Set(int i, T value) { data()[i] = value; }
  void Add(T value) { *static_cast<T*>(grow_by(1, sizeof(T))) = value; }
  void push_back(T value) { Add(value); }
  T* Add() { T* at = static_cast<T*>(grow_by(1, sizeof(T))); *at = T(); return at; }
  void Append(const RepeatedField& other) {
    if (other.empty()) return;
    const int n = other.size();
    std::memcpy(grow_by(n, sizeof(T)), other.data(), static_cast<size_t>(n) * sizeof(T));
  }
  void Reserve(int n) { reserve_bytes(n, sizeof(T)); }
  void Resize(int n, T value) {
    while (size() < n) Add(value);
    truncate(n);
  }
  void RemoveLast() { truncate(size() - 1); }
  void Truncate(int n) { truncate(n); }
  void Clear() { clear(); }
  void Swap(RepeatedField* other) { swap_storage(*other); }

  const T* data() const { return static_cast<const T*>(raw_data()); }
  T* data() { return static_cast<T*>(raw_data()); }
  T* mutable_data() { return data(); }
  const T* begin() const { return data(); }
  const T* end() const { return data() + size(); }
  T* begin() { return data(); }
  T* end() { return data() + size(); }

  friend bool operator==(const RepeatedField& a, const RepeatedField& b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  }
};

// Untyped storage of a RepeatedPtrField: `size_` live elements, then up to `allocated_` cleared ones kept for reuse.
class RepeatedPtrBase {
 public:
  int size() const { return size_; }
  bool empty() const { return size_ == 0; }
  void* raw(int i) const { return elements_[i]; }

  // The next element: a kept cleared one, or a fresh one from `create`.
  void* add_raw(void* (*create)()) {
    if (size_ < allocated_) return elements_[size_++];
    reserve(size_ + 1);
    void* fresh = create();
    elements_[allocated_++] = fresh;
    ++size_;
    return fresh;
  }
  // Appends an element the field then owns (kept cleared elements move behind it).
  void add_allocated_raw(void* element) {
    reserve(allocated_ + 1);
    if (size_ < allocated_) elements_[allocated_] = elements_[size_];
    elements_[size_++] = element;
    ++allocated_;
  }
  // Gives up the last live element to the caller.
  void* release_last_raw() {
    void* last = elements_[--size_];
    if (size_ < allocated_ - 1) elements_[size_] = elements_[allocated_ - 1];
    --allocated_;
    return last;
  }
  // Clears each live element with `clear` and keeps it for reuse.
  void clear_raw(void (*clear)(void*)) {
    for (int i = 0; i < size_; ++i) clear(elements_[i]);
    size_ = 0;
  }
  void destroy_raw(void (*destroy)(void*)) {
    for (int i = 0; i < allocated_; ++i) destroy(elements_[i]);
    std::free(elements_);
    elements_ = nullptr;
    size_ = allocated_ = capacity_ = 0;
  }
  void reserve(int n) {
    if (n <= capacity_) return;
    int grown = capacity_ < 4 ? 4 : capacity_ * 2;
    if (grown < n) grown = n;
    void** bigger = static_cast<void**>(std::malloc(static_cast<size_t>(grown) * sizeof(void*)));
    if (allocated_ > 0) std::memcpy(bigger, elements_, static_cast<size_t>(allocated_) * sizeof(void*));
    std::free(elements_);
    elements_ = bigger;
    capacity_ = grown;
  }
  void swap_storage(RepeatedPtrBase& other) noexcept {
    std::swap(elements_, other.elements_);
    std::swap(size_, other.size_);
    std::swap(allocated_, other.allocated_);
    std::swap(capacity_, other.capacity_);
  }
  void swap_elements(int a, int b) { std::swap(elements_[a], elements_[b]); }

 protected:
  RepeatedPtrBase() = default;
  RepeatedPtrBase(const RepeatedPtrBase&) = delete;
  RepeatedPtrBase& operator=(const RepeatedPtrBase&) = delete;
  ~RepeatedPtrBase() = default;  // the typed wrapper destroys the elements

  void** elements_ = nullptr;
  int size_ = 0;
  int allocated_ = 0;
  int capacity_ = 0;
};

// How RepeatedPtrField makes, clears and frees elements. Messages have Clear(); StringField has clear().
template <class T>
struct ElementOps {
  static void* create() { return new T(); }
  static void destroy(void* p) { delete static_cast<T*>(p); }
  static void clear(void* p) {
    if constexpr (requires(T& t) { t.Clear(); }) static_cast<T*>(p)->Clear();
    else static_cast<T*>(p)->clear();
  }
};

template <class T>
class PtrIterator {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using value_type = std::remove_const_t<T>;
  using difference_type = std::ptrdiff_t;
  using pointer = T*;
  using reference = T&;

  PtrIterator() = default;
  explicit PtrIterator(void* const* at) : at_(at) {}
  T& operator*() const { return *static_cast<T*>(*at_); }
  T* operator->() const { return static_cast<T*>(*at_); }
  T& operator[](difference_type n) const { return *static_cast<T*>(at_[n]); }
  PtrIterator& operator++() { ++at_; return *this; }
  PtrIterator operator++(int) { PtrIterator old = *this; ++at_; return old; }
  PtrIterator& operator--() { --at_; return *this; }
  PtrIterator operator--(int) { PtrIterator old = *this; --at_; return old; }
  PtrIterator& operator+=(difference_type n) { at_ += n; return *this; }
  PtrIterator& operator-=(difference_type n) { at_ -= n; return *this; }
  friend PtrIterator operator+(PtrIterator it, difference_type n) { return it += n; }
  friend PtrIterator operator+(difference_type n, PtrIterator it) { return it += n; }
  friend PtrIterator operator-(PtrIterator it, difference_type n) { return it -= n; }
  friend difference_type operator-(PtrIterator a, PtrIterator b) { return a.at_ - b.at_; }
  friend auto operator<=>(PtrIterator a, PtrIterator b) = default;

 private:
  void* const* at_ = nullptr;
};

template <class T>
class RepeatedPtrField : public RepeatedPtrBase {
 public:
  using value_type = T;
  using iterator = PtrIterator<T>;
  using const_iterator = PtrIterator<const T>;

  RepeatedPtrField() = default;
  RepeatedPtrField(const RepeatedPtrField& other) : RepeatedPtrBase() { MergeFrom(other); }
  RepeatedPtrField(RepeatedPtrField&& other) noexcept { swap_storage(other); }
  ~RepeatedPtrField() { destroy_raw(&ElementOps<T>::destroy); }
  RepeatedPtrField& operator=(const RepeatedPtrField& other) {
    if (this != &other) {
      Clear();
      MergeFrom(other);
    }
    return *this;
  }
  RepeatedPtrField& operator=(RepeatedPtrField&& other) noexcept {
    swap_storage(other);
    return *this;
  }

  const T& Get(int i) const { return *static_cast<const T*>(raw(i)); }
  const T& operator[](int i) const { return Get(i); }
  T& operator[](int i) { return *Mutable(i); }
  T* Mutable(int i) { return static_cast<T*>(raw(i)); }
  T* Add() { return static_cast<T*>(add_raw(&ElementOps<T>::create)); }
  void AddAllocated(T* element) { add_allocated_raw(element); }
  T* ReleaseLast() { return static_cast<T*>(release_last_raw()); }
  void RemoveLast() { ElementOps<T>::clear(raw(size() - 1)); --size_; }
  void Clear() { clear_raw(&ElementOps<T>::clear); }
  void Reserve(int n) { reserve(n); }
  void SwapElements(int a, int b) { swap_elements(a, b); }
  void Swap(RepeatedPtrField* other) { swap_storage(*other); }
  void MergeFrom(const RepeatedPtrField& other) {
    for (int i = 0; i < other.size(); ++i) *Add() = other.Get(i);
  }

  iterator begin() { return iterator(elements_); }
  iterator end() { return iterator(elements_ + size_); }
  const_iterator begin() const { return const_iterator(elements_); }
  const_iterator end() const { return const_iterator(elements_ + size_); }

  friend bool operator==(const RepeatedPtrField& a, const RepeatedPtrField& b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); ++i) {
      if (!(a.Get(i) == b.Get(i))) return false;
    }
    return true;
  }
};

}  // namespace protoforge::gen

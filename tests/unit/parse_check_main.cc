// parse_check: parses .proto files with protoforge's front end and prints the diagnostics as protoc does.
// Usage: parse_check [-I<root>] [--time] file...   (files are virtual paths below <root>, default ".")
// Used by the differential scripts (testdata/parse/) and for timing the front end on a corpus.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/diag/render.h"
#include "compiler/parse/parser.h"

using namespace protoforge;

namespace {

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

// Prints the declarations that carry comments in parse_oracle --comments' format, so both can be compared.
struct CommentPrinter {
  const source::SourceFile& file;

  void print(source::Span span, const ast::Comments& comments) const {
    if (!comments.leading && !comments.trailing && comments.detached.empty()) return;
    const auto begin = file.locate(span.begin);
    const auto end = file.locate(span.end);
    std::printf("%s %d:%d-%d:%d", file.path().c_str(), begin.line, begin.column, end.line, end.column);
    if (comments.leading) std::printf(" lead=%s", escape(*comments.leading).c_str());
    if (comments.trailing) std::printf(" trail=%s", escape(*comments.trailing).c_str());
    for (const auto& detached : comments.detached) std::printf(" det=%s", escape(detached).c_str());
    std::printf("\n");
  }
  void visit(const ast::Option& node) const { print(node.span, node.comments); }
  void visit(const ast::Empty&) const {}
  void visit(const ast::Import& node) const { print(node.span, node.comments); }
  void visit(const ast::Package& node) const { print(node.span, node.comments); }
  void visit(const ast::Reserved& node) const { print(node.span, node.comments); }
  void visit(const ast::ExtensionRanges& node) const { print(node.span, node.comments); }
  void visit(const ast::EnumValue& node) const { print(node.span, node.comments); }
  void visit(const ast::Field& node) const {
    print(node.span, node.comments);
    for (const auto& group : node.group_body) visit(group);
  }
  void visit(const ast::Extend& node) const {
    print(node.span, node.comments);
    for (const auto& field : node.fields) visit(field);
  }
  void visit(const ast::Oneof& node) const {
    print(node.span, node.comments);
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element.value);
  }
  void visit(const ast::Enum& node) const {
    print(node.span, node.comments);
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element);
  }
  void visit(const ast::Method& node) const {
    print(node.span, node.comments);
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element);
  }
  void visit(const ast::Service& node) const {
    print(node.span, node.comments);
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element);
  }
  void visit(const ast::Box<ast::Message>& node) const {
    print(node->span, node->comments);
    for (const auto& element : node->body) std::visit([&](const auto& e) { visit(e); }, element);
  }
  void visit(const ast::File& node) const {
    print(node.syntax.span, node.syntax.comments);
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element);
  }
};

// Prints every option (not default / json_name) like parse_oracle --options prints protoc's UninterpretedOptions.
struct OptionPrinter {
  const source::SourceFile& file;

  void print(const ast::Option& option) const {
    std::string name;
    for (const auto& part : option.name) {
      if (!name.empty()) name += ".";
      name += part.is_extension ? "(" + part.name + ")" : part.name;
    }
    if (name == "default" || name == "json_name") return;
    const ast::OptionValue& v = option.value;
    std::printf("%s opt %s", file.path().c_str(), name.c_str());
    switch (v.kind) {
      case ast::OptionValue::Kind::identifier: std::printf(" ident=%s", v.text.c_str()); break;
      case ast::OptionValue::Kind::integer:
        if (v.negative) {
          std::printf(" neg=%lld", static_cast<long long>(0 - v.unsigned_value));
        } else {
          std::printf(" pos=%llu", static_cast<unsigned long long>(v.unsigned_value));
        }
        break;
      case ast::OptionValue::Kind::floating: std::printf(" dbl=%.17g", v.negative ? -v.float_value : v.float_value); break;
      case ast::OptionValue::Kind::string: std::printf(" str=%s", escape(v.string_value).c_str()); break;
      case ast::OptionValue::Kind::aggregate: std::printf(" agg=%s", escape(v.text).c_str()); break;
    }
    std::printf("\n");
  }
  void print(const std::optional<ast::CompactOptions>& options, size_t copies = 1) const {
    if (!options) return;
    for (size_t i = 0; i < copies; ++i) {
      for (const auto& option : options->options) print(option);
    }
  }
  void visit(const ast::Option& node) const { print(node); }
  void visit(const ast::Empty&) const {}
  void visit(const ast::Import&) const {}
  void visit(const ast::Package&) const {}
  void visit(const ast::Reserved&) const {}
  void visit(const ast::ExtensionRanges& node) const { print(node.options, node.ranges.size()); }
  void visit(const ast::EnumValue& node) const { print(node.options); }
  void visit(const ast::Field& node) const {
    print(node.options);
    for (const auto& group : node.group_body) visit(group);
  }
  void visit(const ast::Extend& node) const {
    for (const auto& field : node.fields) visit(field);
  }
  template <class Node>
  void visit_body(const Node& node) const {
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element);
  }
  void visit(const ast::Oneof& node) const {
    for (const auto& element : node.body) std::visit([&](const auto& e) { visit(e); }, element.value);
  }
  void visit(const ast::Enum& node) const { visit_body(node); }
  void visit(const ast::Method& node) const { visit_body(node); }
  void visit(const ast::Service& node) const { visit_body(node); }
  void visit(const ast::Box<ast::Message>& node) const { visit_body(*node); }
  void visit(const ast::File& node) const { visit_body(node); }
};

}  // namespace

int main(int argc, char** argv) {
  std::string root = ".";
  bool timing = false;
  bool comments = false;
  bool options = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("-I", 0) == 0) {
      root = arg.substr(2);
    } else if (arg == "--options") {
      options = true;
    } else if (arg == "--comments") {
      comments = true;
    } else if (arg == "--time") {
      timing = true;
    } else {
      files.push_back(arg);
    }
  }
  int failed = 0;
  double seconds = 0;
  for (const std::string& name : files) {
    std::ifstream in(root + "/" + name, std::ios::binary);
    if (!in) {
      std::printf("%s: File not found.\n", name.c_str());
      ++failed;
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    source::SourceFile file(name, buffer.str());
    diag::DiagnosticSink sink;
    const auto start = std::chrono::steady_clock::now();
    ast::File ast = parse::parse_file(file, sink);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (sink.has_errors()) ++failed;
    if (comments) CommentPrinter{file}.visit(ast);
    if (options) OptionPrinter{file}.visit(ast);
    for (const diag::Diagnostic& d : sink.take()) std::printf("%s\n", diag::render(d, diag::ErrorFormat::gcc).c_str());
  }
  if (timing) std::fprintf(stderr, "%zu files, %d with errors, %.3f s parsing\n", files.size(), failed, seconds);
  return failed == 0 ? 0 : 1;
}

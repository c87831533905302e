// runtime/generated_reflect: JSON and text for generated classes through the registered descriptors.
#include "runtime/generated_reflect/reflect.h"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "reflect_lite_test.pf.h"
#include "reflect_proto3_test.pf.h"
#include "reflect_test.pf.h"
#include "runtime/generated_reflect/registry_pool.h"

namespace gr = protoforge::generated_reflect;
using reflect_test::Item;
using reflect_test::Order;

namespace {

Item simple_item() {
  Item item;
  item.set_name("bolt");
  item.set_count(3);
  return item;
}

// Every kind of field the schema has, the Any holding an Item and the extension set.
Order full_order() {
  Order order;
  order.set_id(7);
  order.set_note("hi \"there\"");
  order.set_color(reflect_test::COLOR_GREEN);
  *order.add_items() = simple_item();
  order.add_items()->set_name("nut");
  (*order.mutable_quantities())["x"] = 2;
  (*order.mutable_quantities())["a"] = -1;
  order.set_card("visa");
  order.mutable_placed()->set_seconds(1700000000);
  order.mutable_placed()->set_nanos(5000000);
  order.mutable_detail()->set_type_url("type.googleapis.com/reflect_test.Item");
  order.mutable_detail()->set_value(simple_item().SerializeAsString());
  order.set_blob(std::string("\x01\xff", 2));
  order.add_deltas(-1);
  order.add_deltas(2);
  order.mutable_extra()->set_label("gift");
  order.SetExtension(reflect_test::priority, std::string("high"));
  return order;
}

}  // namespace

TEST_CASE("to_json prints a generated message as the canonical JSON mapping") {
  std::string out = "old";
  const gr::Result result = gr::to_json(simple_item(), &out);
  REQUIRE_MESSAGE(result.ok(), result.describe());
  CHECK(out == R"({"name":"bolt","count":"3"})");

  protoforge::json::PrintOptions options;
  options.pretty = true;
  REQUIRE(gr::to_json(simple_item(), &out, options).ok());
  CHECK(out == "{\n  \"name\": \"bolt\",\n  \"count\": \"3\"\n}\n");
}

TEST_CASE("JSON round trips every field kind, the Any resolved through the registry") {
  const Order order = full_order();
  std::string json;
  const gr::Result printed = gr::to_json(order, &json);
  REQUIRE_MESSAGE(printed.ok(), printed.describe());
  CHECK(json.find(R"("@type":"type.googleapis.com/reflect_test.Item","name":"bolt")") != std::string::npos);
  CHECK(json.find(R"("[reflect_test.priority]":"high")") != std::string::npos);
  CHECK(json.find(R"("placed":"2023-11-14T22:13:20.005Z")") != std::string::npos);
  Order back;
  const gr::Result parsed = gr::from_json(json, &back);
  REQUIRE_MESSAGE(parsed.ok(), parsed.describe());
  CHECK(back == order);
}

TEST_CASE("text format round trips every field kind") {
  const Order order = full_order();
  std::string text;
  REQUIRE(gr::to_text(order, &text).ok());
  CHECK(text.find("[reflect_test.priority]: \"high\"\n") != std::string::npos);
  CHECK(text.find("Extra {\n  label: \"gift\"\n}\n") != std::string::npos);
  Order back;
  const gr::Result parsed = gr::from_text(text, &back);
  REQUIRE_MESSAGE(parsed.ok(), parsed.describe());
  CHECK(back == order);
}

TEST_CASE("DebugString and ShortDebugString") {
  CHECK(gr::DebugString(simple_item()) == "name: \"bolt\"\ncount: 3\n");
  CHECK(gr::ShortDebugString(simple_item()) == "name: \"bolt\" count: 3");
  Order order;
  order.add_items()->set_name("a");
  order.add_items()->set_name("b");
  CHECK(gr::ShortDebugString(order) == "items { name: \"a\" } items { name: \"b\" }");
}

TEST_CASE("expand_any prints the Any's value in its bracketed form") {
  Order order;
  order.mutable_detail()->set_type_url("type.googleapis.com/reflect_test.Item");
  order.mutable_detail()->set_value(simple_item().SerializeAsString());
  std::string text;
  REQUIRE(gr::to_text(order, &text, {.single_line = true, .expand_any = true}).ok());
  CHECK(text == "detail { [type.googleapis.com/reflect_test.Item] { name: \"bolt\" count: 3 } }");
}

TEST_CASE("unknown fields print unless hidden") {
  Order order;
  REQUIRE(order.ParseFromString(std::string("\x08\x01\xa8\x03\x05", 5)));  // id: 1, field 53: 5
  std::string text;
  REQUIRE(gr::to_text(order, &text).ok());
  CHECK(text == "id: 1\n53: 5\n");
  REQUIRE(gr::to_text(order, &text, {.print_unknown_fields = false}).ok());
  CHECK(text == "id: 1\n");
}

TEST_CASE("parse errors are values and leave the message as it was") {
  Item item = simple_item();
  gr::Result result = gr::from_json(R"({"name": 5})", &item);
  CHECK(result.status == gr::Status::parse_error);
  CHECK(result.describe().starts_with("parse error: "));
  CHECK(item == simple_item());

  result = gr::from_json(R"({"name": "x", "size": 1})", &item);
  CHECK(result.status == gr::Status::parse_error);
  protoforge::json::ParseOptions lenient;
  lenient.ignore_unknown_fields = true;
  REQUIRE(gr::from_json(R"({"name": "x", "size": 1})", &item, lenient).ok());
  CHECK(item.name() == "x");
  CHECK(!item.has_count());

  result = gr::from_text("name: \"x\" count: oops", &item);
  CHECK(result.status == gr::Status::parse_error);
  CHECK(result.message.find("1:18: ") != std::string::npos);
  CHECK(item.name() == "x");
}

TEST_CASE("required fields are checked unless partial messages are allowed") {
  Order order;
  CHECK(gr::from_json(R"({"items": [{"count": 1}]})", &order).status == gr::Status::missing_required);
  gr::Result result = gr::from_text("items { count: 1 }", &order);
  CHECK(result.status == gr::Status::missing_required);
  CHECK(result.message == "items[0].name");
  REQUIRE(gr::from_text("items { count: 1 }", &order, {.allow_partial = true}).ok());
  CHECK(order.items(0).count() == 1);
  protoforge::json::ParseOptions partial;
  partial.allow_partial = true;
  REQUIRE(gr::from_json(R"({"items": [{"count": 2}]})", &order, partial).ok());
  CHECK(order.items(0).count() == 2);
}

TEST_CASE("a string that is not UTF-8 has no JSON form; the output stays as it was") {
  Item item;
  item.set_name("\xff");
  std::string out = "unchanged";
  const gr::Result result = gr::to_json(item, &out);
  CHECK(result.status == gr::Status::print_error);
  CHECK(out == "unchanged");
  CHECK(gr::DebugString(item) == "name: \"\\377\"\n");
}

TEST_CASE("a lite type has no registered descriptor") {
  reflect_lite_test::Plain plain;
  plain.set_value(1);
  std::string out;
  const gr::Result result = gr::to_json(plain, &out);
  CHECK(result.status == gr::Status::not_registered);
  CHECK(result.message.find("\"reflect_lite_test.Plain\"") != std::string::npos);
  CHECK(result.message.find("--cpp_opt=lite") != std::string::npos);
  CHECK(gr::from_text("value: 1", &plain).status == gr::Status::not_registered);
  CHECK(gr::DebugString(plain).starts_with("# not registered: "));
}

TEST_CASE("the registry pool knows the linked files' types and their imports") {
  for (const char* name : {"reflect_test.Order", "reflect_test.Order.Extra", "google.protobuf.Timestamp"}) {
    CAPTURE(name);
    const gr::Result result = gr::with_registered_type(
        name, [&](const protoforge::schema::Pool&, const protoforge::schema::MessageType& type) -> gr::Result {
          CHECK(type.full_name == name);
          return {};
        });
    CHECK(result.ok());
  }
  CHECK(gr::with_registered_type("reflect_test.Nothing", {}).status == gr::Status::not_registered);
}

TEST_CASE("concurrent calls share the pool") {
  const Order order = full_order();
  std::string expected;
  REQUIRE(gr::to_json(order, &expected).ok());
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        std::string json;
        Order back;
        if (!gr::to_json(order, &json).ok() || json != expected || !gr::from_json(json, &back).ok() ||
            !(back == order)) {
          ++mismatches[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(mismatches == std::vector<int>(4, 0));
}

TEST_CASE("a text escape that spells invalid UTF-8 is refused where the field must hold UTF-8") {
  Item item;  // proto2: any bytes
  REQUIRE(gr::from_text(R"(name: "\xff")", &item).ok());
  CHECK(item.name() == "\xff");
  reflect_test::Note note;  // proto3: generated classes, filled only through their parser, refuse such bytes
  note.set_text("kept");
  gr::Result result = gr::from_text(R"(text: "\xff")", &note);
  CHECK(result.status == gr::Status::parse_error);
  CHECK(result.message.starts_with("string field text holds invalid UTF-8"));
  CHECK(note.text() == "kept");
  result = gr::from_text(R"(by_id { key: 1 value: "\xc3" })", &note);
  CHECK(result.status == gr::Status::parse_error);
  CHECK(result.message.find("invalid UTF-8") != std::string::npos);
}

"""Checks API answers against the OpenAPI document the server publishes
(src/server/web/openapi.json), so that the document, from which the web
console's types are generated, says what the server really sends.

A small validator of the OpenAPI 3.0 schema subset the document uses
(standard library only): $ref, allOf (merged), oneOf/anyOf (at least one
alternative), type, nullable, enum, required, properties, items,
additionalProperties. Objects are closed: a field the document does not
describe is an error, unless the schema allows additional properties.
"""
import json
import os
import re

DOCUMENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "server",
                        "web", "openapi.json")


class OpenApi:
    def __init__(self, path=DOCUMENT):
        with open(path, encoding="utf-8") as f:
            self.doc = json.load(f)
        self.routes = []
        for template, item in self.doc["paths"].items():
            pattern = "^" + re.sub(r"\{[^/}]+\}", "[^/]+", re.escape(template).replace(r"\{", "{")
                                   .replace(r"\}", "}")) + "$"
            self.routes.append((re.compile(pattern), template, item))

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            target = self.doc
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def response_schema(self, method, path, status):
        """(template, schema or None); raises AssertionError when the document
        has no such operation or status."""
        path = path.split("?", 1)[0]
        for pattern, template, item in self.routes:
            if not pattern.match(path) or method.lower() not in item:
                continue
            responses = item[method.lower()]["responses"]
            response = responses.get(str(status)) or responses.get("default")
            if response is None:
                raise AssertionError("%s %s answered %d, which the document does not list (%s)"
                                     % (method, template, status, ", ".join(responses)))
            response = self.resolve(response)
            content = response.get("content", {}).get("application/json")
            return template, (content or {}).get("schema")
        raise AssertionError("%s %s is not in the document" % (method, path))

    def merged(self, schema):
        """allOf flattened into one schema (properties and required joined)."""
        schema = self.resolve(schema)
        if "allOf" not in schema:
            return schema
        out = {k: v for k, v in schema.items() if k != "allOf"}
        out.setdefault("properties", {})
        out.setdefault("required", [])
        for part in schema["allOf"]:
            part = self.merged(part)
            for key, value in part.items():
                if key == "properties":
                    out["properties"].update(value)
                elif key == "required":
                    out["required"] = out["required"] + list(value)
                else:
                    out.setdefault(key, value)
        return out

    def errors(self, value, schema, where="body"):
        """The problems of `value` against `schema`, as 'where: problem' lines."""
        schema = self.merged(schema)
        if value is None:
            # A schema that names no type (only a description) allows anything.
            constraining = ("type", "enum", "properties", "items", "oneOf", "anyOf", "required")
            if schema.get("nullable") or not any(k in schema for k in constraining):
                return []
            return ["%s: is null, which the schema does not allow" % where]
        for alternatives in ("oneOf", "anyOf"):
            if alternatives in schema:
                found = [self.errors(value, s, where) for s in schema[alternatives]]
                if any(not f for f in found):
                    return []
                return ["%s: matches none of its %s: %s" % (where, alternatives, found)]
        if "enum" in schema and value not in schema["enum"]:
            return ["%s: %r is not one of %s" % (where, value, schema["enum"])]
        kind = schema.get("type")
        checks = {
            "object": lambda v: isinstance(v, dict),
            "array": lambda v: isinstance(v, list),
            "string": lambda v: isinstance(v, str),
            "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
            "boolean": lambda v: isinstance(v, bool),
        }
        if kind and not checks[kind](value):
            return ["%s: %r is not of type %s" % (where, value, kind)]
        problems = []
        if isinstance(value, dict) and (kind == "object" or "properties" in schema):
            properties = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value:
                    problems.append("%s: lacks the required field '%s'" % (where, name))
            extra = schema.get("additionalProperties", not properties)
            for name, item in value.items():
                if name in properties:
                    problems += self.errors(item, properties[name], "%s.%s" % (where, name))
                elif extra is False:
                    problems.append("%s: has the field '%s' the document does not describe"
                                    % (where, name))
                elif isinstance(extra, dict):
                    problems += self.errors(item, extra, "%s.%s" % (where, name))
        if isinstance(value, list) and "items" in schema:
            for n, item in enumerate(value):
                problems += self.errors(item, schema["items"], "%s[%d]" % (where, n))
        return problems

    def check(self, method, path, status, body):
        """Raises AssertionError naming every difference between the answer and
        the document."""
        template, schema = self.response_schema(method, path, status)
        if schema is None or body is None:
            return
        problems = self.errors(body, schema)
        if problems:
            raise AssertionError("%s %s (%d) differs from openapi.json:\n  %s"
                                 % (method, template, status, "\n  ".join(problems[:20])))

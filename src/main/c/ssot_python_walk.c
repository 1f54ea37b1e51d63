/*
 * The Python query of dev.ssotgardener.lang.python.PythonQuery, hand-written as one walk over the
 * tree: it emits exactly the matches tree-sitter's query cursor finds, in the cursor's order, at
 * almost no cost over the parse (the cursor keeps states for every pattern that could start at each
 * node: ~13% of a cold audit). The query stays the specification and the fallback (bundled natives);
 * PythonWalkTest and bench/walk-parity.sh compare both, capture for capture.
 *
 * The cursor's order, which the walk keeps: a match is reported on entering the node its last
 * step matches, before that node's children; matches completed at one node come by the depth of
 * their root (shallowest first), then by pattern index, then (one pattern matching several
 * siblings) in sibling order. The one deferred match is the optional `except` value: without a
 * value, the match is reported where the cursor gives up looking for one.
 */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "ssot_ts.h"
#include "tree_cursor.h" /* ts_tree_cursor_current_status: the cursor's view of a child's siblings */

const TSLanguage *tree_sitter_python(void);

/* The captures the walk emits; their names, in this order, are SSOT_PYTHON_WALK_CAPTURES. */
enum Capture {
  IMPORT_NAME, IMPORT_MODULE, IMPORT_ALIAS, IMPORT_PLAIN, IMPORT_FROM, IMPORT_FUTURE,
  CLASS, CLASS_NAME, CLASS_BASED, CLASS_BASE, FUNCTION, FUNCTION_NAME,
  IDENTIFIER, ATTRIBUTE, ATTRIBUTE_NAME, CALL, CALL_FUNCTION, CALL_ARGUMENTS,
  SUBSCRIPT, SUBSCRIPT_VALUE, SUBSCRIPT_INDEX, RUNNER, RUNNER_CONDITION, RUNNER_CALL,
  EXCLUDED, BINDING, ALIAS, ALIAS_NAME, ALIAS_VALUE, UNBOUND, STORE, TRY, TRY_BODY,
  EXPECT_FUNCTION, EXPECT_TYPE, EXPECT_BODY, EXCEPT, EXCEPT_VALUE, COMMENT, ERROR_NODE, MISSING
};

const char *const SSOT_PYTHON_WALK_CAPTURES[] = {
  "import.name", "import.module", "import.alias", "import.plain", "import.from", "import.future",
  "class", "class.name", "class.based", "class.base", "function", "function.name",
  "identifier", "attribute", "attribute.name", "call", "call.function", "call.arguments",
  "subscript", "subscript.value", "subscript.index", "runner", "runner.condition", "runner.call",
  "excluded", "binding", "alias", "alias.name", "alias.value", "unbound", "store", "try", "try.body",
  "expect.function", "expect.type", "expect.body", "except", "except.value", "comment", "error",
  "missing", NULL
};

/* The query's patterns, by their index: the order of PythonQuery.SOURCE. */
enum Pattern {
  P_IMPORT, P_IMPORT_AS, P_FROM, P_FROM_AS, P_FROM_STAR, P_FUTURE, P_FUTURE_AS,
  P_CLASS, P_CLASS_BASE, P_FUNCTION, P_IDENTIFIER, P_ATTRIBUTE, P_ATTRIBUTE_NAME, P_CALL,
  P_SUBSCRIPT, P_RUNNER, P_KEYWORD_ARGUMENT, P_PARAMETERS, P_LAMBDA_PARAMETERS,
  P_DEFAULT_PARAMETER, P_TYPED_DEFAULT_PARAMETER, P_TYPED_PARAMETER, P_PARAMETERS_SPLAT,
  P_LAMBDA_PARAMETERS_SPLAT, P_TYPED_PARAMETER_SPLAT, P_ASSIGNMENT, P_ALIAS, P_AUGMENTED,
  P_PATTERN_LIST, P_TUPLE_PATTERN, P_LIST_PATTERN, P_FOR, P_AS_PATTERN_TARGET, P_NAMED_EXPRESSION,
  P_FOR_IN, P_EXCEPT_AS, P_STORE_ASSIGNMENT, P_STORE_AUGMENTED, P_STORE_DELETE, P_TRY,
  P_EXPECT, P_EXCEPT, P_COMMENT, P_ERROR, P_MISSING
};

/* The grammar's symbols the patterns name, looked up once. */
static struct {
  TSSymbol aliased_import, argument_list, as_pattern, as_pattern_target, assignment, attribute,
      augmented_assignment, block, call, class_definition, comment, comparison_operator,
      default_parameter, delete_statement, dictionary_splat_pattern, dotted_name, except_clause,
      expression_statement, for_in_clause, for_statement, function_definition,
      future_import_statement, identifier, if_statement, import_from_statement, import_statement,
      keyword_argument, lambda_parameters, list_pattern, list_splat_pattern, named_expression,
      parameters, parenthesized_expression, pattern_list, subscript, try_statement, tuple_pattern,
      typed_default_parameter, typed_parameter, wildcard_import, with_clause, with_item,
      with_statement;
} py;

/* The fields the patterns name. */
static struct {
  TSFieldId alias, alternative, arguments, attribute, body, condition, consequence, function, left,
      module_name, name, right, subscript, superclasses, value;
} fld;

static pthread_once_t resolved = PTHREAD_ONCE_INIT;

static TSSymbol symbol_named(const char *name) {
  return ts_language_symbol_for_name(tree_sitter_python(), name, (uint32_t)strlen(name), true);
}

static TSFieldId field_named(const char *name) {
  return ts_language_field_id_for_name(tree_sitter_python(), name, (uint32_t)strlen(name));
}

static void resolve(void) {
#define SYMBOL(s) py.s = symbol_named(#s)
  SYMBOL(aliased_import); SYMBOL(argument_list); SYMBOL(as_pattern); SYMBOL(as_pattern_target);
  SYMBOL(assignment); SYMBOL(attribute); SYMBOL(augmented_assignment); SYMBOL(block); SYMBOL(call);
  SYMBOL(class_definition); SYMBOL(comment); SYMBOL(comparison_operator); SYMBOL(default_parameter);
  SYMBOL(delete_statement); SYMBOL(dictionary_splat_pattern); SYMBOL(dotted_name);
  SYMBOL(except_clause); SYMBOL(expression_statement); SYMBOL(for_in_clause); SYMBOL(for_statement);
  SYMBOL(function_definition); SYMBOL(future_import_statement); SYMBOL(identifier);
  SYMBOL(if_statement); SYMBOL(import_from_statement); SYMBOL(import_statement);
  SYMBOL(keyword_argument); SYMBOL(lambda_parameters); SYMBOL(list_pattern);
  SYMBOL(list_splat_pattern); SYMBOL(named_expression); SYMBOL(parameters);
  SYMBOL(parenthesized_expression); SYMBOL(pattern_list); SYMBOL(subscript); SYMBOL(try_statement);
  SYMBOL(tuple_pattern); SYMBOL(typed_default_parameter); SYMBOL(typed_parameter);
  SYMBOL(wildcard_import); SYMBOL(with_clause); SYMBOL(with_item); SYMBOL(with_statement);
#undef SYMBOL
#define FIELD(f) fld.f = field_named(#f)
  FIELD(alias); FIELD(alternative); FIELD(arguments); FIELD(attribute); FIELD(body);
  FIELD(condition); FIELD(consequence); FIELD(function); FIELD(left); FIELD(module_name);
  FIELD(name); FIELD(right); FIELD(subscript); FIELD(superclasses); FIELD(value);
#undef FIELD
}

/* A node on the path from the root to the node being visited. */
typedef struct {
  TSNode node;
  TSSymbol symbol;
  TSFieldId field; /* in its parent */
  /* For an except_clause: the cursor still looks for a value; the match without one is pending. */
  bool except_looking, except_pending;
} Frame;

typedef struct {
  TSTreeCursor cursor;
  Frame *path;
  size_t depth, capacity; /* path[depth] is the node being visited */
  const jint *ids;
  Ints *out;
  jint matches;
  bool ok;
} Walk;

static void capture(Walk *w, enum Pattern pattern, enum Capture capture, TSNode node) {
  w->ok = w->ok && ints_push(w->out, w->matches) && ints_push(w->out, (jint)pattern)
      && ints_push(w->out, w->ids[capture]) && ints_push(w->out, (jint)ts_node_start_byte(node))
      && ints_push(w->out, (jint)ts_node_end_byte(node)) && ints_push(w->out, (jint)ts_node_symbol(node));
}

static void end_match(Walk *w) { w->matches++; }

/* A match of two captures, in the order the query captures them. */
static void match2(Walk *w, enum Pattern pattern, enum Capture a, TSNode at_a, enum Capture b, TSNode at_b) {
  capture(w, pattern, a, at_a);
  capture(w, pattern, b, at_b);
  end_match(w);
}

/* A match of three captures, in the order the query captures them. */
static void match3(Walk *w, enum Pattern pattern, enum Capture a, TSNode at_a, enum Capture b, TSNode at_b,
                   enum Capture c, TSNode at_c) {
  capture(w, pattern, a, at_a);
  match2(w, pattern, b, at_b, c, at_c);
}

/* What a wildcard `(_)` matches: a named node that is not an error. */
static bool wildcard(TSNode node) {
  return !ts_node_is_null(node) && ts_node_is_named(node) && ts_node_symbol(node) != ts_builtin_sym_error;
}

static bool is(TSNode node, TSSymbol symbol) {
  return !ts_node_is_null(node) && ts_node_symbol(node) == symbol;
}

static TSNode field_child(TSNode node, TSFieldId field) {
  return ts_node_child_by_field_id(node, field);
}

/* `name: (aliased_import name: (dotted_name) @import.name alias: (identifier) @import.alias)` */
static void import_as(Walk *w, enum Pattern pattern, enum Capture root, const Frame *statement,
                      const Frame *aliased, TSNode alias) {
  TSNode name = field_child(aliased->node, fld.name);
  if (!is(name, py.dotted_name)) return;
  TSNode module = field_child(statement->node, fld.module_name);
  if (pattern == P_FROM_AS && !wildcard(module)) return;
  capture(w, pattern, root, statement->node);
  if (pattern == P_FROM_AS) capture(w, pattern, IMPORT_MODULE, module);
  match2(w, pattern, IMPORT_NAME, name, IMPORT_ALIAS, alias);
}

/* Patterns rooted three levels up: the runner, `if __name__ == "__main__": main()`. */
static void rooted_three_up(Walk *w, const Frame *n, const Frame *p, const Frame *g, const Frame *gg) {
  if (n->symbol != py.call || p->symbol != py.expression_statement || g->symbol != py.block
      || g->field != fld.consequence || gg->symbol != py.if_statement) return;
  /* `. (expression_statement …) .`: the block's first and last named child */
  if (ts_node_named_child_count(g->node) != 1) return;
  if (!ts_node_is_null(field_child(gg->node, fld.alternative))) return;
  TSNode condition = field_child(gg->node, fld.condition);
  if (!is(condition, py.comparison_operator)) return;
  match3(w, P_RUNNER, RUNNER, gg->node, RUNNER_CONDITION, condition, RUNNER_CALL, n->node);
}

static void single(Walk *w, enum Pattern pattern, enum Capture name, TSNode node) {
  capture(w, pattern, name, node);
  end_match(w);
}

/* Patterns rooted two levels up, by pattern index. */
static void rooted_two_up(Walk *w, const Frame *n, const Frame *p, const Frame *g) {
  TSSymbol s = n->symbol;
  if (s == py.identifier && n->field == fld.alias && p->symbol == py.aliased_import && p->field == fld.name) {
    if (g->symbol == py.import_statement) import_as(w, P_IMPORT_AS, IMPORT_PLAIN, g, p, n->node);
    else if (g->symbol == py.import_from_statement) import_as(w, P_FROM_AS, IMPORT_FROM, g, p, n->node);
    else if (g->symbol == py.future_import_statement) import_as(w, P_FUTURE_AS, IMPORT_FUTURE, g, p, n->node);
    return;
  }
  if ((s == py.identifier || s == py.attribute || s == py.subscript) && p->symbol == py.argument_list
      && p->field == fld.superclasses && g->symbol == py.class_definition) {
    match2(w, P_CLASS_BASE, CLASS_BASED, g->node, CLASS_BASE, n->node);
    return;
  }
  if (s == py.identifier && (p->symbol == py.list_splat_pattern || p->symbol == py.dictionary_splat_pattern)) {
    if (g->symbol == py.parameters) single(w, P_PARAMETERS_SPLAT, EXCLUDED, n->node);
    else if (g->symbol == py.lambda_parameters) single(w, P_LAMBDA_PARAMETERS_SPLAT, EXCLUDED, n->node);
    else if (g->symbol == py.typed_parameter) single(w, P_TYPED_PARAMETER_SPLAT, EXCLUDED, n->node);
    else if (p->symbol == py.list_splat_pattern) {
      if (g->symbol == py.pattern_list) single(w, P_PATTERN_LIST, BINDING, n->node);
      else if (g->symbol == py.tuple_pattern) single(w, P_TUPLE_PATTERN, BINDING, n->node);
      else if (g->symbol == py.list_pattern) single(w, P_LIST_PATTERN, BINDING, n->node);
    }
    return;
  }
  if (s == py.as_pattern_target && n->field == fld.alias && p->symbol == py.as_pattern
      && p->field == fld.value && g->symbol == py.except_clause) {
    single(w, P_EXCEPT_AS, UNBOUND, n->node);
  }
}

/*
 * `(with_statement (with_clause (with_item value: (call function: (_) @expect.function arguments:
 * (argument_list . (_) @expect.type)))) body: (block) @expect.body)`: one match per such item.
 */
static void expectations(Walk *w, const Frame *statement, TSNode body) {
  uint32_t count = ts_node_named_child_count(statement->node);
  for (uint32_t i = 0; i < count; i++) {
    TSNode clause = ts_node_named_child(statement->node, i);
    if (!is(clause, py.with_clause)) continue;
    uint32_t items = ts_node_named_child_count(clause);
    for (uint32_t j = 0; j < items; j++) {
      TSNode item = ts_node_named_child(clause, j);
      if (!is(item, py.with_item)) continue;
      TSNode call = field_child(item, fld.value);
      if (!is(call, py.call)) continue;
      TSNode function = field_child(call, fld.function);
      TSNode arguments = field_child(call, fld.arguments);
      if (!wildcard(function) || !is(arguments, py.argument_list)) continue;
      TSNode type = ts_node_named_child(arguments, 0);
      if (!wildcard(type)) continue;
      match3(w, P_EXPECT, EXPECT_FUNCTION, function, EXPECT_TYPE, type, EXPECT_BODY, body);
    }
    return; /* the pattern's one with_clause */
  }
}

/*
 * `(except_clause value: (_)? @except.value) @except`, at each child of the clause while the cursor
 * still looks for a value: a value ends the match without one; giving up reports it.
 */
static void except_child(Walk *w, Frame *clause, const Frame *n) {
  TSFieldId field;
  bool later, later_named, later_in_field;
  TSSymbol supertypes[8];
  unsigned supertype_count = 8;
  ts_tree_cursor_current_status(&w->cursor, &field, &later, &later_named, &later_in_field, supertypes,
                                &supertype_count);
  bool may_look_on = later;
  bool found = false;
  if (field == fld.value) {
    if (!later_in_field) may_look_on = false;
    found = wildcard(n->node);
  }
  if (found) {
    match2(w, P_EXCEPT, EXCEPT, clause->node, EXCEPT_VALUE, n->node);
    clause->except_pending = false;
  } else if (!may_look_on && clause->except_pending) {
    single(w, P_EXCEPT, EXCEPT, clause->node);
    clause->except_pending = false;
  }
  if (!may_look_on) clause->except_looking = false;
}

/* `(PARENT field: (NODE) @capture)` and `(PARENT (NODE) @capture)` (any field when field is 0). */
static bool child_of(const Frame *n, const Frame *p, TSSymbol parent, TSFieldId field, TSSymbol node) {
  return p->symbol == parent && n->symbol == node && (field == 0 || n->field == field);
}

/* Patterns rooted at the parent, in pattern order. */
static void rooted_one_up(Walk *w, const Frame *n, Frame *p) {
  TSSymbol s = n->symbol, parent = p->symbol;
  TSFieldId field = n->field;
  TSNode other;
  if (child_of(n, p, py.import_statement, fld.name, py.dotted_name)) {
    match2(w, P_IMPORT, IMPORT_PLAIN, p->node, IMPORT_NAME, n->node);
  }
  if (parent == py.import_from_statement && ((s == py.dotted_name && field == fld.name) || s == py.wildcard_import)
      && wildcard(other = field_child(p->node, fld.module_name))) {
    enum Pattern pattern = s == py.dotted_name ? P_FROM : P_FROM_STAR;
    capture(w, pattern, IMPORT_FROM, p->node);
    capture(w, pattern, IMPORT_MODULE, other);
    if (pattern == P_FROM) capture(w, pattern, IMPORT_NAME, n->node);
    end_match(w);
  }
  if (child_of(n, p, py.future_import_statement, fld.name, py.dotted_name)) {
    match2(w, P_FUTURE, IMPORT_FUTURE, p->node, IMPORT_NAME, n->node);
  }
  if (child_of(n, p, py.class_definition, fld.name, py.identifier)) {
    match2(w, P_CLASS, CLASS, p->node, CLASS_NAME, n->node);
  }
  if (child_of(n, p, py.function_definition, fld.name, py.identifier)) {
    match2(w, P_FUNCTION, FUNCTION, p->node, FUNCTION_NAME, n->node);
  }
  if (child_of(n, p, py.attribute, fld.attribute, py.identifier)) single(w, P_ATTRIBUTE_NAME, ATTRIBUTE_NAME, n->node);
  if (parent == py.call && field == fld.arguments && wildcard(n->node)
      && wildcard(other = field_child(p->node, fld.function))) {
    match3(w, P_CALL, CALL, p->node, CALL_FUNCTION, other, CALL_ARGUMENTS, n->node);
  }
  if (parent == py.subscript && field == fld.subscript && wildcard(n->node)
      && wildcard(other = field_child(p->node, fld.value))) {
    match3(w, P_SUBSCRIPT, SUBSCRIPT, p->node, SUBSCRIPT_VALUE, other, SUBSCRIPT_INDEX, n->node);
  }
  if (s == py.identifier) {
    if (child_of(n, p, py.keyword_argument, fld.name, s)) single(w, P_KEYWORD_ARGUMENT, EXCLUDED, n->node);
    if (parent == py.parameters) single(w, P_PARAMETERS, EXCLUDED, n->node);
    if (parent == py.lambda_parameters) single(w, P_LAMBDA_PARAMETERS, EXCLUDED, n->node);
    if (child_of(n, p, py.default_parameter, fld.name, s)) single(w, P_DEFAULT_PARAMETER, EXCLUDED, n->node);
    if (child_of(n, p, py.typed_default_parameter, fld.name, s)) single(w, P_TYPED_DEFAULT_PARAMETER, EXCLUDED, n->node);
    if (parent == py.typed_parameter) single(w, P_TYPED_PARAMETER, EXCLUDED, n->node);
    if (child_of(n, p, py.assignment, fld.left, s)) single(w, P_ASSIGNMENT, BINDING, n->node);
  }
  if (parent == py.assignment && field == fld.right
      && (s == py.identifier || s == py.attribute || s == py.parenthesized_expression)
      && is(other = field_child(p->node, fld.left), py.identifier)) {
    match3(w, P_ALIAS, ALIAS, p->node, ALIAS_NAME, other, ALIAS_VALUE, n->node);
  }
  if (s == py.identifier) {
    if (child_of(n, p, py.augmented_assignment, fld.left, s)) single(w, P_AUGMENTED, BINDING, n->node);
    if (parent == py.pattern_list) single(w, P_PATTERN_LIST, BINDING, n->node);
    if (parent == py.tuple_pattern) single(w, P_TUPLE_PATTERN, BINDING, n->node);
    if (parent == py.list_pattern) single(w, P_LIST_PATTERN, BINDING, n->node);
    if (child_of(n, p, py.for_statement, fld.left, s)) single(w, P_FOR, BINDING, n->node);
    if (parent == py.as_pattern_target) single(w, P_AS_PATTERN_TARGET, BINDING, n->node);
    if (child_of(n, p, py.named_expression, fld.name, s)) single(w, P_NAMED_EXPRESSION, BINDING, n->node);
  }
  if (parent == py.for_in_clause && field == fld.left && wildcard(n->node)) single(w, P_FOR_IN, UNBOUND, n->node);
  if (child_of(n, p, py.assignment, fld.left, py.subscript)) single(w, P_STORE_ASSIGNMENT, STORE, n->node);
  if (child_of(n, p, py.augmented_assignment, fld.left, py.subscript)) single(w, P_STORE_AUGMENTED, STORE, n->node);
  if (child_of(n, p, py.delete_statement, 0, py.subscript)) single(w, P_STORE_DELETE, STORE, n->node);
  if (child_of(n, p, py.try_statement, fld.body, py.block)) {
    match2(w, P_TRY, TRY, p->node, TRY_BODY, n->node);
  }
  if (child_of(n, p, py.with_statement, fld.body, py.block)) expectations(w, p, n->node);
  if (parent == py.except_clause && p->except_looking) except_child(w, p, n);
}

/* Patterns rooted at the node itself. */
static void rooted_here(Walk *w, Frame *n) {
  TSSymbol s = n->symbol;
  if (s == py.identifier) single(w, P_IDENTIFIER, IDENTIFIER, n->node);
  else if (s == py.attribute) single(w, P_ATTRIBUTE, ATTRIBUTE, n->node);
  else if (s == py.comment) single(w, P_COMMENT, COMMENT, n->node);
  else if (s == ts_builtin_sym_error) single(w, P_ERROR, ERROR_NODE, n->node);
  if (ts_node_is_missing(n->node)) single(w, P_MISSING, MISSING, n->node);
  if (s == py.except_clause) n->except_looking = n->except_pending = true;
}

static void visit(Walk *w) {
  Frame *path = w->path;
  size_t d = w->depth;
  if (d >= 3) rooted_three_up(w, &path[d], &path[d - 1], &path[d - 2], &path[d - 3]);
  if (d >= 2) rooted_two_up(w, &path[d], &path[d - 1], &path[d - 2]);
  if (d >= 1) rooted_one_up(w, &path[d], &path[d - 1]);
  rooted_here(w, &path[d]);
}

/* Makes the cursor's node path[depth]; false when out of memory. */
static bool enter(Walk *w, size_t depth) {
  if (depth == w->capacity) {
    size_t capacity = w->capacity ? w->capacity * 2 : 64;
    Frame *grown = realloc(w->path, capacity * sizeof(Frame));
    if (grown == NULL) return false;
    w->path = grown;
    w->capacity = capacity;
  }
  Frame *frame = &w->path[depth];
  frame->node = ts_tree_cursor_current_node(&w->cursor);
  frame->symbol = ts_node_symbol(frame->node);
  frame->field = depth == 0 ? 0 : ts_tree_cursor_current_field_id(&w->cursor);
  frame->except_looking = frame->except_pending = false;
  w->depth = depth;
  return true;
}

jint ssot_python_walk(const TSTree *tree, const jint *captures, Ints *out) {
  pthread_once(&resolved, resolve);
  Walk w = {.cursor = ts_tree_cursor_new(ts_tree_root_node(tree)), .ids = captures, .out = out, .ok = true};
  w.ok = enter(&w, 0);
  if (w.ok) visit(&w);
  while (w.ok) {
    if (ts_tree_cursor_goto_first_child(&w.cursor)) {
      w.ok = enter(&w, w.depth + 1);
    } else {
      while (!ts_tree_cursor_goto_next_sibling(&w.cursor)) {
        if (!ts_tree_cursor_goto_parent(&w.cursor)) goto done;
        w.depth--;
      }
      w.ok = enter(&w, w.depth);
    }
    if (w.ok) visit(&w);
  }
done:
  ts_tree_cursor_delete(&w.cursor);
  free(w.path);
  return w.ok ? w.matches : -1;
}

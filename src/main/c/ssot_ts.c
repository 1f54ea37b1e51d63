/*
 * JNI glue of ssot-gardener: parse one UTF-8 text and gather its matches, by one compiled
 * tree-sitter query or by the grammar's hand-written walk of the same query (ssot_python_walk.c),
 * returning every capture in one int array, so a file costs one crossing from Java, not one per
 * node. The tree never leaves this file: it is freed before the call returns.
 */
#include <jni.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

#include "ssot_ts.h"

const TSLanguage *tree_sitter_python(void);
const TSLanguage *tree_sitter_java(void);

/* Languages by the ids of dev.ssotgardener.lang.treesitter.NativeTreeSitter.Grammar. */
static const TSLanguage *language_of(jint id) {
  switch (id) {
    case 0: return tree_sitter_python();
    case 1: return tree_sitter_java();
    default: return NULL;
  }
}

/*
 * A bump arena per thread for everything tree-sitter allocates while one text is parsed and
 * queried, dropped whole when the call ends. Parsing frees and allocates small blocks all the time
 * and freeing a tree walks every node: the C heap's share and that walk were ~10% of a cold audit.
 * A freed block is not reused until the call ends, so the arena holds every byte allocated during
 * a parse (~30x the text): texts over ARENA_MAX_TEXT use the C heap as before. Outside a call (a
 * query's compilation) tree-sitter uses the C heap.
 */
#define ARENA_MAX_TEXT (1 << 20)
#define ARENA_CHUNK ((size_t)1 << 20)
#define BLOCK_HEADER 16 /* the block's size, padded to keep blocks 16-byte aligned */

typedef struct Chunk {
  struct Chunk *next;
  size_t used, capacity;
  _Alignas(16) char data[];
} Chunk;

static __thread Chunk *arena; /* newest chunk first; the oldest is kept between calls */
static __thread int arena_on;
static pthread_key_t arena_key;
static pthread_once_t arena_once = PTHREAD_ONCE_INIT;

/* As tree-sitter's own allocators: it cannot go on without the memory it asked for. */
static void *or_abort(void *block, size_t size) {
  if (block == NULL && size > 0) {
    fprintf(stderr, "tree-sitter failed to allocate %zu bytes\n", size);
    abort();
  }
  return block;
}

static void *arena_malloc(size_t size) {
  if (!arena_on) return or_abort(malloc(size), size);
  size_t need = BLOCK_HEADER + ((size + 15) & ~(size_t)15);
  if (arena == NULL || arena->used + need > arena->capacity) {
    size_t capacity = need > ARENA_CHUNK ? need : ARENA_CHUNK;
    Chunk *chunk = or_abort(malloc(sizeof(Chunk) + capacity), capacity);
    if (arena == NULL) pthread_setspecific(arena_key, chunk);
    chunk->next = arena;
    chunk->used = 0;
    chunk->capacity = capacity;
    arena = chunk;
  }
  char *block = arena->data + arena->used + BLOCK_HEADER;
  ((size_t *)block)[-1] = need - BLOCK_HEADER; /* what the block holds, at least size */
  arena->used += need;
  return block;
}

static void *arena_calloc(size_t count, size_t size) {
  if (!arena_on) return or_abort(calloc(count, size), count * size);
  void *block = arena_malloc(count * size);
  memset(block, 0, count * size);
  return block;
}

static int in_arena(const void *block) {
  for (Chunk *chunk = arena; chunk != NULL; chunk = chunk->next) {
    if ((const char *)block >= chunk->data && (const char *)block < chunk->data + chunk->capacity) return 1;
  }
  return 0;
}

static void *arena_realloc(void *block, size_t size) {
  if (!arena_on || (block != NULL && !in_arena(block))) return or_abort(realloc(block, size), size);
  if (block == NULL) return arena_malloc(size);
  size_t held = ((size_t *)block)[-1];
  if (size <= held) return block;
  /*
   * tree-sitter's array_insert reserves the exact new size, so an array can grow one element at a
   * time, and the arena never reuses the block left behind: grow at least twofold, or the query
   * cursor's states in a deeply nested tree (one per pattern and level) take memory quadratic in
   * their number (a 40,000-level Java file took gigabytes).
   */
  void *grown = arena_malloc(size > 2 * held ? size : 2 * held);
  memcpy(grown, block, held);
  return grown;
}

/* During a call every block tree-sitter frees is the arena's: the call's parser made them all. */
static void arena_free(void *block) {
  if (!arena_on) free(block);
}

/* Keeps the oldest chunk for the thread's next call; a thread's end frees it. */
static void arena_reset(void) {
  while (arena != NULL && arena->next != NULL) {
    Chunk *next = arena->next;
    free(arena);
    arena = next;
  }
  if (arena != NULL) arena->used = 0;
  arena_on = 0;
}

static void arena_thread_end(void *chunk) { free(chunk); }

static void arena_install(void) {
  pthread_key_create(&arena_key, arena_thread_end);
  ts_set_allocator(arena_malloc, arena_calloc, arena_realloc, arena_free);
}

/* A grammar's hand-written walk of its query (ssot_ts.h), by the ids of language_of; NULL if none. */
typedef jint (*Walker)(const TSTree *tree, const jint *captures, Ints *out);

static Walker walker_of(jint id, const char *const **captures) {
  switch (id) {
    case 0: *captures = SSOT_PYTHON_WALK_CAPTURES; return ssot_python_walk;
    default: return NULL;
  }
}

static jsize count_of(const char *const *names) {
  jsize count = 0;
  while (names[count] != NULL) count++;
  return count;
}

/* Throws IllegalArgumentException with the message; returns NULL for convenience. */
static void *fail(JNIEnv *env, const char *message) {
  jclass type = (*env)->FindClass(env, "java/lang/IllegalArgumentException");
  if (type != NULL) (*env)->ThrowNew(env, type, message);
  return NULL;
}

JNIEXPORT jlong JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_compile(
    JNIEnv *env, jclass cls, jint language_id, jbyteArray source) {
  (void)cls;
  const TSLanguage *language = language_of(language_id);
  if (language == NULL) return (jlong)(intptr_t)fail(env, "unknown language");
  pthread_once(&arena_once, arena_install);
  jsize length = (*env)->GetArrayLength(env, source);
  jbyte *bytes = (*env)->GetByteArrayElements(env, source, NULL);
  uint32_t error_offset = 0;
  TSQueryError error = TSQueryErrorNone;
  TSQuery *query = ts_query_new(language, (const char *)bytes, (uint32_t)length, &error_offset, &error);
  (*env)->ReleaseByteArrayElements(env, source, bytes, JNI_ABORT);
  if (query == NULL) {
    char message[96];
    snprintf(message, sizeof message, "query error %d at byte %u", (int)error, error_offset);
    return (jlong)(intptr_t)fail(env, message);
  }
  return (jlong)(intptr_t)query;
}

JNIEXPORT void JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_free(
    JNIEnv *env, jclass cls, jlong query) {
  (void)env; (void)cls;
  ts_query_delete((TSQuery *)(intptr_t)query);
}

JNIEXPORT jobjectArray JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_captureNames(
    JNIEnv *env, jclass cls, jlong handle) {
  (void)cls;
  const TSQuery *query = (const TSQuery *)(intptr_t)handle;
  uint32_t count = ts_query_capture_count(query);
  jobjectArray names = (*env)->NewObjectArray(env, (jsize)count, (*env)->FindClass(env, "java/lang/String"), NULL);
  for (uint32_t i = 0; i < count && names != NULL; i++) {
    uint32_t length = 0;
    const char *name = ts_query_capture_name_for_id(query, i, &length);
    char *copy = malloc(length + 1);
    memcpy(copy, name, length);
    copy[length] = 0;
    (*env)->SetObjectArrayElement(env, names, (jsize)i, (*env)->NewStringUTF(env, copy));
    free(copy);
  }
  return names;
}

JNIEXPORT jstring JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_symbolName(
    JNIEnv *env, jclass cls, jint language_id, jint symbol) {
  (void)cls;
  const TSLanguage *language = language_of(language_id);
  const char *name = language == NULL ? NULL : ts_language_symbol_name(language, (TSSymbol)symbol);
  return (*env)->NewStringUTF(env, name == NULL ? "" : name);
}

/* Appends every capture of `query` over `tree`; the number of matches, or -1 when out of memory. */
static jint query_matches(const TSQuery *query, const TSTree *tree, Ints *out) {
  TSQueryCursor *cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, query, ts_tree_root_node(tree));
  TSQueryMatch match;
  jint matches = 0;
  int ok = 1;
  while (ok && ts_query_cursor_next_match(cursor, &match)) {
    for (uint16_t i = 0; ok && i < match.capture_count; i++) {
      TSNode node = match.captures[i].node;
      ok = ints_push(out, matches) && ints_push(out, match.pattern_index)
          && ints_push(out, (jint)match.captures[i].index) && ints_push(out, (jint)ts_node_start_byte(node))
          && ints_push(out, (jint)ts_node_end_byte(node)) && ints_push(out, (jint)ts_node_symbol(node));
    }
    matches++;
  }
  ts_query_cursor_delete(cursor);
  return ok ? matches : -1;
}

/*
 * Parses `text` and gathers its matches, by `query` or (query NULL) by the grammar's hand-written
 * walk with `captures` as capture ids. Layout: [flags, matches, then per capture: match, pattern,
 * capture, startByte, endByte, symbol]. flags bit 0: the tree has an error; bit 1: the parse was
 * cut short (no tree).
 */
static jintArray parse_and_match(JNIEnv *env, jint language_id, const TSQuery *query, jintArray captures,
                                 jbyteArray text) {
  const TSLanguage *language = language_of(language_id);
  if (language == NULL) return fail(env, "unknown language");
  jint ids[64];
  const char *const *names = NULL;
  Walker walker = query == NULL ? walker_of(language_id, &names) : NULL;
  if (query == NULL) {
    jsize count = (*env)->GetArrayLength(env, captures);
    if (walker == NULL || count != count_of(names) || count > 64) return fail(env, "no such walk");
    (*env)->GetIntArrayRegion(env, captures, 0, count, ids);
  }
  jsize length = (*env)->GetArrayLength(env, text);
  char *bytes = malloc(length > 0 ? (size_t)length : 1);
  if (bytes == NULL) return fail(env, "out of memory");
  (*env)->GetByteArrayRegion(env, text, 0, length, (jbyte *)bytes);

  arena_on = length <= ARENA_MAX_TEXT;
  TSParser *parser = ts_parser_new();
  ts_parser_set_language(parser, language);
  TSTree *tree = ts_parser_parse_string_encoding(parser, NULL, bytes, (uint32_t)length, TSInputEncodingUTF8);
  Ints out = {0};
  int ok = ints_push(&out, 0) && ints_push(&out, 0);
  if (tree == NULL) {
    if (ok) out.data[0] = 2;
  } else {
    if (ok) out.data[0] = ts_node_has_error(ts_tree_root_node(tree)) ? 1 : 0;
    jint matches = !ok ? -1 : query != NULL ? query_matches(query, tree, &out) : walker(tree, ids, &out);
    ok = matches >= 0;
    if (ok) out.data[1] = matches;
    if (!arena_on) ts_tree_delete(tree); /* an arena's tree goes with the arena */
  }
  ts_parser_delete(parser);
  arena_reset();
  free(bytes);
  if (!ok) {
    free(out.data);
    return fail(env, "out of memory");
  }
  jintArray result = (*env)->NewIntArray(env, (jsize)out.size);
  if (result != NULL) (*env)->SetIntArrayRegion(env, result, 0, (jsize)out.size, out.data);
  free(out.data);
  return result;
}

JNIEXPORT jintArray JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_run(
    JNIEnv *env, jclass cls, jint language_id, jlong handle, jbyteArray text) {
  (void)cls;
  return parse_and_match(env, language_id, (const TSQuery *)(intptr_t)handle, NULL, text);
}

JNIEXPORT jintArray JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_walk(
    JNIEnv *env, jclass cls, jint language_id, jintArray captures, jbyteArray text) {
  (void)cls;
  return parse_and_match(env, language_id, NULL, captures, text);
}

/* The captures a grammar's walk emits, in the order walk wants their ids; NULL when it has none. */
JNIEXPORT jobjectArray JNICALL Java_dev_ssotgardener_lang_treesitter_NativeTreeSitter_walkCaptureNames(
    JNIEnv *env, jclass cls, jint language_id) {
  (void)cls;
  const char *const *captures = NULL;
  if (walker_of(language_id, &captures) == NULL) return NULL;
  jsize count = count_of(captures);
  jobjectArray names = (*env)->NewObjectArray(env, count, (*env)->FindClass(env, "java/lang/String"), NULL);
  for (jsize i = 0; i < count && names != NULL; i++) {
    (*env)->SetObjectArrayElement(env, names, i, (*env)->NewStringUTF(env, captures[i]));
  }
  return names;
}

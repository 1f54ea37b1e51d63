/*
 * What the JNI glue of ssot_ts.c shares with the hand-written tree walks (ssot_python_walk.c): the
 * growable int buffer every result is written to, and the walks themselves.
 */
#ifndef SSOT_TS_H
#define SSOT_TS_H

#include <jni.h>
#include <stddef.h>
#include <stdlib.h>
#include <tree_sitter/api.h>

/* A growable int buffer; NULL data after a failed allocation. */
typedef struct { jint *data; size_t size, capacity; } Ints;

static inline int ints_push(Ints *out, jint value) {
  if (out->size == out->capacity) {
    size_t capacity = out->capacity ? out->capacity * 2 : 4096;
    jint *grown = realloc(out->data, capacity * sizeof(jint));
    if (grown == NULL) return 0;
    out->data = grown;
    out->capacity = capacity;
  }
  out->data[out->size++] = value;
  return 1;
}

/*
 * The names of the captures the Python walk emits, in the order of the capture ids it is given:
 * NULL-terminated.
 */
extern const char *const SSOT_PYTHON_WALK_CAPTURES[];

/*
 * Appends to `out`, in the layout of ssot_ts.c's run (match, pattern, capture, start, end, symbol
 * per capture), exactly the matches PythonQuery's query finds in `tree`, in the query cursor's
 * order; `captures[i]` is the query's id of SSOT_PYTHON_WALK_CAPTURES[i]. Returns the number of
 * matches, or -1 when out of memory.
 */
jint ssot_python_walk(const TSTree *tree, const jint *captures, Ints *out);

#endif

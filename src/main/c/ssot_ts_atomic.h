/*
 * Forced into the tree-sitter core's compile (build.sh) in place of its atomic.h, whose include
 * guard this takes. tree-sitter counts references to subtrees with locked instructions so that a
 * tree may be shared between threads; ours never is: a parse, its tree and its walk or query stay
 * in one JNI call on one thread (ssot_ts.c). Plain counts spare a locked instruction per retain
 * and release. Kept to the signatures of tree-sitter 0.25's atomic.h.
 */
#ifndef TREE_SITTER_ATOMIC_H_
#define TREE_SITTER_ATOMIC_H_

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

static inline size_t atomic_load(const volatile size_t *p) { return *p; }

static inline uint32_t atomic_inc(volatile uint32_t *p) { return ++*p; }

static inline uint32_t atomic_dec(volatile uint32_t *p) { return --*p; }

#endif

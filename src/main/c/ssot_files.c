/*
 * JNI glue of ssot-gardener: read one file and probe its bytes in one call, for an audit that needs
 * most files only to learn that nothing in them needs decoding (README, "Which checks cost a
 * parse"). The probes mirror the Java ones that stand in when this library is absent, and
 * NativeFileProbeTest holds them to the same answers: the UTF-16 byte order marks and the NUL probe
 * of dev.ssotgardener.workspace.SourceReader, ConflictScanner.mayHaveMarker, and a substring.
 */
#define _GNU_SOURCE /* memmem */
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The result bits of probe, as dev.ssotgardener.nativelib.NativeFileProbe names them. */
enum { UTF16 = 1, NUL = 2, MARKER = 4, NEEDLE = 8 };
/* SourceReader calls a file binary when its first 8 KiB hold a NUL byte. */
enum { BINARY_PROBE = 8 * 1024, MARKER_LENGTH = 7 };
/* Each thread keeps a buffer up to this size; a larger file gets one of its own for the call. */
enum { KEPT = 1 << 20 };

static __thread char *kept;
static __thread size_t kept_size;

/* As ConflictScanner.mayHaveMarker: a line starting with seven '<', '>' or '|'. Every run of seven
 * equal bytes covers exactly one index divisible by seven, so only those are probed. */
static int may_have_marker(const unsigned char *b, size_t n) {
  size_t first = n >= 3 && b[0] == 0xEF && b[1] == 0xBB ? 3 : 0;
  for (size_t i = 0; i < n; i += MARKER_LENGTH) {
    unsigned char c = b[i];
    if (c != '<' && c != '>' && c != '|') continue;
    size_t start = i;
    while (start > 0 && b[start - 1] == c) start--;
    size_t end = i + 1;
    while (end < n && b[end] == c) end++;
    int line_start = start <= first || b[start - 1] == '\n' || b[start - 1] == '\r';
    if (end - start >= MARKER_LENGTH && line_start) return 1;
  }
  return 0;
}

/* Reads the whole of fd into *buffer (of *size bytes, grown as needed); -1 on an error. A file
 * that grew since it was listed is still read whole. */
static long read_all(int fd, char **buffer, size_t *size, int owned) {
  size_t length = 0;
  for (;;) {
    if (length == *size) {
      size_t larger = *size * 2;
      char *grown = realloc(owned ? *buffer : NULL, larger);
      if (grown == NULL) return -1;
      if (!owned) memcpy(grown, *buffer, length);
      *buffer = grown;
      *size = larger;
      owned = 1;
    }
    ssize_t got = read(fd, *buffer + length, *size - length);
    if (got == 0) return (long)length;
    if (got < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    length += (size_t)got;
  }
}

/*
 * Reads the file at path (bytes in the platform's file name encoding, no NUL) expected to hold
 * listed_size bytes, and returns the probe bits, or -1 when it cannot be opened or read (the
 * caller reads it again in Java, for the error's own words). needle, if not empty, is looked for
 * anywhere in the file.
 */
JNIEXPORT jint JNICALL Java_dev_ssotgardener_nativelib_NativeFileProbe_probe(
    JNIEnv *env, jclass cls, jbyteArray path, jlong listed_size, jbyteArray needle) {
  (void)cls;
  jsize path_length = (*env)->GetArrayLength(env, path);
  char *name = malloc((size_t)path_length + 1);
  if (name == NULL) return -1;
  (*env)->GetByteArrayRegion(env, path, 0, path_length, (jbyte *)name);
  name[path_length] = '\0';
  int fd = open(name, O_RDONLY | O_CLOEXEC);
  free(name);
  if (fd < 0) return -1;

  /* One byte more than the size, so that reaching the end needs no larger buffer. */
  size_t wanted = listed_size < 0 ? 1 : (size_t)listed_size + 1;
  char *buffer;
  size_t size;
  int own = wanted > KEPT;
  if (own) {
    size = wanted;
    buffer = malloc(size);
  } else {
    if (kept == NULL) {
      kept = malloc(KEPT);
      kept_size = kept == NULL ? 0 : KEPT;
    }
    buffer = kept;
    size = kept_size;
  }
  long length = buffer == NULL ? -1 : read_all(fd, &buffer, &size, own);
  close(fd);
  /* read_all may have moved a kept buffer into one of the call's own. */
  int owned = own || buffer != kept;
  if (length < 0) {
    if (owned) free(buffer);
    return -1;
  }

  const unsigned char *b = (const unsigned char *)buffer;
  size_t n = (size_t)length;
  jint bits = 0;
  if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) bits |= UTF16;
  if (memchr(b, 0, n < BINARY_PROBE ? n : BINARY_PROBE) != NULL) bits |= NUL;
  if (may_have_marker(b, n)) bits |= MARKER;
  jsize needle_length = (*env)->GetArrayLength(env, needle);
  if (needle_length > 0) {
    jbyte *wanted_bytes = (*env)->GetByteArrayElements(env, needle, NULL);
    if (wanted_bytes == NULL) bits = -1;
    else {
      if (memmem(b, n, wanted_bytes, (size_t)needle_length) != NULL) bits |= NEEDLE;
      (*env)->ReleaseByteArrayElements(env, needle, wanted_bytes, JNI_ABORT);
    }
  }
  if (owned) free(buffer);
  return bits;
}

/*
 * JNI glue of ssot-gardener for files and folders.
 *
 * probe reads one file and probes its bytes in one call, for an audit that needs most files only
 * to learn that nothing in them needs decoding (README, "Which checks cost a parse"); read reads
 * one into a Java array with the same probes, so that the decoding of an ASCII file is one copy. The probes
 * mirror the Java ones that stand in when this library is absent, and ProbedReaderTest holds them
 * to the same answers: the UTF-16 byte order marks and the NUL probe of
 * dev.ssotgardener.workspace.SourceReader, ConflictScanner.mayHaveMarker, and a substring.
 *
 * list lists one folder with what the file walker needs of each entry, taking the type from the
 * listing itself and asking the kernel about a regular file relative to the open folder: a folder
 * costs no stat per subfolder and no path lookup from the root per file.
 */
#define _GNU_SOURCE /* memmem */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The result bits of probe, as dev.ssotgardener.nativelib.NativeFileProbe names them. */
enum { UTF16 = 1, NUL = 2, MARKER = 4, NEEDLE = 8, ASCII = 16 };
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

/* A JNI byte array as a NUL-terminated string (a path: bytes in the platform's file name
 * encoding, no NUL); NULL when out of memory. */
static char *path_of(JNIEnv *env, jbyteArray path) {
  jsize length = (*env)->GetArrayLength(env, path);
  char *name = malloc((size_t)length + 1);
  if (name == NULL) return NULL;
  (*env)->GetByteArrayRegion(env, path, 0, length, (jbyte *)name);
  name[length] = '\0';
  return name;
}

/* A whole file's bytes: in the thread's kept buffer, or in one of the call's own (owned). */
typedef struct {
  char *data;
  long length;
  int owned;
} Contents;

static void contents_free(Contents *contents) {
  if (contents->owned) free(contents->data);
}

/*
 * Reads the file at path (a JNI byte array as path_of takes) expected to hold expected_size
 * bytes; length -1 when it cannot be opened or read (the caller reads it again in Java, for the
 * error's own words).
 */
static Contents read_file(JNIEnv *env, jbyteArray path, jlong expected_size) {
  Contents contents = {NULL, -1, 0};
  char *name = path_of(env, path);
  if (name == NULL) return contents;
  int fd = open(name, O_RDONLY | O_CLOEXEC);
  free(name);
  if (fd < 0) return contents;

  /* One byte more than the size, so that reaching the end needs no larger buffer. */
  size_t wanted = expected_size < 0 ? 1 : (size_t)expected_size + 1;
  size_t size;
  int own = wanted > KEPT;
  if (own) {
    size = wanted;
    contents.data = malloc(size);
  } else {
    if (kept == NULL) {
      kept = malloc(KEPT);
      kept_size = kept == NULL ? 0 : KEPT;
    }
    contents.data = kept;
    size = kept_size;
  }
  contents.length = contents.data == NULL ? -1 : read_all(fd, &contents.data, &size, own);
  close(fd);
  /* read_all may have moved a kept buffer into one of the call's own. */
  contents.owned = contents.data != NULL && (own || contents.data != kept);
  if (contents.length < 0) {
    contents_free(&contents);
    contents.owned = 0;
  }
  return contents;
}

/* The probe bits every read gives: UTF16, NUL, MARKER and ASCII. */
static jint probe_bits(const unsigned char *b, size_t n) {
  jint bits = 0;
  if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) bits |= UTF16;
  if (memchr(b, 0, n < BINARY_PROBE ? n : BINARY_PROBE) != NULL) bits |= NUL;
  if (may_have_marker(b, n)) bits |= MARKER;
  unsigned char high = 0;
  for (size_t i = 0; i < n; i++) high |= b[i]; /* vectorized by the compiler */
  if (high < 0x80) bits |= ASCII;
  return bits;
}

/*
 * Reads the file at path expected to hold listed_size bytes, and returns the probe bits, or -1
 * when it cannot be read here. needle, if not empty, is looked for anywhere in the file.
 */
JNIEXPORT jint JNICALL Java_dev_ssotgardener_nativelib_NativeFileProbe_probe(
    JNIEnv *env, jclass cls, jbyteArray path, jlong listed_size, jbyteArray needle) {
  (void)cls;
  Contents contents = read_file(env, path, listed_size);
  if (contents.length < 0) return -1;
  const unsigned char *b = (const unsigned char *)contents.data;
  size_t n = (size_t)contents.length;
  jint bits = probe_bits(b, n);
  jsize needle_length = (*env)->GetArrayLength(env, needle);
  if (needle_length > 0) {
    jbyte *wanted_bytes = (*env)->GetByteArrayElements(env, needle, NULL);
    if (wanted_bytes == NULL) bits = -1;
    else {
      if (memmem(b, n, wanted_bytes, (size_t)needle_length) != NULL) bits |= NEEDLE;
      (*env)->ReleaseByteArrayElements(env, needle, wanted_bytes, JNI_ABORT);
    }
  }
  contents_free(&contents);
  return bits;
}

/*
 * Reads the file at path whole into `into` when it fits, and returns its length shifted left by
 * 8 bits with the probe bits below; -1 when it cannot be read here. A file longer than `into` (it
 * grew since the listing) is not copied: the length says how large an array it needs.
 */
JNIEXPORT jlong JNICALL Java_dev_ssotgardener_nativelib_NativeFileProbe_read(
    JNIEnv *env, jclass cls, jbyteArray path, jbyteArray into) {
  (void)cls;
  jsize capacity = (*env)->GetArrayLength(env, into);
  Contents contents = read_file(env, path, capacity > 0 ? capacity - 1 : 0);
  if (contents.length < 0) return -1;
  jint bits = probe_bits((const unsigned char *)contents.data, (size_t)contents.length);
  if (contents.length <= capacity) {
    (*env)->SetByteArrayRegion(env, into, 0, (jsize)contents.length, (jbyte *)contents.data);
  }
  jlong result = (jlong)contents.length << 8 | bits;
  contents_free(&contents);
  return result;
}

/* The kinds of list's entries, as dev.ssotgardener.nativelib.NativeDirectory names them. */
enum { KIND_FILE = 0, KIND_DIRECTORY = 1, KIND_LINK = 2, KIND_UNKNOWN = 4 };
/* An entry: kind (1 byte), readable (1), size (8), modified nanoseconds (8), name length (2), name. */
enum { ENTRY_HEADER = 20 };

typedef struct {
  unsigned char *data;
  size_t size, capacity;
} Bytes;

static int bytes_reserve(Bytes *bytes, size_t more) {
  if (bytes->size + more <= bytes->capacity) return 1;
  size_t capacity = bytes->capacity < 4096 ? 4096 : bytes->capacity;
  while (capacity < bytes->size + more) capacity *= 2;
  unsigned char *grown = realloc(bytes->data, capacity);
  if (grown == NULL) return 0;
  bytes->data = grown;
  bytes->capacity = capacity;
  return 1;
}

static void put_long(unsigned char *at, int64_t value) {
  for (int i = 0; i < 8; i++) at[i] = (unsigned char)((uint64_t)value >> (8 * i));
}

/* Appends one entry; 0 when out of memory. */
static int add_entry(Bytes *out, int dir_fd, const struct dirent *entry) {
  size_t length = strlen(entry->d_name);
  if (length > 0xFFFF || !bytes_reserve(out, ENTRY_HEADER + length)) return 0;
  int kind;
  int readable = 0;
  int64_t size = 0, modified = 0;
  switch (entry->d_type) {
    case DT_DIR: kind = KIND_DIRECTORY; break;
    case DT_LNK: kind = KIND_LINK; break;
    case DT_REG:
    case DT_UNKNOWN: {
      /* The type is the stat's: the entry may have been replaced since the listing was read. An
       * entry the stat fails on is left to the caller, which says why in its words. */
      struct stat st;
      if (fstatat(dir_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) kind = KIND_UNKNOWN;
      else if (S_ISDIR(st.st_mode)) kind = KIND_DIRECTORY;
      else if (S_ISLNK(st.st_mode)) kind = KIND_LINK;
      else if (!S_ISREG(st.st_mode)) return 1; /* sockets, devices and pipes are not listed */
      else {
        kind = KIND_FILE;
        size = (int64_t)st.st_size;
        modified = (int64_t)st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
        readable = faccessat(dir_fd, entry->d_name, R_OK, 0) == 0;
      }
      break;
    }
    default: return 1;
  }
  unsigned char *at = out->data + out->size;
  at[0] = (unsigned char)kind;
  at[1] = (unsigned char)readable;
  put_long(at + 2, size);
  put_long(at + 10, modified);
  at[18] = (unsigned char)(length & 0xFF);
  at[19] = (unsigned char)(length >> 8);
  memcpy(at + ENTRY_HEADER, entry->d_name, length);
  out->size += ENTRY_HEADER + length;
  return 1;
}

/*
 * The entries of the folder at path (bytes as for probe) but . and .., in the layout above; NULL
 * when it cannot be listed here (the caller lists it in Java, which reports the error in its words).
 */
JNIEXPORT jbyteArray JNICALL Java_dev_ssotgardener_nativelib_NativeDirectory_list(
    JNIEnv *env, jclass cls, jbyteArray path) {
  (void)cls;
  char *name = path_of(env, path);
  if (name == NULL) return NULL;
  DIR *dir = opendir(name);
  free(name);
  if (dir == NULL) return NULL;
  int dir_fd = dirfd(dir);
  Bytes out = {0};
  int ok = 1;
  for (;;) {
    errno = 0;
    struct dirent *entry = readdir(dir);
    if (entry == NULL) {
      ok = ok && errno == 0;
      break;
    }
    const char *n = entry->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0'))) continue;
    if (!add_entry(&out, dir_fd, entry)) {
      ok = 0;
      break;
    }
  }
  closedir(dir);
  jbyteArray result = NULL;
  if (ok) {
    result = (*env)->NewByteArray(env, (jsize)out.size);
    if (result != NULL) (*env)->SetByteArrayRegion(env, result, 0, (jsize)out.size, (jbyte *)out.data);
  }
  free(out.data);
  return result;
}

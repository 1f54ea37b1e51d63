/*
 * ssot-client: runs one ssot command line in the resident daemon (dev.ssotgardener.daemon),
 * starting the daemon first when none serves this build and setting. The ./ssot launcher runs it
 * for the read-only commands; exit code 75 tells the launcher to run the line in a JVM of its own
 * instead (no daemon could be reached, or it sent the line back), which it only ever does before
 * any output, so falling back never shows twice.
 *
 * Usage: ssot-client IDENTITY N START... ARGS...
 *   IDENTITY  the launcher's description of the build and setting (jar digest first)
 *   N START   the N words that start a daemon; the client appends --identity and --socket
 *   ARGS      the ssot command line
 *
 * The socket is FOLDER/<hash of IDENTITY and the umask>.sock, FOLDER being $XDG_RUNTIME_DIR/ssot
 * or else ~/.cache/ssot, a folder only this user may enter (0700). Protocol: DaemonRequest.java
 * (the request) and Frames.java (what comes back).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FALLBACK 75
#define RUNTIME_FAILED 4
#define OUTPUT_FAILED 3
#define START_WAIT_MS 30000
#define LOG_LIMIT (1 << 20)

extern char **environ;

/* Why the line runs in a JVM of its own, shown with SSOT_DAEMON_DEBUG=1. */
static int fall_back(const char *why) {
  const char *debug = getenv("SSOT_DAEMON_DEBUG");
  if (debug && *debug && strcmp(debug, "0") != 0) fprintf(stderr, "ssot-client: %s\n", why);
  return FALLBACK;
}

/* A growing buffer for the request. */
struct buf {
  char *data;
  size_t len, cap;
};

static int put(struct buf *b, const void *bytes, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n) cap *= 2;
    char *grown = realloc(b->data, cap);
    if (!grown) return -1;
    b->data = grown;
    b->cap = cap;
  }
  memcpy(b->data + b->len, bytes, n);
  b->len += n;
  return 0;
}

static int put_int(struct buf *b, uint32_t v) {
  unsigned char be[4] = {v >> 24, v >> 16, v >> 8, v};
  return put(b, be, 4);
}

static int put_string(struct buf *b, const char *s) {
  size_t n = strlen(s);
  return put_int(b, (uint32_t)n) || put(b, s, n);
}

static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Reads exactly n bytes; 0 on success, 1 at a clean end before any byte, -1 otherwise. */
static int read_all(int fd, void *to, size_t n) {
  char *p = to;
  size_t got = 0;
  while (got < n) {
    ssize_t r = read(fd, p + got, n - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return got == 0 && r == 0 ? 1 : -1;
    got += (size_t)r;
  }
  return 0;
}

/* The user's private folder, made if missing; NULL when it is not safe to use. */
static char *private_folder(void) {
  static char path[4096];
  const char *runtime = getenv("XDG_RUNTIME_DIR");
  const char *home = getenv("HOME");
  if (runtime && *runtime) {
    snprintf(path, sizeof path, "%s/ssot", runtime);
  } else if (home && *home) {
    char cache[4096];
    snprintf(cache, sizeof cache, "%s/.cache", home);
    mkdir(cache, 0700);
    snprintf(path, sizeof path, "%s/.cache/ssot", home);
  } else {
    return NULL;
  }
  if (mkdir(path, 0700) != 0 && errno != EEXIST) return NULL;
  struct stat st;
  if (lstat(path, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() ||
      (st.st_mode & 0777) != 0700)
    return NULL;
  return path;
}

/* FNV-1a, 64 bits: names the socket; the daemon compares the whole identity itself. */
static uint64_t fnv1a(const char *s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
  return h;
}

static int connect_to(const char *socket_path) {
  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  struct sockaddr_un address = {.sun_family = AF_UNIX};
  strcpy(address.sun_path, socket_path);
  if (connect(fd, (struct sockaddr *)&address, sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

/*
 * Starts a daemon in a session of its own, its output in LOG and no other descriptor of ours (a
 * pre-commit or test runner waiting for our pipes to close must not wait for the daemon).
 */
static pid_t start_daemon(char **start, int n, const char *identity, const char *socket_path,
                          const char *log_path) {
  char **argv = calloc((size_t)n + 5, sizeof *argv);
  if (!argv) return -1;
  memcpy(argv, start, (size_t)n * sizeof *argv);
  argv[n] = "--identity";
  argv[n + 1] = (char *)identity;
  argv[n + 2] = "--socket";
  argv[n + 3] = (char *)socket_path;
  struct stat st;
  int truncate = stat(log_path, &st) == 0 && st.st_size > LOG_LIMIT;
  pid_t pid = fork();
  if (pid != 0) {
    free(argv);
    return pid;
  }
  setsid();
  int null = open("/dev/null", O_RDWR);
  int log = open(log_path, O_WRONLY | O_CREAT | O_APPEND | (truncate ? O_TRUNC : 0), 0600);
  if (null < 0 || log < 0) _exit(127);
  dup2(null, 0);
  dup2(log, 1);
  dup2(log, 2);
  long max = sysconf(_SC_OPEN_MAX);
  for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 65536); fd++) close(fd);
  if (chdir("/") != 0) _exit(127);
  signal(SIGPIPE, SIG_DFL);
  execvp(argv[0], argv);
  _exit(127);
}

static void sleep_ms(long ms) {
  struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
  while (nanosleep(&t, &t) != 0 && errno == EINTR) {
  }
}

/* Connects, starting a daemon when none listens; -1 when none could be had in time. */
static int reach_daemon(char **start, int n, const char *identity, const char *socket_path,
                        const char *log_path) {
  int fd = connect_to(socket_path);
  if (fd >= 0 || (errno != ENOENT && errno != ECONNREFUSED)) return fd;
  pid_t daemon = start_daemon(start, n, identity, socket_path, log_path);
  if (daemon < 0) return -1;
  int alive = 1;
  for (long waited = 0; waited < START_WAIT_MS; waited += 10) {
    sleep_ms(10);
    if ((fd = connect_to(socket_path)) >= 0) return fd;
    int status;
    if (alive && waitpid(daemon, &status, WNOHANG) == daemon) {
      alive = 0;
      /* 0: another daemon took this socket first and will answer; else it could not start. */
      if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    }
  }
  return -1;
}

/* As Java's System.console() and the CLI's Terminal decide, for the daemon to decide alike. */
static int flags(void) {
  int console = isatty(0) && isatty(1);
  char target[64];
  ssize_t n = readlink("/proc/self/fd/2", target, sizeof target - 1);
  int err_terminal = 0;
  if (n > 0) {
    target[n] = 0;
    err_terminal = strncmp(target, "/dev/pts/", 9) == 0 || strncmp(target, "/dev/tty", 8) == 0;
  } else {
    err_terminal = console;
  }
  return (console ? 1 : 0) | (err_terminal ? 2 : 0);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: ssot-client IDENTITY N START... ARGS...\n");
    return 2;
  }
  int n = atoi(argv[2]);
  if (n < 1 || 3 + n > argc) {
    fprintf(stderr, "ssot-client: expected %s words to start a daemon\n", argv[2]);
    return 2;
  }
  char **start = argv + 3;
  char **args = argv + 3 + n;
  int nargs = argc - 3 - n;
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an error to report, as the JVM reports it */

  mode_t mask = umask(0);
  umask(mask);
  char identity[8192];
  snprintf(identity, sizeof identity, "%s umask=%03o", argv[1], (unsigned)mask);
  char *folder = private_folder();
  if (!folder) return fall_back("no private folder for the daemon's socket");
  char socket_path[sizeof(((struct sockaddr_un *)0)->sun_path)];
  char log_path[4200];
  unsigned long long key = (unsigned long long)fnv1a(identity);
  if (snprintf(socket_path, sizeof socket_path, "%s/%016llx.sock", folder, key) >=
      (int)sizeof socket_path)
    return fall_back("the socket's path is too long");
  snprintf(log_path, sizeof log_path, "%s/%016llx.log", folder, key);
  char cwd[8192];
  if (!getcwd(cwd, sizeof cwd)) return fall_back("no working directory");

  struct buf request = {0};
  int envc = 0;
  for (char **e = environ; *e; e++) envc++;
  int bad = put_int(&request, 0x53534F54) || put_int(&request, 1) ||
            put_string(&request, identity) || put_string(&request, cwd) ||
            put_int(&request, (uint32_t)nargs);
  for (int i = 0; i < nargs && !bad; i++) bad = put_string(&request, args[i]);
  bad = bad || put_int(&request, (uint32_t)envc);
  for (char **e = environ; *e && !bad; e++) bad = put_string(&request, *e);
  unsigned char flag = (unsigned char)flags();
  if (bad || put(&request, &flag, 1)) return fall_back("out of memory");

  int fd = reach_daemon(start, n, identity, socket_path, log_path);
  if (fd < 0) return fall_back("no daemon could be reached or started");
  if (write_all(fd, request.data, request.len) != 0) return fall_back("the daemon hung up");
  /* Nothing more is sent, but our end stays open: the daemon reads its closing as our end. */

  static char chunk[1 << 16];
  int output = 0, stdout_failed = 0;
  for (;;) {
    unsigned char header[5];
    int r = read_all(fd, header, 5);
    if (r != 0) {
      if (!output) return fall_back("the daemon ended the connection before any output");
      fprintf(stderr, "ssot: the daemon stopped during the run (its log: %s)\n", log_path);
      return RUNTIME_FAILED;
    }
    uint32_t len = (uint32_t)header[1] << 24 | (uint32_t)header[2] << 16 |
                   (uint32_t)header[3] << 8 | header[4];
    if (header[0] == 3 || header[0] == 4) {
      char text[4096];
      uint32_t keep = len < sizeof text - 1 ? len : sizeof text - 1;
      if (len > sizeof text - 1 || read_all(fd, text, keep) != 0) {
        fprintf(stderr, "ssot: the daemon sent a malformed reply (its log: %s)\n", log_path);
        return RUNTIME_FAILED;
      }
      text[keep] = 0;
      if (header[0] == 4) return output ? RUNTIME_FAILED : fall_back(text);
      int code = (int)((unsigned char)text[0] << 24 | (unsigned char)text[1] << 16 |
                       (unsigned char)text[2] << 8 | (unsigned char)text[3]);
      if (stdout_failed && code != OUTPUT_FAILED) {
        /* What Main prints when standard output refused the report. */
        fprintf(stderr,
                "ssot: could not write to standard output (a full disk or a closed pipe?); the "
                "output is incomplete\n");
        return OUTPUT_FAILED;
      }
      return code;
    }
    if (header[0] != 1 && header[0] != 2) {
      fprintf(stderr, "ssot: the daemon sent a malformed reply (its log: %s)\n", log_path);
      return RUNTIME_FAILED;
    }
    int target = header[0];
    output = 1;
    while (len > 0) {
      size_t part = len < sizeof chunk ? len : sizeof chunk;
      if (read_all(fd, chunk, part) != 0) {
        fprintf(stderr, "ssot: the daemon stopped during the run (its log: %s)\n", log_path);
        return RUNTIME_FAILED;
      }
      if (target == 1 && !stdout_failed && write_all(1, chunk, part) != 0) stdout_failed = 1;
      if (target == 2) write_all(2, chunk, part);
      len -= (uint32_t)part;
    }
  }
}

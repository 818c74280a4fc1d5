/*
 * xmapwait: runs a command and reports how long it took until its first top-level window was mapped on the X
 * display, and the command's peak resident memory up to then.
 *
 *   xmapwait [-t TIMEOUT_S] -- COMMAND [ARG...]
 *   prints:  map_ms=<ms> maxrss_kb=<kb> cpu_ms=<ms>      (exit 0), or a reason on stderr (exit 1)
 *
 *   xmapwait -e [-t TIMEOUT_S] -- COMMAND [ARG...]
 *   prints:  exit_ms=<ms> maxrss_kb=<kb> cpu_ms=<ms>     (exit 0) once the command has ended with status 0, or a
 *            reason on stderr (exit 1); no display is needed (for commands that render to files, headless)
 *
 * It watches MapNotify events on the root window (SubstructureNotifyMask), which every toolkit's top-level map
 * produces, so Swing, GTK (zenity) and anything else are measured by the same yardstick, with no polling delay.
 * The clock starts just before fork(); after the map the command is sent SIGTERM (then SIGKILL) and reaped with
 * wait4(), whose rusage gives the peak resident set size and the CPU time (user + system, all threads: on a machine
 * with few cores, CPU spent by JIT compilers and helper threads competes with the thread that opens the window).
 */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double cpu_ms(const struct rusage *u) {
    return u->ru_utime.tv_sec * 1000.0 + u->ru_utime.tv_usec / 1000.0 + u->ru_stime.tv_sec * 1000.0 +
           u->ru_stime.tv_usec / 1000.0;
}

/* Ends the command and returns its peak RSS in KB (-1 if it could not be reaped); *cpu gets its CPU time in ms. */
static long reap(pid_t pid, double *cpu) {
    struct rusage usage;
    int status;
    *cpu = -1;
    kill(pid, SIGTERM);
    for (int i = 0; i < 200; i++) { /* up to 2 s for a clean exit, then force */
        pid_t r = wait4(pid, &status, WNOHANG, &usage);
        if (r == pid) {
            *cpu = cpu_ms(&usage);
            return usage.ru_maxrss;
        }
        usleep(10000);
    }
    kill(pid, SIGKILL);
    if (wait4(pid, &status, 0, &usage) == pid) {
        *cpu = cpu_ms(&usage);
        return usage.ru_maxrss;
    }
    return -1;
}

/* Forks and runs the command; returns its pid, or -1 (said on stderr) when it cannot fork. */
static pid_t start_command(char **command) {
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return -1;
    }
    if (pid == 0) {
        execvp(command[0], command);
        fprintf(stderr, "xmapwait: cannot run %s: %s\n", command[0], strerror(errno));
        _exit(127);
    }
    return pid;
}

/* -e: runs the command to its end and reports its time, peak RSS and CPU; 0 when it ended with status 0. */
static int until_exit(char **command, double timeout_s) {
    double start = now_ms();
    pid_t pid = start_command(command);
    if (pid < 0) {
        return 2;
    }
    struct rusage usage;
    int status;
    while (wait4(pid, &status, WNOHANG, &usage) != pid) {
        if (now_ms() - start > timeout_s * 1000) {
            fprintf(stderr, "xmapwait: the command did not end within %.0f s\n", timeout_s);
            double cpu;
            reap(pid, &cpu);
            return 1;
        }
        usleep(1000); /* 1 ms: the resolution of the figure */
    }
    double elapsed = now_ms() - start;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "xmapwait: the command failed (status %d)\n", status);
        return 1;
    }
    printf("exit_ms=%.1f maxrss_kb=%ld cpu_ms=%.0f\n", elapsed, usage.ru_maxrss, cpu_ms(&usage));
    return 0;
}

int main(int argc, char **argv) {
    double timeout_s = 30;
    int to_exit = 0;
    int i = 1;
    while (i < argc) {
        if (i + 1 < argc && strcmp(argv[i], "-t") == 0) {
            timeout_s = atof(argv[i + 1]);
            i += 2;
        } else if (strcmp(argv[i], "-e") == 0) {
            to_exit = 1;
            i++;
        } else {
            break;
        }
    }
    if (i < argc && strcmp(argv[i], "--") == 0) i++;
    if (i >= argc) {
        fprintf(stderr, "usage: xmapwait [-e] [-t TIMEOUT_S] -- COMMAND [ARG...]\n");
        return 2;
    }
    if (to_exit) {
        return until_exit(&argv[i], timeout_s);
    }
    Display *dpy = XOpenDisplay(NULL);
    if (!dpy) {
        fprintf(stderr, "xmapwait: cannot open display %s\n", getenv("DISPLAY") ? getenv("DISPLAY") : "(unset)");
        return 2;
    }
    Window root = DefaultRootWindow(dpy);
    XSelectInput(dpy, root, SubstructureNotifyMask);
    XSync(dpy, True); /* drop anything mapped before we started */

    double start = now_ms();
    pid_t pid = start_command(&argv[i]);
    if (pid < 0) {
        return 2;
    }

    int fd = ConnectionNumber(dpy);
    while (1) {
        while (XPending(dpy)) {
            XEvent ev;
            XNextEvent(dpy, &ev);
            if (ev.type == MapNotify && !ev.xmap.override_redirect) {
                double elapsed = now_ms() - start;
                double cpu;
                long rss = reap(pid, &cpu);
                printf("map_ms=%.1f maxrss_kb=%ld cpu_ms=%.0f\n", elapsed, rss, cpu);
                return 0;
            }
        }
        int status;
        if (waitpid(pid, &status, WNOHANG) == pid) {
            fprintf(stderr, "xmapwait: command ended before mapping a window (status %d)\n", status);
            return 1;
        }
        double left = timeout_s * 1000 - (now_ms() - start);
        if (left <= 0) {
            fprintf(stderr, "xmapwait: no window within %.0f s\n", timeout_s);
            double cpu;
            reap(pid, &cpu);
            return 1;
        }
        struct pollfd p = {fd, POLLIN, 0};
        poll(&p, 1, left < 20 ? (int)left : 20); /* wake every 20 ms to notice an early exit */
    }
}

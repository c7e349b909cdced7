#!/usr/bin/env bash
# The Debian packages the tests use, in one list, for `npm test` (the "pretest" script), `npm run test:host` and .ci/run.
#
#   scripts/debian-deps.sh [test|host]...   installs what is missing when it can (root and apt-get), else prints the one
#                                           command to run and exits 1; exits 0 at once when nothing is missing
#   scripts/debian-deps.sh --list [SET]...  prints the package names of the sets, one line
#
# Sets: "test" (npm test; the default) and "host" (npm run test:host: a real systemd in a container). To add a package,
# add a line to its set: the package name, then what shows it is installed (an absolute path that must be executable,
# "py:MODULE" for a module of /usr/bin/python3, or a command name looked up on PATH, which includes sbin here).
set -euo pipefail

test_set=(
  "mosquitto          /usr/sbin/mosquitto"
  "mosquitto-clients  mosquitto_pub"
  "protobuf-compiler  protoc"
  "systemd            systemd-analyze"
  "openssl            openssl"
  "chromium           /usr/bin/chromium"
  "fuse3              fusermount3"
  "python3-fusepy     py:fusepy"
  "prometheus         promtool"
)
host_set=(
  "systemd-container  systemd-nspawn"
  "debootstrap        debootstrap"
  "util-linux         nsenter"
  "mosquitto-clients  mosquitto_sub"
)

PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

present() {
  local probe=$1
  case "$probe" in
    /*) [ -x "$probe" ] ;;
    # Debian's python3, which the python3-* packages install into (a pyenv shim on PATH would not see them).
    py:*) [ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import ${probe#py:}" >/dev/null 2>&1 ;;
    *) command -v "$probe" >/dev/null 2>&1 ;;
  esac
}

lines_of() {
  case "$1" in
    test) printf '%s\n' "${test_set[@]}" ;;
    host) printf '%s\n' "${host_set[@]}" ;;
    *) echo "debian-deps.sh: unknown set \"$1\" (test, host)" >&2; exit 64 ;;
  esac
}

list=0
sets=()
for a in "$@"; do
  if [ "$a" = --list ]; then list=1; else sets+=("$a"); fi
done
[ ${#sets[@]} -gt 0 ] || sets=(test)
for s in "${sets[@]}"; do lines_of "$s" >/dev/null; done

all=()
missing=()
for s in "${sets[@]}"; do
  while read -r pkg probe; do
    [ -n "$pkg" ] || continue
    case " ${all[*]-} " in *" $pkg "*) continue ;; esac
    all+=("$pkg")
    present "$probe" || missing+=("$pkg")
  done < <(lines_of "$s")
done

if [ "$list" = 1 ]; then echo "${all[*]}"; exit 0; fi
[ ${#missing[@]} -eq 0 ] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "The tests need Debian packages that are missing: ${missing[*]}" >&2
  echo "Install them, then run the tests again:" >&2
  echo "  sudo $command" >&2
  exit 1
fi
echo "installing Debian packages the tests need: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
# Update the package lists once, and only because something is missing. A package that starts a service on install
# (mosquitto holds 1883) is harmless: the tests use their own ports.
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
still=()
for s in "${sets[@]}"; do
  while read -r pkg probe; do
    [ -n "$pkg" ] || continue
    present "$probe" || still+=("$pkg")
  done < <(lines_of "$s")
done
if [ ${#still[@]} -gt 0 ]; then
  echo "installed, but still not found: ${still[*]} (scripts/debian-deps.sh names what it looks for)" >&2
  exit 1
fi

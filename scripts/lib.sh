# Shared by the scripts: find or install what Common Ground needs on this machine.
# Source it from the repository root.

say() { printf '%s\n' "$*" >&2; }
fail() { say "$*"; exit 1; }

as_root_install() {
  # Installs Debian packages when running as root; otherwise says what to install.
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing $* with apt-get…"
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >&2 || true; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
  else
    fail "Common Ground needs: $*. Install them (for example 'sudo apt-get install $*') and run this again."
  fi
}

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1 | cut -d. -f1
}

# Sets JAVA and JAVA_HOME to a JDK 25 or newer: JAVA_HOME first, then /usr/lib/jvm, then PATH.
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    local major
    major=$(java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      JAVA="$candidate/bin/java"
      return 0
    fi
  done
  fail "Common Ground needs a JDK 25 or newer, and none was found (looked at JAVA_HOME, /usr/lib/jvm and PATH).
Install one, for example Eclipse Temurin 25 (https://adoptium.net, or the 'temurin-25-jdk' Debian package from Adoptium's repository),
then run this again, or set JAVA_HOME to where it is installed."
}

ensure_maven() {
  command -v mvn >/dev/null 2>&1 || as_root_install maven
}

ensure_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || as_root_install nodejs npm
}

# Node packages: the SES emulator, and Playwright and axe for the page tests.
ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing Node packages…"
    npm ci --no-audit --no-fund --loglevel=error >&2
  fi
}

# Debian's Chromium for the page tests; CHROMIUM may name another Chromium or Chrome.
ensure_chromium() {
  export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
  [ -x "$CHROMIUM" ] || as_root_install chromium
  [ -x "$CHROMIUM" ] || fail "Chromium was not found at $CHROMIUM. Set CHROMIUM to a Chromium or Chrome binary."
}

mvn_quiet() {
  # -B: no colours or progress bars in logs.
  mvn -B -q "$@"
}

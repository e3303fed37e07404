#!/usr/bin/env bash
# The base image of the ita service, as a `docker save` tarball that Jib builds on (tar:// in ita-image/pom.xml).
#
# No registry is needed, and none is asked: the Java runtime is linked by jlink from the JDK that runs the build,
# and the few system libraries it loads (the C library and its loader, found by ldd) are copied from the build
# machine beside it. Jib then adds the application's layers, its entry point and its settings.
#
# What the base holds:
#   /opt/java          the runtime: only the modules ita needs, English and Thai locale data
#   /lib*, /usr/lib*   the shared libraries the runtime loads, and nothing else (no shell, no package manager)
#   /etc/passwd,group  root, and the user `ita` (65532) that the service runs as
#   /tmp               the only place Java may write, mounted as a tmpfs when the root filesystem is read-only
#   /proc, /sys, /dev  empty, where the container runtime mounts its own
# and its config holds the health check, which Jib keeps: Jib has no setting of its own for one.
#
# Reproducible: every entry has owner 0, group 0 and the same time, in name order, so the same JDK and the same
# libraries give the same bytes.
#
# Usage: base-image.sh JAVA_HOME MODULES LOCALES OUTPUT_TAR TAG
set -euo pipefail

java_home=$1 modules=$2 locales=$3 output=$4 tag=$5

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"

"$java_home/bin/jlink" --add-modules "$modules" --include-locales "$locales" \
    --strip-debug --no-header-files --no-man-pages --output "$root/opt/java"

# The libraries every ELF file of the runtime needs, outside the runtime itself; the loader ldd names without "=>".
find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }' \
    | sort -u > "$work/libraries"
[ -s "$work/libraries" ] || { echo "base-image.sh: ldd found no system library for the runtime" >&2; exit 1; }
while read -r library; do
    case "$library" in "$root"/*) continue ;; esac
    mkdir -p "$root$(dirname "$library")"
    cp -L "$library" "$root$library"
done < "$work/libraries"

mkdir -p "$root/etc" "$root/home/ita" "$root/proc" "$root/sys" "$root/dev"
printf 'root:x:0:0:root:/root:/sbin/nologin\nita:x:65532:65532:ita:/home/ita:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nita:x:65532:\n' > "$root/etc/group"
mkdir -m 1777 "$root/tmp"

find "$root" -exec touch -h -d @1 {} +
tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mtime=@1 -C "$root" -cf "$work/layer.tar" .
diff_id=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)

case "$(uname -m)" in
    x86_64) architecture=amd64 ;;
    aarch64) architecture=arm64 ;;
    *) architecture=$(uname -m) ;;
esac

# The health check runs the image's own probe (ita-image's HealthCheck, in /app/classes where Jib puts the
# module's classes): GET /health on the port the service listens on, within its timeout.
cat > "$work/config.json" <<JSON
{"architecture":"$architecture","os":"linux","created":"1970-01-01T00:00:01Z",
 "config":{"User":"65532:65532","WorkingDir":"/home/ita",
  "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
  "Healthcheck":{"Test":["CMD","/opt/java/bin/java","-XX:TieredStopAtLevel=1","-XX:-UsePerfData","-Xshare:auto",
    "-Xmx16m","-cp","/app/classes","org.itascore.image.HealthCheck"],
   "Interval":30000000000,"Timeout":10000000000,"StartPeriod":30000000000,"Retries":3}},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]},
 "history":[{"created":"1970-01-01T00:00:01Z","created_by":"ita-image/src/image/base-image.sh: jlink $modules"}]}
JSON
printf '[{"Config":"config.json","RepoTags":["%s"],"Layers":["layer.tar"]}]\n' "$tag" > "$work/manifest.json"

mkdir -p "$(dirname "$output")"
touch -d @1 "$work/config.json" "$work/manifest.json" "$work/layer.tar"
tar --sort=name --format=gnu --owner=0 --group=0 --numeric-owner --mtime=@1 -C "$work" \
    -cf "$output" config.json layer.tar manifest.json

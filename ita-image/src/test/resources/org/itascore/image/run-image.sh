# Runs the image's root filesystem as a container runtime would, without one: in a mount namespace of its own
# (unshare -m), the root read-only, /proc and a tmpfs /tmp mounted, as the image's user, with the image's
# environment, entry point and command. Prints READY once the image's own health check passes, then serves until
# standard input closes. Run as root by ImageRunsTest.
#
# Usage: unshare -m --fork bash run-image.sh ROOTFS USER HEALTHCHECK_FILE ENV_FILE COMMAND_FILE
# (the last three: one word per line, from the image's config)
set -euo pipefail
root=$1 user=$2
mapfile -t health < "$3"
mapfile -t environment < "$4"
mapfile -t command < "$5"

mount --make-rprivate /
mount --bind "$root" "$root"
mount -o remount,bind,ro "$root"
mount -t proc proc "$root/proc"
mount -t tmpfs -o size=64m,mode=1777 tmpfs "$root/tmp"

if touch "$root/written" 2>/dev/null; then
    echo "run-image.sh: the root filesystem is writable" >&2
    exit 1
fi

env -i "${environment[@]}" /usr/sbin/chroot --userspec="$user" "$root" "${command[@]}" >&2 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
    if env -i "${environment[@]}" /usr/sbin/chroot --userspec="$user" "$root" "${health[@]}" 2>/dev/null; then
        echo READY
        cat > /dev/null
        exit 0
    fi
    kill -0 $service 2>/dev/null || { echo "run-image.sh: the service stopped" >&2; exit 1; }
    sleep 0.5
done
echo "run-image.sh: the health check did not pass within 60 s" >&2
exit 1

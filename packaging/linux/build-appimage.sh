#!/usr/bin/env bash
# Wrap the PyInstaller bundle from packaging/build.py into an AppImage (CI only: it downloads
# appimagetool, which this project's own build machines cannot do).
#   python packaging/build.py && bash packaging/linux/build-appimage.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
bundle="$repo/build/packaging/pyinstaller-dist/netdesk"
icons="$repo/build/packaging/icons"
appdir="$repo/build/packaging/AppDir"
version="$(python -c 'import importlib.metadata as m; print(m.version("netdesk"))')"
app_id=org.netdesk.NetDesk

test -x "$bundle/netdesk" || { echo "no bundle at $bundle: run packaging/build.py first" >&2; exit 1; }

rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin" "$appdir/usr/share/applications" \
  "$appdir/usr/share/metainfo" "$appdir/usr/share/icons/hicolor/256x256/apps"
cp -a "$bundle" "$appdir/usr/lib/netdesk"
ln -s ../lib/netdesk/netdesk "$appdir/usr/bin/netdesk"
ln -s ../lib/netdesk/netdesk-cli "$appdir/usr/bin/netdesk-cli"
cp "$repo/packaging/linux/$app_id.desktop" "$appdir/usr/share/applications/"
cp "$repo/packaging/linux/$app_id.metainfo.xml" "$appdir/usr/share/metainfo/$app_id.appdata.xml"
cp "$icons/$app_id-256.png" "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png"
# appimagetool wants the desktop file and icon at the top of the AppDir too.
cp "$repo/packaging/linux/$app_id.desktop" "$appdir/"
cp "$icons/$app_id-256.png" "$appdir/$app_id.png"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# `netdesk-cli` when started through a symlink of that name, the window otherwise.
here="$(dirname "$(readlink -f "$0")")"
case "${ARGV0##*/}" in
  netdesk-cli*) exec "$here/usr/lib/netdesk/netdesk-cli" "$@" ;;
  *) exec "$here/usr/lib/netdesk/netdesk" "$@" ;;
esac
APPRUN
chmod 755 "$appdir/AppRun"

tool="$repo/build/packaging/appimagetool-x86_64.AppImage"
if [ ! -x "$tool" ]; then
  curl -fsSL -o "$tool" \
    https://github.com/AppImage/appimagetool/releases/download/continuous/appimagetool-x86_64.AppImage
  chmod 755 "$tool"
fi
mkdir -p "$repo/dist"
ARCH=x86_64 VERSION="$version" "$tool" --appimage-extract-and-run "$appdir" \
  "$repo/dist/netdesk-$version-x86_64.AppImage"
echo "$repo/dist/netdesk-$version-x86_64.AppImage"

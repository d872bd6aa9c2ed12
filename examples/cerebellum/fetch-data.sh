#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fetches the images of the cerebellum example (examples/cerebellum/README.md) and checks them.
#
#   examples/cerebellum/fetch-data.sh [DEST]
#
# DEST defaults to $SEGSENSE_CACHE/examples/cerebellum/source, SEGSENSE_CACHE to
# ${XDG_CACHE_HOME:-~/.cache}/segsense. Files land in DEST/<source>/<name>:
#   mricron/ch2.nii.gz, mricron/aal.nii.gz, mricron/aal.nii.txt      Debian package mricron-data
#   niivue/mni152.nii.gz                                           npm package @niivue/niivue@0.21.1
#   itk-examples/KmeansTest_T1UCharRaw.nii.gz                      Debian package insighttoolkit5-examples
# Debian packages are downloaded with 'apt-get download' and unpacked with 'dpkg-deb -x' (nothing is
# installed); npm packages with 'npm pack'. Every file is checked against its SHA-256 below; files
# present and valid are not fetched again, a file that is present but corrupt is fetched again. The
# images are never committed (the atlases have their own licence terms). Prints DEST on success.
# Exit 0 done, 2 a package or tool is unavailable or a checksum does not match (the message says
# which package and what to do).
#
# For tests: SEGSENSE_EXAMPLE_FAKE_PACKAGE=NAME replaces every package name by NAME (a package that
# does not exist shows the error a user sees when a package is missing).
set -euo pipefail
cache_root="${SEGSENSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/segsense}"
dest="${1:-$cache_root/examples/cerebellum/source}"

# kind  package  destination-folder  path-inside-package  sha256
FILES=(
  "deb mricron-data mricron usr/share/mricron/templates/ch2.nii.gz a009051127f64dc3dd554d5f5b589870ea72106d9642c21b4e7093e478cfc309"
  "deb mricron-data mricron usr/share/mricron/templates/aal.nii.gz b512dcd3f36b77f56be7a9a038134096e66314b7e8c31d25875b96bcf6991454"
  "deb mricron-data mricron usr/share/mricron/templates/aal.nii.txt 1788d6556a9ec056de9867b2382cf1ce1b51b87ae4cfd9cd25de48ae4dde709e"
  "npm @niivue/niivue@0.21.1 niivue package/src/mni152.nii.gz dbbd4542823c1e2b12265c9b7e3cf959ee02ff7829bbf05cdcfbecc0013a00fa"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/KmeansTest_T1UCharRaw.nii.gz e0e5975587f3f7916804bdd317c493cdb99cdb3703bf2671d458528f62510327"
)

fail() { echo "fetch-data: $*" >&2; exit 2; }
say() { echo "fetch-data: $*" >&2; }

verify() { # file sha -> 0 if present and valid
  [ -f "$1" ] && [ "$(sha256sum "$1" | cut -c1-64)" = "$2" ]
}

package_name() { echo "${SEGSENSE_EXAMPLE_FAKE_PACKAGE:-$1}"; }

missing_packages=()
for entry in "${FILES[@]}"; do
  read -r kind pkg sub path sha <<<"$entry"
  file="$dest/$sub/$(basename "$path")"
  if ! verify "$file" "$sha"; then
    [ -f "$file" ] && say "$file does not have the expected SHA-256 (corrupt or changed); fetching it again"
    key="$kind $pkg"
    [[ " ${missing_packages[*]-} " == *" $key "* ]] || missing_packages+=("$key")
  fi
done
if [ ${#missing_packages[@]} -eq 0 ]; then
  echo "$dest"
  exit 0
fi

downloads="$dest/.downloads"
mkdir -p "$downloads" || fail "cannot create $downloads; choose a writable DEST (first argument) or set SEGSENSE_CACHE."
apt_updated=no
for key in "${missing_packages[@]}"; do
  read -r kind pkg <<<"$key"
  name="$(package_name "$pkg")"
  unpacked="$downloads/$(echo "$pkg" | tr '/@' '__')"
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  case "$kind" in
    deb)
      say "downloading Debian package $name"
      command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null ||
        fail "apt-get/dpkg-deb are missing: this script fetches the Debian package $name with them (Debian or Ubuntu needed). On another system, get $name's .deb by hand and unpack it with 'ar x' and 'tar', then put the files listed at the top of $0 into $dest."
      rm -f "$downloads"/"${name}"_*.deb
      if ! (cd "$downloads" && apt-get download -q "$name" >"$downloads/apt.log" 2>&1); then
        if [ "$apt_updated" = no ] && [ "$(id -u)" = 0 ]; then
          apt-get update -qq >/dev/null 2>&1 || true
          apt_updated=yes
        fi
        (cd "$downloads" && apt-get download -q "$name" >"$downloads/apt.log" 2>&1) ||
          fail "the Debian package $name is unavailable: 'apt-get download $name' failed ($(tail -n 1 "$downloads/apt.log")). Check the network and that Debian's 'main' archive is in the apt sources (bookworm has it), run 'sudo apt-get update', then run this script again."
      fi
      deb="$(ls -t "$downloads"/"${name}"_*.deb 2>/dev/null | head -n 1)"
      [ -n "$deb" ] || fail "apt-get download $name wrote no .deb file into $downloads."
      dpkg-deb -x "$deb" "$unpacked" || fail "cannot unpack $deb (dpkg-deb -x failed); delete it and run this script again."
      rm -f "$deb"
      ;;
    npm)
      say "downloading npm package $name"
      command -v npm >/dev/null ||
        fail "npm is missing: this script fetches the npm package $name with 'npm pack'. Install npm (Debian: sudo apt-get install npm) and run it again."
      if ! tgz="$(cd "$downloads" && npm pack --silent "$name" 2>"$downloads/npm.log" | tail -n 1)" || [ -z "$tgz" ]; then
        fail "the npm package $name is unavailable: 'npm pack $name' failed ($(tail -n 1 "$downloads/npm.log")). Check the network and that the npm registry is reachable (npm config get registry), then run this script again."
      fi
      tar -xzf "$downloads/$tgz" -C "$unpacked" || fail "cannot unpack $downloads/$tgz; delete it and run this script again."
      rm -f "$downloads/$tgz"
      ;;
  esac
  for entry in "${FILES[@]}"; do
    read -r k p sub path sha <<<"$entry"
    [ "$k $p" = "$key" ] || continue
    [ -f "$unpacked/$path" ] || fail "the package $name no longer contains $path (its version changed). Update examples/cerebellum/fetch-data.sh."
    mkdir -p "$dest/$sub"
    cp "$unpacked/$path" "$dest/$sub/$(basename "$path")"
    verify "$dest/$sub/$(basename "$path")" "$sha" ||
      fail "$name: $path has SHA-256 $(sha256sum "$dest/$sub/$(basename "$path")" | cut -c1-64), expected $sha. The package changed; check it and update the checksum in examples/cerebellum/fetch-data.sh."
  done
  rm -rf "$unpacked"
done
echo "$dest"

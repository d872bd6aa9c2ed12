#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Fetches the real test images SegSense's image tests compare against ITK 5.2.
#
#   tests/data/fetch-test-data.sh [CACHE]
#
# CACHE defaults to $SEGSENSE_TEST_DATA, else <repo>/.cache/test-data. Files land in
# CACHE/<source>/<name> (mricron/ch2.nii.gz, itk-examples/..., nibabel/..., dipy/...,
# niivue/mni152.nii.gz, nifti-reader-js/..., pydicom/ (DICOM files; pydicom/mr700 one 7-slice series,
# pydicom/mixed six series in one folder, for the SimpleITK backend)). Sources: Debian packages (apt-get download +
# dpkg-deb -x, no installation) and npm packages (npm pack). Every file is checked against the
# SHA-256 below; a run with everything present and valid is a no-op. Downloaded data are never
# committed (target/ is ignored). Licences: see the packages' copyright files; the atlases (AAL,
# Brodmann) have their own terms — fetch them at set-up time only.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cache="${1:-${SEGSENSE_TEST_DATA:-$repo/.cache/test-data}}"

# kind  package  destination-folder  path-inside-package  sha256
FILES=(
  "deb mricron-data mricron usr/share/mricron/templates/ch2.nii.gz a009051127f64dc3dd554d5f5b589870ea72106d9642c21b4e7093e478cfc309"
  "deb mricron-data mricron usr/share/mricron/templates/ch2bet.nii.gz 592a2d20abdf36eefcb540ca8958428040edffc1bc1a18ba1dcfbabac77c5dd1"
  "deb mricron-data mricron usr/share/mricron/templates/aal.nii.gz b512dcd3f36b77f56be7a9a038134096e66314b7e8c31d25875b96bcf6991454"
  "deb mricron-data mricron usr/share/mricron/templates/aal.nii.txt 1788d6556a9ec056de9867b2382cf1ce1b51b87ae4cfd9cd25de48ae4dde709e"
  "deb mricron-data mricron usr/share/mricron/templates/brodmann.nii.gz 23ddedf2867c2bb857762a901b4f57f453139e41ffcdfc54a070fcaa3432d1f9"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/KmeansTest_T1UCharRaw.nii.gz e0e5975587f3f7916804bdd317c493cdb99cdb3703bf2671d458528f62510327"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/KmeansTest_T1KmeansPrelimSegmentation.nii.gz 8f48a7ced6d27644489b8a2fc8084bf6594560d05f8997ad4327b6353d11f342"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/KmeansTest_T1RawSkullStrip.nii.gz f3ca85fa9559f7cc4b7c3ca862355cf0e7351505bdc62e3144b7fe6f6da37f3b"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20.mhd 1d2d86eb149578f8833d96122cc8c4f3206d7b03ace76502eeb2e7eb36084e99"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20.nhdr 514a992f3c83adf49fef348aae67bfbed99bbc537f7c3ce7cd3d6ddbf5d01d9e"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20.raw a2a6343e7a773d15209150c977a65fe37d2d62649f7e7118a0eba33c2d8933a2"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20DirectionPlus30.mhd df56f9a5414894a27642860fd712e7991a5254aea25956b73f3409b7657252f4"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20DirectionPlus30.nhdr 9daeed534324cd5b8093ea6e5d591998d581465172e0164d366996189d132a92"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceBorder20DirectionPlus30.raw a2a6343e7a773d15209150c977a65fe37d2d62649f7e7118a0eba33c2d8933a2"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17y.mhd 34c6b26dd13472252c3d8978517bde18ce3ba0b7c56c460466e6dc3cd7c6e485"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17y.nhdr 84f5156ca08f1dcf2e93d4bfa8d187ec5d35ff50df6a15deb79d1c3a88c747f6"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17y.raw 92ff492d4e0c96d581dc89519406459ac4e077cee028ef395d8a6cf7fa935974"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17yDirectionPlus30.mhd 9e10a345fd6ec40ac5f8279d094116fef3664994f0551d981e452e32fe60838c"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17yDirectionPlus30.nhdr 0e5d6010fa12b5eb74cb4b9fbb3bbc8ecb4b876cb21c09fd8b2828b02e48d540"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensitySliceShifted13x17yDirectionPlus30.raw 92ff492d4e0c96d581dc89519406459ac4e077cee028ef395d8a6cf7fa935974"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainT1SliceBorder20DirectionPlus30.mhd 45a2c60395776a38947cef61b5d178c12329a05dd601a320e4c61f9e01cf5e0f"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainT1SliceBorder20DirectionPlus30.nhdr eebdd8d4e6d0bcd436bbfec00b2e131f41ab74a0fc012a7f22ed6e8d6d39013d"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainT1SliceBorder20DirectionPlus30.raw 0898d095b71f4e28f21784d760216227655d34c598e7090264e9df02dfed3b23"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensity3Slices.mha d8007e84c4a9e84d93ef9201e59c5c56f155d253e9963b4d4c5092bc3f3a248d"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BrainProtonDensity3Slices.raw 0d4b4675aaa5820b446f621ff2094eca590d7a6a37c60ea8ba44a5178ee98925"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/RatLungSlice1.mha 1ec4877bc0d2fc9d177a246f87404ddc2f7130b3c62525ae04d23c507609c818"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/RatLungSlice1.raw 181bd91b86f81c2d9649c138a2a54951b7e910bf61f4d62767da5164ea447eca"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/ResampleImageFilterInput2x3.mha f3dfbaed312c077299384c3046f2860ff4fb561a1f9669e13e49981ae77d1e8a"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/ResampleImageFilterInput2x3.raw fd3c4cf0fbb67a5d5f7711373f660ce86e9c1f5a59fb3685907c95fa82b245b4"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/CorpusCallosumMeanShape.mha 824e3d255bf366b495120bcd0acceda1d06e4792c4b3434f7e143157733d7adb"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BayesianClassifierInitializerMemberships.mhd f52a3aefde38c85bb362071ba4d7548bd32a922e6415e24b867b219a017ea877"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/BayesianClassifierInitializerMemberships.raw c8d20133fc906ec4dc297e0b740282c4f076721db8cd7face1acc9bae90abb40"
  "deb insighttoolkit5-examples itk-examples usr/share/doc/insighttoolkit5-examples/examples/Data/itkBrainSliceComplex.mha b5b5c171456072e7db9877384653bac01c4eb6daf6dd005c5f8f748cdee3da66"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/anatomical.nii 1c089f37b6597a38bb4157a1e1b3f7f13f1bc9d4e7a8cfdfaf91d85cd8f66594"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/example4d.nii.gz 42097dfbab9d2a036b41ae5c97a359591cf2cf5c3f8dc6ca6455c0b8a7f22696"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/example_nifti2.nii.gz daaf4ef0ed55d15205dd5d0aab7451c1717378de59617a6d4a166f35937eb52b"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/functional.nii 0591d9f8c21f1a0af46567c47f96307ae8faf6b70771a881f4cc477502af7b26"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/standard.nii.gz 712a51f8534cec0681cc42af7586c85a4677dca21a7df81fb2a8f4b7a947988e"
  "deb python3-nibabel nibabel usr/lib/python3/dist-packages/nibabel/tests/data/reoriented_anat_moved.nii fd54cf0ce7b52935ed63e02490a07c4f5d949ab2572d13d2626001aeecab17cf"
  "deb python3-dipy dipy usr/lib/python3/dist-packages/dipy/data/files/aniso_vox.nii.gz ff3876e10b44182a2f6cd38566ca52a62cb53bd9e77863f46a52b9c68eb03458"
  "deb python3-dipy dipy usr/lib/python3/dist-packages/dipy/data/files/S0_10slices.nii.gz c9e21bb417f6c18adeafe3b6b6fbf6bcbf3c70e973b1e6d852741a8f36e7de7f"
  "deb python3-dipy dipy usr/lib/python3/dist-packages/dipy/data/files/small_64D.nii 75d43294b9683d3e487d6aa348946396553b6e0dfb1252151d37aa4901deb23a"
  "deb python3-pydicom pydicom usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm 3dd31e5cc835b3f2cdd46c9da1982f59251e78518fefa8163d914631c66437d6"
  "deb python3-pydicom pydicom usr/lib/python3/dist-packages/pydicom/data/test_files/MR_small.dcm 3f27d1c22f1a66e80d7bb7c911e8610fd0bb70325a76746a7adb1c0ddefcf2bb"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4467 3181382d6088f51e8e71ee8baa689511dff00b9f0e67993ae1fafdf282011fb5"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4528 6374a59a71999669091ef21313cc54a115868076f6c36697f6ddf2f808f82981"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4558 f66d562922b918c91313e615c8b4ed1b5f956bf11aec2721fb54aef9915fffad"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4588 1fae746c1218cc8c7c2b14344147048d7b4631b63632b07608eec393e568fac0"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4618 832d42b0736191fc52ae3ca0838849c06e4456611d84b19c4c92e3e271b04086"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4648 f019089942455d1f316a11d0c9c454c84adc1c041847d3b9ff3f670b21e5afff"
  "deb python3-pydicom pydicom/mr700 usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR700/4678 3749d65d14223185c3105849588f98ad2a962aab1b142488b20e7d451da85ee6"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR1/15820 619698c0a15f9963d0c4d271f6d11ae685a83ec1eb7d06547a16e48abbc70821"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR1/4919 1a0fc2ec617623aeeccf4492bc605ace4efb33cebce7fe4dd54bce472b1c8635"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR1/5641 fb809e867ae98a1c995d41f0d458fb7aa2cf117b8b7331559bd0134653c984e8"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/15970 9e0a67482a96aa4b864beb5cb805141e80f564cb31691b80b2804b9aca792ef9"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/4950 7b4a4fa8f14f54161da62b31376b6c7bf2722b3be274d7127f77c6021d8461ea"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/4981 014452406b454e77a337881baa5ed216ccf414b67bc95738f87cd749218014b5"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/5011 b4a40fd746873b9fa6308412cc5e7dbb81c73738132c1847c450c7cd1c1c7f7c"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/6273 8af490bd29676bf011b3b3cef8c83cb91cd28e927fc2b3b109fd2bf8ecd94510"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/6605 4ddd5c3f8901bd960d202472ab31bc8b04394adf0556461ed0edad73ee12f7c4"
  "deb python3-pydicom pydicom/mixed usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/98892003/MR2/6935 4a9438a4e630b004367b62aefad9b060a3b1f72a2d66f48e911611e0158ec271"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/avg152T1_LR_nifti.nii.gz c01a50caa7a563158ecda43d93a1466bfc8aa939bc16b06452ac1089c54661c8"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/avg152T1_LR_nifti2.nii.gz 04bf2f27eeae640d6527bba185dc362e0aa649be94ac7da82b2ff1697509227e"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/big.nii.gz 518447c30014d0ff3cd6b7a21907871ea3f7f28a736aa7918f7006a8f3d72441"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/little.nii.gz 31e632affb9f62accda848b6eeec30a4aa7a66b706c2e6f49d5cdeefeb2318a8"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/with_extension.nii.gz c3f67c0883088eb507f596ceb90455911dd036dc9ab053995b22dc3bc3e6835b"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/5D_small.nii 5d132b7e377dfb38673b7a1172231a96c5045bbbbac64ba2bed2f89c4d4a71b6"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/air.hdr.gz 65709a3b795bd37bebb06ea586d4b99b1320d9b52d1a7ed64fd90adb43ec7c06"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/air.img.gz 6825edaf44ca941ff6069c542aff8d7e4f80a2594a41714b63ec2febec4081d6"
  "npm nifti-reader-js@0.6.6 nifti-reader-js package/data/not-nifti.nii 7b1cc227c11af3034f33044182e04171cc484dccffc1087d7ffe339cd598ded6"
  "npm @niivue/niivue@0.21.1 niivue package/src/mni152.nii.gz dbbd4542823c1e2b12265c9b7e3cf959ee02ff7829bbf05cdcfbecc0013a00fa"
  "npm @niivue/niivue@0.21.1 niivue package/src/hippo.nii.gz 1e39c9b6ea7089471527f797fd480cf715030e3cf1be8ecb90a6144e833171ec"
  "npm @niivue/niivue@0.21.1 niivue package/src/AIL.nii.gz 46c44e26c21bee754247c382880a05751ed9a9ae734dbb103c4bee88756486b7"
)

fail() { echo "fetch-test-data: $*" >&2; exit 2; }

verify() { # file sha -> 0 if present and valid
  [ -f "$1" ] && [ "$(sha256sum "$1" | cut -c1-64)" = "$2" ]
}

missing_packages=()
for entry in "${FILES[@]}"; do
  read -r kind pkg dest path sha <<<"$entry"
  if ! verify "$cache/$dest/$(basename "$path")" "$sha"; then
    key="$kind $pkg"
    [[ " ${missing_packages[*]-} " == *" $key "* ]] || missing_packages+=("$key")
  fi
done
if [ ${#missing_packages[@]} -eq 0 ]; then
  echo "$cache"
  exit 0
fi

downloads="$cache/.downloads"
mkdir -p "$downloads"
apt_updated=no
for key in "${missing_packages[@]}"; do
  read -r kind pkg <<<"$key"
  unpacked="$downloads/$(echo "$pkg" | tr '/@' '__')"
  rm -rf "$unpacked" && mkdir -p "$unpacked"
  case "$kind" in
    deb)
      command -v apt-get >/dev/null || fail "apt-get is missing; this script needs Debian/Ubuntu to fetch $pkg"
      if ! (cd "$downloads" && apt-get download -q "$pkg" >/dev/null 2>&1); then
        if [ "$apt_updated" = no ] && [ "$(id -u)" = 0 ]; then
          apt-get update -qq >/dev/null 2>&1 || true
          apt_updated=yes
        fi
        (cd "$downloads" && apt-get download -q "$pkg" >/dev/null 2>&1) ||
          fail "Debian package $pkg is unavailable (apt-get download failed). Run 'sudo apt-get update' and check that Debian bookworm's 'main' archive is reachable."
      fi
      deb="$(ls -t "$downloads"/"${pkg}"_*.deb | head -n 1)"
      dpkg-deb -x "$deb" "$unpacked" || fail "cannot unpack $deb"
      ;;
    npm)
      command -v npm >/dev/null || fail "npm is missing; install it (sudo apt-get install npm) to fetch $pkg"
      tgz="$(cd "$downloads" && npm pack --silent "$pkg" 2>/dev/null | tail -n 1)" ||
        fail "npm package $pkg is unavailable (npm pack failed). Check that the npm registry is reachable."
      tar -xzf "$downloads/$tgz" -C "$unpacked" || fail "cannot unpack $tgz"
      ;;
  esac
  for entry in "${FILES[@]}"; do
    read -r k p dest path sha <<<"$entry"
    [ "$k $p" = "$key" ] || continue
    [ -f "$unpacked/$path" ] || fail "$pkg no longer contains $path; the package version changed. Update tests/data/fetch-test-data.sh."
    mkdir -p "$cache/$dest"
    cp "$unpacked/$path" "$cache/$dest/$(basename "$path")"
    verify "$cache/$dest/$(basename "$path")" "$sha" ||
      fail "$pkg: $path has SHA-256 $(sha256sum "$cache/$dest/$(basename "$path")" | cut -c1-64), expected $sha. The package changed; check it and update the checksum in tests/data/fetch-test-data.sh."
  done
  rm -rf "$unpacked"
done
echo "$cache"

#!/usr/bin/env bash
# Cuts the bundled Noto Sans faces (OFL-1.1) from Debian's fonts-noto-core with pyftsubset
# (Debian python3-fonttools). Re-run after changing the ranges; commit the outputs.
#   apt-get install fonts-noto-core python3-fonttools
set -euo pipefail
# SkiaSharp draws glyph by glyph (no shaping), so layout tables (GSUB, GPOS, GDEF) and hinting are dropped.
# The .notdef outline (a box) is kept: it is what a character no installed font has is drawn as.
here="$(cd "$(dirname "$0")" && pwd)"
src="${NOTO_DIR:-/usr/share/fonts/truetype/noto}"
# Basic Latin, Latin-1 Supplement, Latin Extended-A, the Latin Extended-B letters European
# languages use (Romanian Ș Ț, Croatian digraphs, Azerbaijani Ə, pinyin tones, florin ƒ, Ǻ/Ǿ),
# Greek, Cyrillic (basic + Ukrainian Ґ), general punctuation, currency symbols (€ £ ¥ ₹ ₽ ...),
# №, ™ and the minus sign. The rest of Latin Extended-B is left out to keep each face small
# (every face a document uses is embedded whole); such characters use the system fallback.
unicodes="U+0020-007E,U+00A0-017F,U+018F,U+0192,U+01A0-01A1,U+01AF-01B0,U+01C4-01DC,U+01E6-01E7,U+01FA-01FF,U+0218-021B,U+0259,U+02C6-02C7,U+02D8-02DD,U+0370-03FF,U+0400-045F,U+0490-0491,U+2010-2027,U+2030-203A,U+2044,U+20A0-20C0,U+2116,U+2122,U+2212,U+FFFD"
for face in Regular Bold Italic; do
  /usr/bin/python3 -m fontTools.subset "$src/NotoSans-$face.ttf" \
    --unicodes="$unicodes" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF \
    --no-hinting --desubroutinize --notdef-outline \
    --name-IDs='0,1,2,3,4,5,6,13,14' \
    --drop-tables+=DSIG \
    --output-file="$here/NotoSans-$face.subset.ttf"
done
ls -l "$here"/*.ttf
